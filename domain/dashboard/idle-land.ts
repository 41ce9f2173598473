/**
 * The idle-land watch list (闲置土地): transferred parcels not yet started whose agreed construction start has
 * passed or is at most DUE_SOON_DAYS away, most urgent first. The clock itself is `idleLandStatus`
 * (indicators.ts: idle from day 365 after the agreed start, reclaimable from day 730, fee 20% of the price).
 */
import { addDays } from '../dates.ts';
import { LAND_STATES, type LandState } from '../enums.ts';
import { DUE_SOON_DAYS, type IdleLandResult, type IdleStatus, idleLandStatus } from '../indicators.ts';
import { isAcquired, isStarted } from '../land-states.ts';
import type { Parcel } from '../schemas.ts';

/** Statuses that put a parcel on the watch list, least to most severe. */
export const WATCH_STATUSES: readonly IdleStatus[] = ['due_soon', 'overdue', 'idle', 'reclaimable'];

/** The parcel fields the watch list reads and echoes. */
export type IdleLandParcel = Pick<
  Parcel,
  | 'id'
  | 'code'
  | 'platformId'
  | 'town'
  | 'state'
  | 'areaM2'
  | 'areaMu'
  | 'contract'
  | 'landPriceWan'
  | 'projectIds'
>;

/** One row of the watch list: the parcel and its clock on the reference date (days, 万元). */
export interface IdleLandRow extends IdleLandResult {
  parcelId: string;
  code: string;
  platformId: string;
  town: string;
  state: Parcel['state'];
  areaM2: number;
  areaMu: number;
  landPriceWan: number | null;
  projectIds: string[];
}

/** Totals of the watch list: rows per status and the summed 20% fee exposure (万元, unknown prices skipped). */
export interface IdleLandSummary {
  byStatus: Record<string, number>;
  feeExposureWan: number;
  /** Fee already owed: parcels idle or reclaimable, 万元. */
  feeOwedWan: number;
  areaMu: number;
}

/**
 * A necessary condition for being on the watch list on `refDate`, cheap to test with an index: the parcel is
 * acquired but not started, and its agreed construction start is on or before `agreedStartUpTo` (refDate +
 * DUE_SOON_DAYS). Sound because the clock never starts before the agreed start — a late delivery or a 补充协议
 * only moves it later. The database pre-selects with it; `idleLandWatchlist` still decides.
 */
export function watchlistCandidates(refDate: string): { states: LandState[]; agreedStartUpTo: string } {
  return {
    states: LAND_STATES.filter((s) => isAcquired(s) && !isStarted(s)),
    agreedStartUpTo: addDays(refDate, DUE_SOON_DAYS),
  };
}

/** Watch-list rows on `refDate` (ISO), optionally for one platform, sorted by urgency (closest to reclaim first). */
export function idleLandWatchlist(
  parcels: readonly IdleLandParcel[],
  refDate: string,
  platformId: string | null = null,
): IdleLandRow[] {
  const rows: IdleLandRow[] = [];
  for (const p of parcels) {
    if (platformId != null && p.platformId !== platformId) continue;
    const clock = idleLandStatus(p, refDate);
    if (!WATCH_STATUSES.includes(clock.status)) continue;
    rows.push({
      ...clock,
      parcelId: p.id,
      code: p.code,
      platformId: p.platformId,
      town: p.town,
      state: p.state,
      areaM2: p.areaM2,
      areaMu: p.areaMu,
      landPriceWan: p.landPriceWan,
      projectIds: p.projectIds,
    });
  }
  // Every clock runs at the same speed, so "closest to reclaim" is simply the earliest agreed start;
  // ties go to the larger fee, then the code for a stable order.
  return rows.sort(
    (a, b) =>
      (a.daysUntilReclaim ?? 0) - (b.daysUntilReclaim ?? 0) ||
      (b.feeWan ?? 0) - (a.feeWan ?? 0) ||
      a.code.localeCompare(b.code),
  );
}

/** Counts and money of a watch list. */
export function summarizeIdleLand(rows: readonly IdleLandRow[]): IdleLandSummary {
  const byStatus: Record<string, number> = Object.fromEntries(WATCH_STATUSES.map((s) => [s, 0]));
  let feeExposureWan = 0;
  let feeOwedWan = 0;
  let areaMu = 0;
  for (const r of rows) {
    byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    feeExposureWan += r.feeWan ?? 0;
    if (r.status === 'idle' || r.status === 'reclaimable') feeOwedWan += r.feeWan ?? 0;
    areaMu += r.areaMu;
  }
  return { byStatus, feeExposureWan, feeOwedWan, areaMu };
}
