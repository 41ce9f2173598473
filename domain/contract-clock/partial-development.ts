/**
 * Partial development (国土资源部令第53号 第二条): land whose development has started but whose developed area is
 * below one third of the land to develop, or whose investment is below 25 % of the total, and whose works have
 * stood still for a year, is idle land too.
 */
import { daysBetween } from '../dates.ts';
import type { DevelopmentRecord } from './records.ts';
import { CONTRACT_CLOCK_RULES, type ContractClockRules } from './rules.ts';

/** Whether recorded progress is below either threshold of 第二条 (area < 1/3 or investment < 25 %). */
export function belowDevelopmentThreshold(
  d: DevelopmentRecord,
  rules: ContractClockRules = CONTRACT_CLOCK_RULES,
): boolean {
  return d.areaPct < rules.partialAreaShare * 100 || d.investmentPct < rules.partialInvestmentShare * 100;
}

/** Whether a started parcel is idle by partial development on `refDate` (ISO): below a threshold and halted ≥ 1 year. */
export function isPartiallyIdle(
  p: { development: DevelopmentRecord | null },
  refDate: string,
  rules: ContractClockRules = CONTRACT_CLOCK_RULES,
): boolean {
  const d = p.development;
  if (d?.haltedSince == null || !belowDevelopmentThreshold(d, rules)) return false;
  return daysBetween(d.haltedSince, refDate) >= rules.haltedDays;
}
