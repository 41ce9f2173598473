/**
 * The platform summary's three tallies as table rows: parcels by land-supply state (count, 亩), projects by
 * stage and by industry (count, 万元). Empty states and stages are left out; industries are the live pipeline
 * (terminated projects excluded by the server), largest investment first.
 */
import { INDUSTRIES, LAND_STATES, type LandState, PROJECT_STAGES } from '../../../domain/enums.ts';
import { formatMoneyWan, formatMu, formatNumber, type Lang, labelOf } from '../../../domain/format.ts';
import type { PlatformDetail } from '../../api/types.ts';

/** A tally row with its label as text (the parcels table adds a colour swatch to it). */
export interface TallyLine<K extends string = string> {
  key: K;
  label: string;
  count: string;
  amount: string;
}

/** Parcels by state, in lifecycle order, with their count and area in 亩. */
export const parcelsByState = (p: PlatformDetail, lang: Lang): TallyLine<LandState>[] =>
  LAND_STATES.filter((s) => p.parcels.byState[s].count > 0).map((s) => ({
    key: s,
    label: labelOf('landState', s, lang),
    count: formatNumber(p.parcels.byState[s].count, lang),
    amount: formatMu(p.parcels.byState[s].areaMu, lang),
  }));

/** Projects by stage, in pipeline order, with their count and investment in 万元. */
export const projectsByStage = (p: PlatformDetail, lang: Lang): TallyLine[] =>
  PROJECT_STAGES.filter((s) => p.projects.byStage[s].count > 0).map((s) => ({
    key: s,
    label: labelOf('projectStage', s, lang),
    count: formatNumber(p.projects.byStage[s].count, lang),
    amount: formatMoneyWan(p.projects.byStage[s].investmentWan, lang),
  }));

/** Live projects by industry, largest investment first, with their count and investment in 万元. */
export const projectsByIndustry = (p: PlatformDetail, lang: Lang): TallyLine[] =>
  INDUSTRIES.flatMap((industry) => {
    const tally = p.projects.byIndustry[industry];
    return tally ? [{ industry, ...tally }] : [];
  })
    .sort((a, b) => b.investmentWan - a.investmentWan)
    .map((r) => ({
      key: r.industry,
      label: labelOf('industry', r.industry, lang),
      count: formatNumber(r.count, lang),
      amount: formatMoneyWan(r.investmentWan, lang),
    }));
