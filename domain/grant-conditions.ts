/**
 * 出让条件: the planning and project conditions a grant fixes (they become terms of the 出让合同 and of the
 * investment-supervision agreement): 容积率 lower and upper bound, 建筑系数 minimum, 绿地率 maximum, 限高, the
 * term, the starting price, the contract's daily liquidated damages for late completion, and the project
 * commitments — fixed-asset investment intensity, output and tax per 亩.
 *
 * The national control indicators for industrial projects (工业项目建设用地控制指标, 国土资发〔2008〕24号) set
 * 建筑系数 ≥ 30 % and 绿地率 ≤ 20 %; `controlIndicatorIssues` lists conditions that fall outside them.
 */
import { z } from 'zod';

const ratio = z.number().positive().max(20);
const pct = z.number().min(0).max(100);
const wan = z.number().nonnegative();

/** Grant conditions; every figure may be unknown (null). Percentages 0–100, money 万元, heights m. */
export const GrantConditions = z
  .object({
    plotRatioMin: ratio.nullable(),
    plotRatioMax: ratio.nullable(),
    /** 建筑系数, % (minimum). */
    buildingCoverageMin: pct.nullable(),
    /** 绿地率, % (maximum). */
    greenRatioMax: pct.nullable(),
    /** 限高, m. */
    heightLimitM: z.number().positive().max(1000).nullable(),
    termYears: z.number().int().min(1).max(70).nullable(),
    /** 起始价, 万元 (the final price is the parcel's land price). */
    startPriceWan: wan.nullable(),
    /** 违约金: ‰ of the land price per day of late completion. */
    penaltyPermillePerDay: z.number().nonnegative().max(100).nullable(),
    /** Committed fixed-asset investment intensity, 万元/亩. */
    investmentIntensityWanPerMu: wan.nullable(),
    /** Committed annual output per 亩 at full production, 万元/亩. */
    outputPerMuWan: wan.nullable(),
    /** Committed annual tax per 亩, 万元/亩. */
    taxPerMuWan: wan.nullable(),
  })
  .refine((c) => c.plotRatioMin == null || c.plotRatioMax == null || c.plotRatioMin <= c.plotRatioMax, {
    message: 'plotRatioMin is greater than plotRatioMax',
    path: ['plotRatioMin'],
  });
export type GrantConditions = z.infer<typeof GrantConditions>;

/** 建筑系数 floor of the control indicators for industrial projects, % (国土资发〔2008〕24号). */
export const BUILDING_COVERAGE_FLOOR_PCT = 30;
/** 绿地率 ceiling of the control indicators for industrial projects, % (国土资发〔2008〕24号). */
export const GREEN_RATIO_CEILING_PCT = 20;

/** Conditions of an industrial grant that fall outside the national control indicators (field names). */
export function controlIndicatorIssues(c: GrantConditions): ('buildingCoverageMin' | 'greenRatioMax')[] {
  const out: ('buildingCoverageMin' | 'greenRatioMax')[] = [];
  if (c.buildingCoverageMin != null && c.buildingCoverageMin < BUILDING_COVERAGE_FLOOR_PCT)
    out.push('buildingCoverageMin');
  if (c.greenRatioMax != null && c.greenRatioMax > GREEN_RATIO_CEILING_PCT) out.push('greenRatioMax');
  return out;
}
