/**
 * The idle-land clock (闲置土地处置办法, 国土资源部令第53号, 2012): where a granted parcel stands against its
 * agreed construction start.
 *
 * - The clock counts from the effective agreed start (effective-dates.ts: the latest 补充协议, pushed back by the
 *   government's late delivery — 第八条, 第十二条). While the government has not delivered past the agreed date
 *   the clock is suspended (`government_delay`): that land is not idle, whatever the calendar says.
 * - 动工 is what 第三十条 says — deep-pit excavation done, all piles driven or one third of the foundation done —
 *   recorded as evidence with its date; a construction permit alone (state 在建 without evidence) does not stop
 *   the clock. A completed or producing parcel has started by definition.
 * - Not started one year (365 days) after the start: idle (疑似闲置, 20 % fee exposure); two years (730 days):
 *   may be reclaimed after the procedure (compliance.ts). The start day itself is day 0.
 * - Started but partially developed and halted for a year (第二条) is idle too (`partial_idle`).
 */
import { addDays, daysBetween } from '../dates.ts';
import type { LandState } from '../enums.ts';
import { isAcquired, stateIndex } from '../land-states.ts';
import type { Delivery } from './delivery.ts';
import type { EffectiveDates } from './effective-dates.ts';
import { isPartiallyIdle } from './partial-development.ts';
import type { DevelopmentRecord, StartRecord } from './records.ts';
import { CONTRACT_CLOCK_RULES, type ContractClockRules } from './rules.ts';

/** Where a parcel stands on the idle-land clock. */
export type IdleStatus =
  | 'not_applicable'
  | 'started'
  | 'on_track'
  | 'due_soon'
  | 'overdue'
  | 'idle'
  | 'reclaimable'
  | 'government_delay'
  | 'partial_idle';

/** The clock on a reference date. Day counts are whole days; money in 万元. */
export interface IdleLandResult {
  status: IdleStatus;
  /** The effective agreed start the clock counts from (ISO), or null. */
  agreedStart: string | null;
  /** Days from the reference date to the agreed start; negative once passed; null when the clock does not run. */
  daysToStart: number | null;
  /** Days past the agreed start without starting (0 when not past or the clock does not run). */
  daysOverdue: number;
  /** Date the parcel becomes idle (start + 365 days), or null. */
  idleDate: string | null;
  /** Date it may be reclaimed (start + 730 days), or null. */
  reclaimDate: string | null;
  /** Days from the reference date to `idleDate`; negative once passed. */
  daysUntilIdle: number | null;
  /** Days from the reference date to `reclaimDate`; negative once passed. */
  daysUntilReclaim: number | null;
  /** The idle fee, 20 % of the land price, 万元 (what is at stake; compliance.ts says whether exposed or owed). */
  feeWan: number | null;
}

/** What the clock reads of a parcel, besides the effective dates and the delivery. */
export interface IdleClockInput {
  state: LandState;
  /** 出让价款, 万元. */
  landPriceWan: number | null;
  started: StartRecord | null;
  development: DevelopmentRecord | null;
}

const STOPPED = {
  daysToStart: null,
  daysOverdue: 0,
  idleDate: null,
  reclaimDate: null,
  daysUntilIdle: null,
  daysUntilReclaim: null,
} as const;

/** Whether construction has started (第三十条 evidence on or before `refDate`, or a state at 竣工 or later). */
export function hasStarted(p: Pick<IdleClockInput, 'state' | 'started'>, refDate: string): boolean {
  if (stateIndex(p.state) >= stateIndex('completed')) return true;
  return p.started != null && daysBetween(p.started.date, refDate) >= 0;
}

function runningStatus(past: number, r: ContractClockRules): IdleStatus {
  if (past >= r.reclaimDays) return 'reclaimable';
  if (past >= r.idleDays) return 'idle';
  if (past > 0) return 'overdue';
  return -past <= r.dueSoonDays ? 'due_soon' : 'on_track';
}

/** The idle-land clock of a parcel on `refDate` (ISO). */
export function idleLandClock(
  p: IdleClockInput,
  dates: EffectiveDates,
  delivery: Delivery & { pending: boolean },
  refDate: string,
  rules: ContractClockRules = CONTRACT_CLOCK_RULES,
): IdleLandResult {
  const agreedStart = dates.agreedStart;
  const fee = p.landPriceWan == null ? null : p.landPriceWan * rules.idleFeeRate;
  if (!isAcquired(p.state) || agreedStart == null) {
    return { status: 'not_applicable', agreedStart, ...STOPPED, feeWan: null };
  }
  if (hasStarted(p, refDate)) {
    // Partial development concerns works that stopped short: completed land is not partially developed.
    const partial = stateIndex(p.state) < stateIndex('completed') && isPartiallyIdle(p, refDate, rules);
    return {
      status: partial ? 'partial_idle' : 'started',
      agreedStart,
      ...STOPPED,
      feeWan: partial ? fee : null,
    };
  }
  // Suspended: the start moves with the delivery, so the contract's own start is what can be shown.
  if (delivery.pending) {
    return { status: 'government_delay', agreedStart: dates.originalStart, ...STOPPED, feeWan: null };
  }
  const past = daysBetween(agreedStart, refDate);
  return {
    status: runningStatus(past, rules),
    agreedStart,
    daysToStart: -past + 0,
    daysOverdue: Math.max(0, past),
    idleDate: addDays(agreedStart, rules.idleDays),
    reclaimDate: addDays(agreedStart, rules.reclaimDays),
    daysUntilIdle: rules.idleDays - past,
    daysUntilReclaim: rules.reclaimDays - past,
    feeWan: fee,
  };
}
