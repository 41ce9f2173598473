/**
 * The attribute table's data (GET /api/parcel-table) and the links that must select exactly its rows: the
 * exports and the printed map take the same filters plus the drawn query area.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Polygon } from 'geojson';
import { hc } from 'hono/client';
import type { Orientation, Paper } from '../../domain/print/print-page.ts';
import type { ParcelTableColumn, SortDirection } from '../../domain/spatial-query/parcel-table.ts';
import { formatQueryArea, type QueryRelation } from '../../domain/spatial-query/query-area.ts';
import type { AppType } from '../../server/app.ts';
import type { Filters, Theme } from '../state/url-state.ts';
import { api, ensureOk } from './client.ts';
import type { ExportFormat } from './exports.ts';
import { parcelQuery } from './hooks.ts';

/** A drawn query area and how parcels must relate to it. */
export interface DrawnArea {
  polygon: Polygon;
  relation: QueryRelation;
}

/** Rows per page the drawer requests. */
export const TABLE_PAGE = 200;

/** Query parameters of the map's selection: its filters and drawn area (no paging). */
export function selectionQuery(f: Filters, area: DrawnArea | null): Record<string, string> {
  const { limit: _limit, ...q } = parcelQuery(f);
  if (area) {
    q.area = formatQueryArea(area.polygon);
    q.relation = area.relation;
  }
  return q;
}

/** One page of the attribute table (rows, total, totals, bbox); `locate` also asks for that parcel's index. */
export const useParcelTablePage = (
  selection: Record<string, string>,
  order: { sort: ParcelTableColumn; dir: SortDirection },
  page: number,
  enabled = true,
) =>
  useQuery({
    queryKey: ['parcels', 'table', selection, order, page] as const,
    queryFn: async () =>
      (
        await ensureOk(
          await api['parcel-table'].$get({
            query: { ...selection, ...order, offset: String(page * TABLE_PAGE), limit: String(TABLE_PAGE) },
          }),
        )
      ).json(),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    enabled,
  });

/** Index of parcel `id` in the table's order (null when it is not among the results). */
export const useTableIndex = (
  selection: Record<string, string>,
  order: { sort: ParcelTableColumn; dir: SortDirection },
  id: string | null,
) =>
  useQuery({
    queryKey: ['parcels', 'table-index', selection, order, id] as const,
    queryFn: async () => {
      const res = await api['parcel-table'].$get({
        query: { ...selection, ...order, limit: '1', locate: id ?? '' },
      });
      return (await (await ensureOk(res)).json()).located?.index ?? null;
    },
    enabled: id != null,
    staleTime: 60_000,
  });

// `$url` needs an absolute base; only the path and query are used, so the links stay same-origin.
const urls = hc<AppType>(typeof window === 'undefined' ? 'http://localhost/' : window.location.origin).api;
const relative = (u: URL) => `${u.pathname}${u.search}`;

/** Download URL of exactly the table's rows in `format`. */
export function selectionExportUrl(format: ExportFormat, selection: Record<string, string>): string {
  const route = {
    xlsx: urls.exports['parcels.xlsx'],
    csv: urls.exports['parcels.csv'],
    geojson: urls.exports['parcels.geojson'],
    kml: urls.exports['parcels.kml'],
    gpkg: urls.exports['parcels.gpkg'],
  }[format];
  return relative(route.$url({ query: selection }));
}

/** What the print dialog asks for. */
export interface PrintOptions {
  paper: Paper;
  orientation: Orientation;
  scale: number;
  center: [number, number];
  title: string;
  theme: Theme;
  lang: 'zh-CN' | 'en';
}

/** URL of the map printed to scale (PDF) for the map's selection. */
export function printMapUrl(o: PrintOptions, selection: Record<string, string>): string {
  const query = {
    ...selection,
    paper: o.paper,
    orientation: o.orientation,
    scale: String(o.scale),
    center: `${o.center[0].toFixed(6)},${o.center[1].toFixed(6)}`,
    theme: o.theme,
    lang: o.lang,
    ...(o.title.trim() ? { title: o.title.trim() } : {}),
  };
  return relative(urls.print['map.pdf'].$url({ query }));
}
