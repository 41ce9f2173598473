/**
 * 竣工 and 达产 against the contract: days past the (effective) agreed completion while not completed, the
 * liquidated damages (违约金) exposure at the contract's daily rate when one is recorded (出让合同示范文本
 * GF-2008-2601 违约责任: a per-mille of the price per day of delay), and when full production and the
 * performance check (达产 / 履约验收) fall due.
 */
import { addDays, daysBetween } from '../dates.ts';
import type { LandState } from '../enums.ts';
import { isAcquired, stateIndex } from '../land-states.ts';
import { CONTRACT_CLOCK_RULES, type ContractClockRules } from './rules.ts';

/** Completion and production on a reference date. Days whole, money 万元. */
export interface Completion {
  /** Effective agreed completion (ISO) or null. */
  agreed: string | null;
  /** Days past the agreed completion while not completed (0 otherwise). */
  overdueDays: number;
  /** 违约金 exposure: price × daily rate (‰) × overdue days; null without a recorded rate or price. */
  penaltyExposureWan: number | null;
  /** 达产 / 履约验收 due date (agreed completion + the production period), or null. */
  productionDue: string | null;
  /** Days past the production due date while not producing (0 otherwise). */
  productionOverdueDays: number;
}

/** What completion reads of a parcel. */
export interface CompletionInput {
  state: LandState;
  landPriceWan: number | null;
  /** Contract's daily liquidated damages for late completion, ‰ of the price; null when not recorded. */
  penaltyPermillePerDay: number | null;
}

/** Completion and production standing on `refDate` (ISO), from the effective agreed completion. */
export function completionStatus(
  p: CompletionInput,
  agreedCompletion: string | null,
  refDate: string,
  rules: ContractClockRules = CONTRACT_CLOCK_RULES,
): Completion {
  if (!isAcquired(p.state) || agreedCompletion == null) {
    return {
      agreed: agreedCompletion,
      overdueDays: 0,
      penaltyExposureWan: null,
      productionDue: null,
      productionOverdueDays: 0,
    };
  }
  const completed = stateIndex(p.state) >= stateIndex('completed');
  const overdueDays = completed ? 0 : Math.max(0, daysBetween(agreedCompletion, refDate));
  const rate = p.penaltyPermillePerDay;
  const productionDue = addDays(agreedCompletion, rules.productionDueDays);
  const producing = p.state === 'producing';
  return {
    agreed: agreedCompletion,
    overdueDays,
    penaltyExposureWan:
      rate == null || p.landPriceWan == null ? null : (p.landPriceWan * rate * overdueDays) / 1000,
    productionDue,
    productionOverdueDays: producing ? 0 : Math.max(0, daysBetween(productionDue, refDate)),
  };
}
