/**
 * Supply readiness of reserve and planned land (供地准备): 农转用 / 征收 approval, construction-land quota
 * (用地指标), 征拆 progress, site levelling (场地平整 / 七通一平) and the expected ready date — and the age of
 * land approved but not supplied (批而未供). Land approved for two years without being supplied is flagged: under
 * 建设用地"增存挂钩" (自然资规〔2018〕1号) it cuts the next year's new construction-land quota.
 * The land balance counts reserve land as future supply from `expectedReady` (the same date).
 */
import { z } from 'zod';
import { CONTRACT_CLOCK_RULES } from './contract-clock/rules.ts';
import { daysBetween } from './dates.ts';
import type { LandState } from './enums.ts';
import { stateIndex } from './land-states.ts';
import { IsoDate } from './schemas.ts';

/** Recorded readiness of a parcel before supply. */
export const ReadinessRecord = z.object({
  /** Date 农转用 / 征收 was approved; null while not approved. */
  conversionApproved: IsoDate.nullable(),
  /** Whether the construction-land quota (用地指标) is allocated. */
  quotaAllocated: z.boolean(),
  /** 征拆 (land acquisition and demolition) progress, % (0–100). */
  demolitionPct: z.number().min(0).max(100),
  /** 场地平整 / 七通一平 done. */
  siteLevelled: z.boolean(),
});
export type ReadinessRecord = z.infer<typeof ReadinessRecord>;

/** Readiness on a reference date, as the API sends it. */
export interface Readiness extends ReadinessRecord {
  /** Expected date the land is ready (净地) for supply, ISO, or null. */
  expectedReady: string | null;
  /** Days since approval while the land is not supplied (批而未供); null when not approved or supplied. */
  approvedUnsuppliedDays: number | null;
  /** True when `approvedUnsuppliedDays` reached the two-year mark. */
  approvedUnsuppliedWarning: boolean;
}

/** Land not supplied yet: 规划 … 挂牌 (before 已出让). */
export function isUnsupplied(s: LandState): boolean {
  return stateIndex(s) < stateIndex('transferred');
}

/** Readiness of a parcel in state `state` on `refDate` (ISO); null for supplied land or without a record. */
export function readinessOf(
  state: LandState,
  record: ReadinessRecord | null,
  expectedReady: string | null,
  refDate: string,
  warnDays: number = CONTRACT_CLOCK_RULES.approvedUnsuppliedWarnDays,
): Readiness | null {
  if (!isUnsupplied(state) || record == null) return null;
  const approved = record.conversionApproved;
  const age = approved == null ? null : daysBetween(approved, refDate);
  const days = age == null || age < 0 ? null : age;
  return {
    ...record,
    expectedReady,
    approvedUnsuppliedDays: days,
    approvedUnsuppliedWarning: days != null && days >= warnDays,
  };
}
