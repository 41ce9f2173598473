/**
 * SQL of the parcel attribute table (GET /api/parcel-table) and of query areas: the R*Tree candidates of a
 * drawn area, and the sorted, paged rows, totals and extent of a selection — without geometry, so a page of
 * 1,000 rows of a 100,000-parcel result stays a few hundred kilobytes.
 * A selection is either the list filter's WHERE clause or an explicit id list (the parcels a drawn area
 * selected, after the exact geometric test in server/read-models/parcel-table.ts).
 */
import type { Database } from 'better-sqlite3';
import {
  INDUSTRIES,
  type Industry,
  LAND_STATES,
  LAND_USES,
  type LandState,
  type LandUse,
} from '../../../domain/enums.ts';
import type { ParcelTableColumn, SortDirection } from '../../../domain/spatial-query/parcel-table.ts';
import type { BBox } from '../../seed/dataset.ts';
import { type BBoxColumns, bboxColumns, enumColumn } from './columns.ts';
import { type ParcelFilter, whereClause } from './parcels.ts';

/** One row of the attribute table (no geometry). Areas ㎡ and 亩, land price 万元. */
export interface ParcelTableRow {
  id: string;
  code: string;
  platformId: string;
  town: string;
  landUse: LandUse;
  state: LandState;
  stateSince: string;
  areaM2: number;
  areaMu: number;
  plotRatioMax: number;
  landPriceWan: number | null;
  /** Industry and enterprise of the parcel's first holding project (by project id); null when none. */
  industry: Industry | null;
  enterprise: string | null;
}

/** The parcels of a table: a list filter (its WHERE clause) or the ids a query area selected. */
export type Selection = { filter: ParcelFilter } | { ids: readonly string[] };

/** A parcel that may lie in a query area: its id, stored geometry text and bbox. */
export type AreaCandidate = BBoxColumns & { id: string; geometry: string };

const FIRST_PROJECT = (column: string) =>
  `(SELECT pr.${column} FROM parcel_projects pp JOIN projects pr ON pr.id = pp.project_id
    WHERE pp.parcel_id = p.id ORDER BY pr.id LIMIT 1)`;

/** SQL expression of each column (sorting and selecting). */
const COLUMN_SQL: Record<ParcelTableColumn, string> = {
  code: 'p.code',
  platformId: 'p.platform_id',
  town: 'p.town',
  landUse: 'p.land_use',
  state: 'p.state',
  stateSince: 'p.state_since',
  areaM2: 'p.area_m2',
  areaMu: 'p.area_mu',
  plotRatioMax: 'p.plot_ratio_max',
  landPriceWan: 'p.land_price_wan',
  industry: FIRST_PROJECT('industry'),
  enterprise: FIRST_PROJECT('enterprise'),
};

/** FROM … WHERE … of a selection, with its parameters. */
function source(sel: Selection): { sql: string; params: (string | number)[] } {
  if ('ids' in sel) {
    return {
      sql: 'FROM parcels p WHERE p.id IN (SELECT value FROM json_each(?)) AND p.retired_on IS NULL',
      params: [JSON.stringify(sel.ids)],
    };
  }
  const w = whereClause(sel.filter);
  return { sql: `FROM parcels p ${w.sql}`, params: w.params };
}

/** Current parcels matching `filter` whose bbox overlaps `box` (R*Tree), with their geometry text. */
export function areaCandidates(db: Database, filter: ParcelFilter, box: BBox): AreaCandidate[] {
  const w = whereClause(filter);
  const [minLon, minLat, maxLon, maxLat] = box;
  // CROSS JOIN pins the R*Tree as the outer loop (see queryParcels).
  return db
    .prepare(
      `SELECT p.id, p.geometry, p.min_lon, p.min_lat, p.max_lon, p.max_lat
       FROM parcel_rtree r CROSS JOIN parcels p ON p.rid = r.rid
       ${w.sql} AND r.max_lon >= ? AND r.min_lon <= ? AND r.max_lat >= ? AND r.min_lat <= ?
       ORDER BY p.code`,
    )
    .all(...w.params, minLon, maxLon, minLat, maxLat) as AreaCandidate[];
}

const orderBy = (sort: ParcelTableColumn, dir: SortDirection) =>
  `ORDER BY ${COLUMN_SQL[sort]} ${dir === 'desc' ? 'DESC' : 'ASC'} NULLS LAST, p.code`;

type RawRow = {
  id: string;
  code: string;
  platform_id: string;
  town: string;
  land_use: string;
  state: string;
  state_since: string;
  area_m2: number;
  area_mu: number;
  plot_ratio_max: number;
  land_price_wan: number | null;
  industry: string | null;
  enterprise: string | null;
};

const toRow = (r: RawRow): ParcelTableRow => ({
  id: r.id,
  code: r.code,
  platformId: r.platform_id,
  town: r.town,
  landUse: enumColumn(LAND_USES, 'parcels.land_use', r.land_use),
  state: enumColumn(LAND_STATES, 'parcels.state', r.state),
  stateSince: r.state_since,
  areaM2: r.area_m2,
  areaMu: r.area_mu,
  plotRatioMax: r.plot_ratio_max,
  landPriceWan: r.land_price_wan,
  industry: r.industry == null ? null : enumColumn(INDUSTRIES, 'projects.industry', r.industry),
  enterprise: r.enterprise,
});

/** Rows `offset` … `offset + limit − 1` of a selection in the given order. */
export function tablePage(
  db: Database,
  sel: Selection,
  order: { sort: ParcelTableColumn; dir: SortDirection },
  offset: number,
  limit: number,
): ParcelTableRow[] {
  const s = source(sel);
  const rows = db
    .prepare(
      `SELECT p.id, p.code, p.platform_id, p.town, p.land_use, p.state, p.state_since, p.area_m2, p.area_mu,
        p.plot_ratio_max, p.land_price_wan, ${COLUMN_SQL.industry} AS industry,
        ${COLUMN_SQL.enterprise} AS enterprise
       ${s.sql} ${orderBy(order.sort, order.dir)} LIMIT ? OFFSET ?`,
    )
    .all(...s.params, limit, offset) as RawRow[];
  return rows.map(toRow);
}

/** Count, summed areas (㎡, 亩) and bbox (null when empty) of a selection. */
export function tableTotals(
  db: Database,
  sel: Selection,
): { count: number; areaM2: number; areaMu: number; bbox: BBox | null } {
  const s = source(sel);
  const r = db
    .prepare(
      `SELECT count(*) AS n, total(p.area_m2) AS m2, total(p.area_mu) AS mu, min(p.min_lon) AS min_lon,
        min(p.min_lat) AS min_lat, max(p.max_lon) AS max_lon, max(p.max_lat) AS max_lat ${s.sql}`,
    )
    .get(...s.params) as { n: number; m2: number; mu: number } & BBoxColumns;
  return { count: r.n, areaM2: r.m2, areaMu: r.mu, bbox: r.n ? bboxColumns(r) : null };
}

/** Zero-based position of parcel `id` in the selection's order, or null when it is not in the selection. */
export function tableIndexOf(
  db: Database,
  sel: Selection,
  order: { sort: ParcelTableColumn; dir: SortDirection },
  id: string,
): number | null {
  const s = source(sel);
  const n = db
    .prepare(
      `SELECT rn - 1 FROM (SELECT p.id, row_number() OVER (${orderBy(order.sort, order.dir)}) AS rn ${s.sql})
       WHERE id = ?`,
    )
    .pluck()
    .get(...s.params, id) as number | undefined;
  return n ?? null;
}
