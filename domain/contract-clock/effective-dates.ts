/**
 * The agreed start and completion the clock runs on: the contract's dates as moved by the latest 补充协议
 * (国土资源部令第53号 第十二条: a supplementary agreement re-fixes the start and completion), and pushed back by
 * the days the government delivered late (第八条) — unless that amendment was signed after the delivery, in which
 * case it already accounts for the delay and is taken as it is.
 */
import { addDays, compareIso } from '../dates.ts';
import type { Contract } from '../schemas.ts';
import type { Amendment } from './records.ts';

/** The dates the clock uses, with where they come from. */
export interface EffectiveDates {
  /** Agreed start the clock counts from (ISO), or null when none was agreed. */
  agreedStart: string | null;
  /** Agreed completion (ISO), or null. */
  agreedCompletion: string | null;
  /** The contract's own agreed start, before amendments and delivery delay. */
  originalStart: string | null;
  /** The amendment whose dates apply (the latest), or null. */
  amendment: Amendment | null;
  /** Days added for the government's late delivery (0 when none or absorbed by an amendment). */
  deliveryShiftDays: number;
}

/** The latest amendment (by date, then by order given): the one whose dates apply. */
export function latestAmendment(amendments: readonly Amendment[]): Amendment | null {
  let last: Amendment | null = null;
  for (const a of amendments) if (last == null || compareIso(a.date, last.date) >= 0) last = a;
  return last;
}

/** The latest agreed start and completion among the amendments (each the latest amendment that sets it). */
function amendedDates(contract: Contract, amendments: readonly Amendment[]) {
  let start = contract.agreedStart;
  let completion = contract.agreedCompletion;
  const ordered = [...amendments].sort((a, b) => compareIso(a.date, b.date));
  for (const a of ordered) {
    start = a.agreedStart ?? start;
    completion = a.agreedCompletion ?? completion;
  }
  return { start, completion };
}

/**
 * Effective agreed start and completion; `delayDays` is how late the government delivered (0 if on time) and
 * `actualDelivery` when it did (null while undelivered).
 */
export function effectiveDates(
  contract: Contract,
  amendments: readonly Amendment[],
  delayDays: number,
  actualDelivery: string | null,
): EffectiveDates {
  const amendment = latestAmendment(amendments);
  const { start, completion } = amendedDates(contract, amendments);
  const absorbed =
    amendment != null && actualDelivery != null && compareIso(amendment.date, actualDelivery) >= 0;
  const shift = absorbed ? 0 : delayDays;
  return {
    agreedStart: start == null ? null : addDays(start, shift),
    agreedCompletion: completion == null ? null : addDays(completion, shift),
    originalStart: contract.agreedStart,
    amendment,
    deliveryShiftDays: shift,
  };
}
