/**
 * Download URLs of the reports and exports (the server answers with attachments, so the UI uses plain
 * `<a download>` links rather than fetch). Built with the typed client so the paths follow `AppType`.
 */
import { hc } from 'hono/client';
import type { AppType } from '../../server/app.ts';
import type { Filters } from '../state/url-state.ts';
import { type AuditFilters, auditQuery } from './audit.ts';
import { parcelQuery } from './hooks.ts';

/** Export formats of the parcel list. */
export const EXPORT_FORMATS = ['xlsx', 'csv', 'geojson', 'kml', 'gpkg'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

// `$url` needs an absolute base; only the path and query are used, so the links stay same-origin.
const urls = hc<AppType>(typeof window === 'undefined' ? 'http://localhost/' : window.location.origin).api;
const relative = (u: URL) => `${u.pathname}${u.search}`;

/**
 * URL of the parcel list for the current filters in `format` (all matches, not one page); `asOf` (ISO, null =
 * today's ledger): the ledger of that day, as the map shows it with a 参考日 before the data's as-of date.
 */
export function parcelExportUrl(format: ExportFormat, f: Filters, asOf: string | null = null): string {
  const { limit: _limit, ...rest } = parcelQuery(f);
  const query = asOf ? { ...rest, asOf } : rest;
  const route = {
    xlsx: urls.exports['parcels.xlsx'],
    csv: urls.exports['parcels.csv'],
    geojson: urls.exports['parcels.geojson'],
    kml: urls.exports['parcels.kml'],
    gpkg: urls.exports['parcels.gpkg'],
  }[format];
  return relative(route.$url({ query }));
}

/** URL of the PDF dossier (地块报告) of a parcel; `refDate` (null = server default) dates its idle-land line. */
export const parcelDossierUrl = (parcelId: string, refDate: string | null = null): string =>
  relative(
    urls.reports.parcels[':file{.+\\.pdf}'].$url({
      param: { file: `${parcelId}.pdf` },
      query: refDate ? { refDate } : {},
    }),
  );

const platformReport = urls.reports.platforms[':file{.+\\.pdf}'];

/**
 * URL of the PDF report of a platform; `query` takes the land-balance options of its 用地缺口 section (the
 * query of GET /api/land-balance; none = the server's defaults).
 */
export const platformReportUrl = (
  platformId: string,
  query: NonNullable<Parameters<typeof platformReport.$url>[0]>['query'] = {},
): string => relative(platformReport.$url({ param: { file: `${platformId}.pdf` }, query }));

/** URL of the audit rows matching `f` as XLSX or CSV (admins: all rows; editors: their platforms'). */
export function auditExportUrl(f: AuditFilters, ext: 'xlsx' | 'csv'): string {
  const route = ext === 'xlsx' ? urls.audit['export.xlsx'] : urls.audit['export.csv'];
  return relative(route.$url({ query: auditQuery(f) }));
}
