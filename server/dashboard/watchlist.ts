/**
 * The idle-land watch list over the database, kept per data state, reference date and platform: the overview
 * and GET /api/idle-land both read it, the app asks for both at start-up, and on a large cadastre evaluating
 * the clock for every candidate is the expensive part. The database pre-selects candidates by state and agreed
 * start (domain `watchlistCandidates`); the domain's clock decides.
 */
import type { Database } from 'better-sqlite3';
import {
  type IdleLandRow,
  type IdleLandSummary,
  idleLandWatchlist,
  summarizeIdleLand,
  watchlistCandidates,
} from '../../domain/dashboard/idle-land.ts';
import { dataChanges } from '../db/cache-writes.ts';
import { type DashboardParcel, idleLandCandidates } from '../db/queries/dashboard.ts';

/** The candidates read (also by id), the watch-list rows (most urgent first) and their totals. */
export type Watchlist = {
  candidates: DashboardParcel[];
  byId: Map<string, DashboardParcel>;
  rows: IdleLandRow[];
  summary: IdleLandSummary;
};

/** Watch lists kept per database: a planner switches between a few dates and platforms. */
const MAX_KEPT = 8;
const kept = new WeakMap<Database, Map<string, Watchlist>>();

/** The watch list on `refDate` (ISO) for `platformId` (null = whole zone), from the cache when the data is unchanged. */
export function watchlist(db: Database, refDate: string, platformId: string | null): Watchlist {
  const state = `${db.pragma('data_version', { simple: true })}:${dataChanges(db)}`;
  const key = `${state}|${refDate}|${platformId ?? ''}`;
  let lists = kept.get(db);
  if (!lists) {
    lists = new Map();
    kept.set(db, lists);
  }
  const hit = lists.get(key);
  if (hit) return hit;
  for (const k of lists.keys()) if (!k.startsWith(`${state}|`)) lists.delete(k);
  const candidates = idleLandCandidates(db, { ...watchlistCandidates(refDate), platformId });
  const rows = idleLandWatchlist(candidates, refDate);
  const byId = new Map(candidates.map((p) => [p.id, p]));
  const value = { candidates, byId, rows, summary: summarizeIdleLand(rows) };
  lists.set(key, value);
  while (lists.size > MAX_KEPT) lists.delete(lists.keys().next().value!);
  return value;
}
