/**
 * The idle-land watch list over the database without reading every granted parcel: parcels whose clock runs on
 * the contract alone are counted from a summary kept by triggers (db/queries/idle-clock.ts, migrations 008 and
 * 013) and ranked in SQL; the parcels with clock records (交地确认书, 动工, progress, 补充协议, procedure steps) and
 * the first `limit` contract-only ones are read as parcels and evaluated by the domain's clock (domain
 * `idleLandWatchlist`), which also orders the listed rows. The summary covers every row; its area and money are
 * added in whole millionths (domain/dashboard/idle-land-tally.ts), so both paths give the same figures.
 *
 * Each answer is also kept per database, data version (meta: every recorded edit bumps it in its transaction, so
 * an edit is seen at once), reference date, platform and limit — at most WATCHLIST_MEMO entries.
 */
import type { Database } from 'better-sqlite3';
import {
  type IdleLandRow,
  type IdleLandSummary,
  idleLandWatchlist,
  tallyIdleLand,
  watchlistCandidates,
} from '../../domain/dashboard/idle-land.ts';
import { tallySummary } from '../../domain/dashboard/idle-land-tally.ts';
import { dashboardParcelsWithIds, idleLandCandidates } from '../db/queries/dashboard.ts';
import { contractClockTotals, mostUrgentContractClocks } from '../db/queries/idle-clock.ts';
import { currentDataVersion } from '../db/queries/meta.ts';
import { dataMemo } from '../read-models/data-memo.ts';
import type { BBox } from '../seed/dataset.ts';

/** The first `limit` watch-list rows (most urgent first) with their bboxes, the number of rows and their totals. */
export type Watchlist = {
  rows: IdleLandRow[];
  total: number;
  bbox: Map<string, BBox>;
  summary: IdleLandSummary;
};

/** Statuses whose 20 % fee is exposure when no procedure step is recorded (contract-clock/compliance.ts). */
const EXPOSED = new Set(['idle', 'reclaimable']);

/**
 * The watch list on `refDate` (ISO) for `platformId` (null = whole zone): the totals of every row and the
 * first `limit` rows (0 = totals only).
 */
export function watchlist(db: Database, refDate: string, platformId: string | null, limit = 0): Watchlist {
  return memo(db, JSON.stringify([refDate, platformId, limit]), () =>
    computeWatchlist(db, refDate, platformId, limit),
  );
}

/** Most watch-list answers kept per database (oldest dropped first). */
export const WATCHLIST_MEMO = 32;
const memo = dataMemo<Watchlist>(WATCHLIST_MEMO, currentDataVersion);

function computeWatchlist(
  db: Database,
  refDate: string,
  platformId: string | null,
  limit: number,
): Watchlist {
  const filter = watchlistCandidates(refDate);
  const contractOnly = { states: filter.states, refDate, platformId };
  const recorded = idleLandCandidates(db, { ...filter, platformId });
  const recordedRows = idleLandWatchlist(recorded, refDate);
  const tally = tallyIdleLand(recordedRows);
  let total = recordedRows.length;
  for (const t of contractOnly.states.length ? contractClockTotals(db, contractOnly) : []) {
    tally.byStatus[t.status] = (tally.byStatus[t.status] ?? 0) + t.count;
    tally.areaE6 += t.areaE6;
    if (EXPOSED.has(t.status)) tally.exposureE6 += t.feeE6;
    total += t.count;
  }
  const summary = tallySummary(tally);
  if (limit === 0) return { rows: [], total, bbox: new Map(), summary };
  const urgent = dashboardParcelsWithIds(db, mostUrgentContractClocks(db, contractOnly, limit));
  const listed = [...recorded, ...urgent];
  const rows = idleLandWatchlist(listed, refDate).slice(0, limit);
  return { rows, total, bbox: new Map(listed.map((p) => [p.id, p.bbox])), summary };
}
