/**
 * Count, area (亩) and extent of the parcels matching a filter, optionally per class of one attribute — what
 * the map's result count and legend show, computed by SQLite over the same filter as the parcel list.
 */
import type { Database } from 'better-sqlite3';
import type { BBox } from '../../seed/dataset.ts';
import { type ParcelFilter, whereClause } from './parcels.ts';

/** Attributes the parcels can be grouped by (the map's themes). */
export const SUMMARY_GROUPS = ['state', 'landUse', 'industry', 'platform'] as const;
/** An attribute to group by. */
export type SummaryGroup = (typeof SUMMARY_GROUPS)[number];

/** One class: its key (`none` for a parcel without a project when grouping by industry), count and 亩. */
export type SummaryRow = { key: string; count: number; areaMu: number };

/** Totals, the classes (empty without `by`) and the matching parcels' lon/lat extent (null when none). */
export type ParcelSummary = { total: number; totalMu: number; groups: SummaryRow[]; bbox: BBox | null };

/** SQL giving each parcel's class; industry is that of the first holding project by id, as tiles carry it. */
const GROUP_SQL: Record<SummaryGroup | 'all', string> = {
  state: 'p.state',
  landUse: 'p.land_use',
  platform: 'p.platform_id',
  industry: `coalesce((SELECT pr.industry FROM parcel_projects pp JOIN projects pr ON pr.id = pp.project_id
    WHERE pp.parcel_id = p.id ORDER BY pr.id LIMIT 1), 'none')`,
  all: `''`,
};

type Row = {
  key: string;
  n: number;
  mu: number;
  w: number | null;
  s: number | null;
  e: number | null;
  nn: number | null;
};

/** The summary of the current parcels matching `f` (its `limit` and `existedOn` are ignored). */
export function parcelSummary(db: Database, f: ParcelFilter, by?: SummaryGroup): ParcelSummary {
  const { sql, params } = whereClause({ ...f, existedOn: undefined });
  // The covering index of migration 015 (current parcels only, which whereClause always asks for here): without
  // statistics SQLite would pick parcels_state for a state filter and read every matching row's geometry page.
  const rows = db
    .prepare(
      `SELECT ${GROUP_SQL[by ?? 'all']} AS key, count(*) AS n, total(p.area_mu) AS mu,
         min(p.min_lon) AS w, min(p.min_lat) AS s, max(p.max_lon) AS e, max(p.max_lat) AS nn
       FROM parcels p INDEXED BY parcels_summary ${sql} GROUP BY 1 ORDER BY 1`,
    )
    .all(...params) as Row[];
  let bbox: BBox | null = null;
  for (const r of rows) {
    if (r.w == null || r.s == null || r.e == null || r.nn == null) continue;
    bbox = bbox
      ? [Math.min(bbox[0], r.w), Math.min(bbox[1], r.s), Math.max(bbox[2], r.e), Math.max(bbox[3], r.nn)]
      : [r.w, r.s, r.e, r.nn];
  }
  return {
    total: rows.reduce((t, r) => t + r.n, 0),
    totalMu: rows.reduce((t, r) => t + r.mu, 0),
    groups: by ? rows.map((r) => ({ key: r.key, count: r.n, areaMu: r.mu })) : [],
    bbox,
  };
}
