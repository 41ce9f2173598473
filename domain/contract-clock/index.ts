/**
 * The post-grant contract clock (履约监管) of one parcel in one call: delivery, the effective agreed dates after
 * 补充协议 and late delivery, 动工, the idle-land clock, completion and production, and the idle-land procedure.
 * The parcel panel, the dashboard, the idle-land list, the land balance and the reports all read it from here.
 */
import { compareIso } from '../dates.ts';
import type { LandState } from '../enums.ts';
import type { Contract } from '../schemas.ts';
import { type Completion, completionStatus } from './completion.ts';
import { type Compliance, complianceOf } from './compliance.ts';
import { type Delivery, deliveryPending, deliveryStatus } from './delivery.ts';
import { type EffectiveDates, effectiveDates } from './effective-dates.ts';
import { type IdleLandResult, idleLandClock } from './idle-land-clock.ts';
import type { Amendment, ComplianceStep, DevelopmentRecord, StartRecord } from './records.ts';
import { CONTRACT_CLOCK_RULES, type ContractClockRules } from './rules.ts';

/** Everything the contract clock reads of a parcel (the current grant's records only). */
export interface ContractClockInput {
  state: LandState;
  contract: Contract;
  /** 出让价款, 万元. */
  landPriceWan: number | null;
  /** 实际交地日期, or null. */
  deliveryActual: string | null;
  amendments: readonly Amendment[];
  started: StartRecord | null;
  development: DevelopmentRecord | null;
  /** Recorded steps of the idle-land procedure, any order. */
  complianceSteps: readonly ComplianceStep[];
  /** The contract's daily liquidated damages for late completion, ‰ of the price; null when not recorded. */
  penaltyPermillePerDay: number | null;
}

/** The whole clock on a reference date. */
export interface ContractClock {
  delivery: Delivery;
  dates: EffectiveDates;
  started: StartRecord | null;
  idle: IdleLandResult;
  completion: Completion;
  compliance: Compliance;
}

/** The contract clock of a parcel on `refDate` (ISO). Records dated after `refDate` are not yet known then. */
export function contractClock(
  p: ContractClockInput,
  refDate: string,
  rules: ContractClockRules = CONTRACT_CLOCK_RULES,
): ContractClock {
  const known = <T extends { date: string }>(xs: readonly T[]) =>
    xs.filter((x) => compareIso(x.date, refDate) <= 0).sort((a, b) => compareIso(a.date, b.date));
  const actual =
    p.deliveryActual != null && compareIso(p.deliveryActual, refDate) <= 0 ? p.deliveryActual : null;
  const deliveryInput = { state: p.state, agreedDelivery: p.contract.agreedDelivery, deliveryActual: actual };
  const delivery = deliveryStatus(deliveryInput, refDate);
  const pending = deliveryPending(deliveryInput, delivery);
  const dates = effectiveDates(p.contract, known(p.amendments), delivery.overdueDays, actual);
  const idle = idleLandClock(p, dates, { ...delivery, pending }, refDate, rules);
  return {
    delivery,
    dates,
    started: p.started,
    idle,
    completion: completionStatus(p, dates.agreedCompletion, refDate, rules),
    compliance: complianceOf(idle, known(p.complianceSteps)),
  };
}

/** A parcel with no post-grant records yet (for callers that know only the 出让合同). */
export const NO_CONTRACT_RECORDS = {
  deliveryActual: null,
  amendments: [],
  started: null,
  development: null,
  complianceSteps: [],
  penaltyPermillePerDay: null,
} as const satisfies Omit<ContractClockInput, 'state' | 'contract' | 'landPriceWan'>;

export type { Completion } from './completion.ts';
export type { Compliance } from './compliance.ts';
export type { Delivery } from './delivery.ts';
export type { EffectiveDates } from './effective-dates.ts';
export type { IdleLandResult, IdleStatus } from './idle-land-clock.ts';
export { CONTRACT_CLOCK_RULES } from './rules.ts';
