/**
 * Parcel and project indicators: investment intensity (投资强度) and the idle-land clock.
 *
 * Idle-land clock (闲置土地处置办法, 国土资源部令第53号, 2012, art. 2 and 14): a parcel whose construction has not
 * started one full year after the agreed start date (合同约定动工日期) is idle and owes an idle fee of 20% of
 * the land price (土地闲置费); after two full years it may be taken back without compensation (无偿收回).
 * Day-count convention: whole UTC days after the agreed start, with "one year" = 365 days and "two years" =
 * 730 days. The day of the agreed start itself is day 0 (not yet late). Across a 29 February this flags the
 * parcel one day before the calendar anniversary — the cautious side for a warning tool.
 */
import { addDays, daysBetween } from './dates.ts';
import type { LandState } from './enums.ts';
import { isAcquired, isStarted } from './land-states.ts';

/** Days past the agreed start after which a parcel is idle (one year). */
export const IDLE_DAYS = 365;
/** Days past the agreed start after which an idle parcel may be reclaimed (two years). */
export const RECLAIM_DAYS = 730;
/** A not-yet-started parcel whose agreed start is at most this many days away is "due soon". */
export const DUE_SOON_DAYS = 180;
/** Idle fee as a share of the land price (20%). */
export const IDLE_FEE_RATE = 0.2;

/** Investment intensity in 万元/亩 (investment 万元 ÷ area 亩); null when the area is not positive. */
export function investmentIntensity(investmentWan: number, areaMu: number): number | null {
  if (!(areaMu > 0) || !Number.isFinite(investmentWan)) return null;
  return investmentWan / areaMu;
}

/** Where a parcel stands on the idle-land clock. */
export type IdleStatus =
  | 'not_applicable'
  | 'started'
  | 'on_track'
  | 'due_soon'
  | 'overdue'
  | 'idle'
  | 'reclaimable';

/** Inputs of the idle-land clock: a subset of Parcel. */
export interface IdleLandInput {
  state: LandState;
  contract: { agreedStart: string | null };
  /** 出让价款, 万元. */
  landPriceWan: number | null;
}

/** The idle-land clock of one parcel on a reference date. Day counts are whole days; money in 万元. */
export interface IdleLandResult {
  status: IdleStatus;
  agreedStart: string | null;
  /** Days from the reference date to the agreed start; negative once it has passed; null when not applicable. */
  daysToStart: number | null;
  /** Days past the agreed start without starting (0 when not past or not applicable). */
  daysOverdue: number;
  /** Date the parcel becomes idle: agreed start + 365 days. */
  idleDate: string | null;
  /** Date the parcel becomes reclaimable: agreed start + 730 days. */
  reclaimDate: string | null;
  /** Days from the reference date to `idleDate`; negative once passed. */
  daysUntilIdle: number | null;
  /** Days from the reference date to `reclaimDate`; negative once passed. */
  daysUntilReclaim: number | null;
  /** Idle fee, 20% of the land price: owed once idle, otherwise the exposure; null when price unknown. */
  feeWan: number | null;
}

const NOT_APPLICABLE = {
  daysToStart: null,
  daysOverdue: 0,
  idleDate: null,
  reclaimDate: null,
  daysUntilIdle: null,
  daysUntilReclaim: null,
  feeWan: null,
} as const;

/** Idle-land status of a parcel on `refDate` (ISO), per 闲置土地处置办法 with the 365/730-day convention. */
export function idleLandStatus(input: IdleLandInput, refDate: string): IdleLandResult {
  const agreedStart = input.contract.agreedStart;
  // Before transfer there is no contract and hence no clock; once building has started the clock stops.
  if (!isAcquired(input.state) || agreedStart == null) {
    return { status: 'not_applicable', agreedStart, ...NOT_APPLICABLE };
  }
  if (isStarted(input.state)) return { status: 'started', agreedStart, ...NOT_APPLICABLE };

  const past = daysBetween(agreedStart, refDate);
  const status: IdleStatus =
    past >= RECLAIM_DAYS
      ? 'reclaimable'
      : past >= IDLE_DAYS
        ? 'idle'
        : past > 0
          ? 'overdue'
          : -past <= DUE_SOON_DAYS
            ? 'due_soon'
            : 'on_track';
  return {
    status,
    agreedStart,
    daysToStart: -past + 0,
    daysOverdue: Math.max(0, past),
    idleDate: addDays(agreedStart, IDLE_DAYS),
    reclaimDate: addDays(agreedStart, RECLAIM_DAYS),
    daysUntilIdle: IDLE_DAYS - past,
    daysUntilReclaim: RECLAIM_DAYS - past,
    feeWan: input.landPriceWan == null ? null : input.landPriceWan * IDLE_FEE_RATE,
  };
}
