/**
 * Totals of the idle-land watch list in whole millionths (of a 亩, of a 万元): each row's area and money is rounded
 * half up to a millionth and the integers are added, so a total is exact and the same whatever order its rows are
 * added in — by the domain row by row, or by the database from its summary of the contract-only clocks
 * (server/db/migrations/013_contract_clock_totals.sql), which keeps the same integers in the transaction of every
 * write. A millionth of a 亩 is 0.00067 ㎡; of a 万元, 0.01 元. Area and money are never negative (schemas.ts).
 */
import type { IdleLandSummary } from './idle-land.ts';

/** Millionths in one unit. */
export const MILLIONTHS = 1_000_000;

/**
 * `x` (≥ 0) in whole millionths, rounded half up — the same IEEE double operations as the SQL
 * `CAST(x * 1000000 + 0.5 AS INTEGER)` of migration 013, so both give the same integer for the same value.
 */
export const millionths = (x: number): number => Math.trunc(x * MILLIONTHS + 0.5);

/** Running totals of a watch list: rows per status; exposure, owed fee (万元) and area (亩) in millionths. */
export type IdleLandTally = {
  byStatus: Record<string, number>;
  exposureE6: number;
  owedE6: number;
  areaE6: number;
};

/** A tally's figures in units (万元, 亩). */
export function tallySummary(t: IdleLandTally): IdleLandSummary {
  return {
    byStatus: { ...t.byStatus },
    feeExposureWan: t.exposureE6 / MILLIONTHS,
    feeOwedWan: t.owedE6 / MILLIONTHS,
    areaMu: t.areaE6 / MILLIONTHS,
  };
}
