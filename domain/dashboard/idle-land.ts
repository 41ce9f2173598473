/**
 * The idle-land watch list (闲置土地): granted parcels whose contract clock needs attention on the reference date —
 * agreed start within 180 days or passed, government delivery overdue (交地逾期, flagged but never charged: 国土资源部令
 * 第53号 第八条), idle or reclaimable by the clock, or idle by partial development (第二条) — most urgent first.
 * The clock itself is contract-clock/ (the same module the parcel panel and the dossier use); money is the 20 %
 * fee as exposure (before the 征缴 decision) or owed (after it).
 */
import {
  CONTRACT_CLOCK_RULES,
  type ContractClock,
  type IdleLandResult,
  type IdleStatus,
} from '../contract-clock/index.ts';
import { addDays } from '../dates.ts';
import { LAND_STATES, type LandState } from '../enums.ts';
import type { GrantRecords } from '../grant-records.ts';
import { isAcquired, stateIndex } from '../land-states.ts';
import { parcelSupervision } from '../parcel-supervision.ts';
import type { Parcel } from '../schemas.ts';
import { type IdleLandTally, millionths, tallySummary } from './idle-land-tally.ts';

/** Clock statuses that put a parcel on the watch list, least to most severe. */
export const WATCH_STATUSES: readonly IdleStatus[] = [
  'due_soon',
  'overdue',
  'government_delay',
  'idle',
  'partial_idle',
  'reclaimable',
];

/** The parcel fields the watch list reads and echoes, with the parcel's grant records. */
export type IdleLandParcel = Pick<
  Parcel,
  | 'id'
  | 'code'
  | 'platformId'
  | 'town'
  | 'state'
  | 'landUse'
  | 'areaM2'
  | 'areaMu'
  | 'contract'
  | 'landPriceWan'
  | 'projectIds'
  | 'expectedReadyDate'
> & { records: GrantRecords };

/** One row of the watch list: the parcel, its idle clock, its delivery and its procedure standing (days, 万元). */
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
  delivery: ContractClock['delivery'];
  compliance: Pick<
    ContractClock['compliance'],
    'status' | 'stage' | 'exposureWan' | 'owedWan' | 'partialDevelopment'
  >;
  /** Number of 补充协议 that moved the dates. */
  amendments: number;
}

/** Totals of the watch list: rows per clock status, fee exposure and fee owed (万元), area (亩). */
export interface IdleLandSummary {
  byStatus: Record<string, number>;
  /** 20 % fee at stake but not decided (suspected … confirmed), 万元. */
  feeExposureWan: number;
  /** Fee owed under 征缴 decisions, 万元. */
  feeOwedWan: number;
  areaMu: number;
}

/**
 * A necessary condition for being on the watch list on `refDate`, cheap to test in the database: the parcel is
 * acquired and not yet 竣工 (completion proves 动工), and its agreed construction start is on or before
 * `agreedStartUpTo` (refDate + the due-soon days) — or its agreed delivery is before `agreedDeliveryBefore`
 * (refDate: the government may still owe the land, 第八条), or it has recorded development progress (partial
 * development, 第二条) or a 补充协议 (which may move the start either way). Sound because otherwise the clock
 * runs from a start no earlier than the contract's (a late delivery only moves it later). The database
 * pre-selects with it; `idleLandWatchlist` still decides.
 */
export function watchlistCandidates(refDate: string): {
  states: LandState[];
  agreedStartUpTo: string;
  agreedDeliveryBefore: string;
} {
  return {
    states: LAND_STATES.filter((s) => isAcquired(s) && stateIndex(s) < stateIndex('completed')),
    agreedStartUpTo: addDays(refDate, CONTRACT_CLOCK_RULES.dueSoonDays),
    agreedDeliveryBefore: refDate,
  };
}

/** Urgency: a running clock by days to reclaim; then partial development and government delays by days overdue. */
function byUrgency(a: IdleLandRow, b: IdleLandRow): number {
  const rank = (r: IdleLandRow) => (r.daysUntilReclaim == null ? 1 : 0);
  return (
    rank(a) - rank(b) ||
    (a.daysUntilReclaim ?? 0) - (b.daysUntilReclaim ?? 0) ||
    b.delivery.overdueDays - a.delivery.overdueDays ||
    (b.feeWan ?? 0) - (a.feeWan ?? 0) ||
    a.code.localeCompare(b.code)
  );
}

/** Watch-list rows on `refDate` (ISO), optionally for one platform, sorted by urgency. */
export function idleLandWatchlist(
  parcels: readonly IdleLandParcel[],
  refDate: string,
  platformId: string | null = null,
): IdleLandRow[] {
  const rows: IdleLandRow[] = [];
  for (const p of parcels) {
    if (platformId != null && p.platformId !== platformId) continue;
    const s = parcelSupervision(p, p.records, refDate);
    if (!WATCH_STATUSES.includes(s.idle.status)) continue;
    const c = s.compliance;
    rows.push({
      ...s.idle,
      parcelId: p.id,
      code: p.code,
      platformId: p.platformId,
      town: p.town,
      state: p.state,
      areaM2: p.areaM2,
      areaMu: p.areaMu,
      landPriceWan: p.landPriceWan,
      projectIds: p.projectIds,
      delivery: s.delivery,
      compliance: {
        status: c.status,
        stage: c.stage,
        exposureWan: c.exposureWan,
        owedWan: c.owedWan,
        partialDevelopment: c.partialDevelopment,
      },
      amendments: s.contract.amendments.length,
    });
  }
  return rows.sort(byUrgency);
}

/**
 * Counts and money of a watch list, as a tally in millionths (idle-land-tally.ts: exact, independent of the
 * order of the rows).
 */
export function tallyIdleLand(rows: readonly IdleLandRow[]): IdleLandTally {
  const byStatus: Record<string, number> = Object.fromEntries(WATCH_STATUSES.map((s) => [s, 0]));
  const t: IdleLandTally = { byStatus, exposureE6: 0, owedE6: 0, areaE6: 0 };
  for (const r of rows) {
    byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    t.exposureE6 += millionths(r.compliance.exposureWan);
    t.owedE6 += millionths(r.compliance.owedWan);
    t.areaE6 += millionths(r.areaMu);
  }
  return t;
}

/** Counts and money of a watch list (each row's area and money rounded to a millionth, then added). */
export function summarizeIdleLand(rows: readonly IdleLandRow[]): IdleLandSummary {
  return tallySummary(tallyIdleLand(rows));
}
