/**
 * GET /api/parcels/summary: how many parcels match the map's filters, their area (亩), their extent and, with
 * `by`, the same per class of one attribute — today's from SQL aggregates (db/queries/parcel-summary.ts), a
 * past date's from the ledger on that day (parcels-as-of.ts), so the legend counts what the map draws.
 */
import { bbox as turfBbox } from '@turf/turf';
import type { Database } from 'better-sqlite3';
import {
  type ParcelSummary,
  parcelSummary,
  type SummaryGroup,
  type SummaryRow,
} from '../db/queries/parcel-summary.ts';
import type { ParcelFeature, ParcelFilter } from '../db/queries/parcels.ts';
import type { BBox } from '../seed/dataset.ts';
import { dataMemo } from './data-memo.ts';
import { parcelsAsOf } from './parcels-as-of.ts';

/** Summaries kept per database until its data changes (each start-up of the app asks the same one). */
export const SUMMARY_MEMO = 64;
const memo = dataMemo<ParcelSummary>(SUMMARY_MEMO);

/** A parcel's class under `by` (the first holding project's industry, `none` without a project). */
const classOf = (p: ParcelFeature['properties'], by: SummaryGroup): string =>
  by === 'state'
    ? p.state
    : by === 'landUse'
      ? p.landUse
      : by === 'platform'
        ? p.platformId
        : (p.industry ?? 'none');

/** The summary of the parcels matching `f` as they stood on `asOf` (ISO). */
function summaryAsOf(db: Database, f: ParcelFilter, asOf: string, by?: SummaryGroup): ParcelSummary {
  const { features, total } = parcelsAsOf(db, f, asOf);
  const groups = new Map<string, SummaryRow>();
  let totalMu = 0;
  let box: BBox | null = null;
  for (const feature of features) {
    const p = feature.properties;
    totalMu += p.areaMu;
    const [w, s, e, n] = turfBbox(feature.geometry);
    box = box
      ? [Math.min(box[0], w), Math.min(box[1], s), Math.max(box[2], e), Math.max(box[3], n)]
      : [w, s, e, n];
    if (!by) continue;
    const key = classOf(p, by);
    const row = groups.get(key) ?? { key, count: 0, areaMu: 0 };
    row.count += 1;
    row.areaMu += p.areaMu;
    groups.set(key, row);
  }
  const rows = [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { total, totalMu, groups: rows, bbox: box };
}

/** The summary of the parcels matching `f`, today or (with `asOf`) on a past date, grouped by `by` if given. */
export function summarizeParcels(
  db: Database,
  f: ParcelFilter,
  by?: SummaryGroup,
  asOf?: string,
): ParcelSummary {
  return memo(db, JSON.stringify([f, by ?? null, asOf ?? null]), () =>
    asOf ? summaryAsOf(db, f, asOf, by) : parcelSummary(db, f, by),
  );
}
