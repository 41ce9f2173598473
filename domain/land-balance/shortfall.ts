/**
 * Shortfall (缺口) = demand − supply, per platform, per industry, per quarter and in total; land in 亩 and floor
 * space in ㎡ apart. Positive = shortage, negative = surplus.
 *
 * - by platform: demand by target platform vs supply on that platform (`unassigned` demand has no supply);
 * - by industry: demand of the industry vs all supply that industry may use (any platform) — rows overlap,
 *   because one parcel can serve several industries, so they do not add up to the total; `focusSupplyMu` is the
 *   part on platforms whose focus includes the industry;
 * - by quarter: per quarter and cumulative from `asOf` (what a planner reads: "by end of 2018Q3 we lack N 亩").
 */
import { INDUSTRIES, type Industry } from '../enums.ts';
import type { Platform } from '../schemas.ts';
import type { Demand } from './demand.ts';
import { landUseSuitsIndustry } from './suitability.ts';
import type { Supply } from './supply.ts';

/** Demand, supply and shortfall; 亩 for land, ㎡ for floor space. */
export interface Balance {
  demandMu: number;
  supplyMu: number;
  shortfallMu: number;
  demandFloorM2: number;
  supplyFloorM2: number;
  shortfallFloorM2: number;
}

/** Shortfall of one platform. */
export type PlatformBalance = Balance & { platformId: string };
/** Shortfall of one industry; `focusSupplyMu` = usable supply on platforms focused on it, 亩. */
export type IndustryBalance = Balance & { industry: Industry; focusSupplyMu: number };
/** Shortfall of one quarter, with running totals from `asOf`. */
export type QuarterBalance = Balance & {
  quarter: string;
  cumulativeDemandMu: number;
  cumulativeSupplyMu: number;
  cumulativeShortfallMu: number;
  cumulativeDemandFloorM2: number;
  cumulativeSupplyFloorM2: number;
  cumulativeShortfallFloorM2: number;
};

/** Result of `computeShortfall`. */
export interface Shortfall {
  byPlatform: PlatformBalance[];
  byIndustry: IndustryBalance[];
  byQuarter: QuarterBalance[];
  total: Balance;
}

const balance = (
  demandMu: number,
  supplyMu: number,
  demandFloorM2: number,
  supplyFloorM2: number,
): Balance => ({
  demandMu,
  supplyMu,
  shortfallMu: demandMu - supplyMu,
  demandFloorM2,
  supplyFloorM2,
  shortfallFloorM2: demandFloorM2 - supplyFloorM2,
});

interface Acc {
  dMu: number;
  sMu: number;
  dM2: number;
  sM2: number;
}
const acc = (): Acc => ({ dMu: 0, sMu: 0, dM2: 0, sM2: 0 });
const get = <K>(m: Map<K, Acc>, k: K): Acc => {
  const found = m.get(k);
  if (found) return found;
  const a = acc();
  m.set(k, a);
  return a;
};

/** Quarters from `first` to `last` inclusive, e.g. 2018Q1 … 2019Q2. */
export function quarterRange(first: string, last: string): string[] {
  const parse = (q: string): number => Number(q.slice(0, 4)) * 4 + Number(q.slice(5)) - 1;
  const out: string[] = [];
  for (let i = parse(first); i <= parse(last); i++) out.push(`${Math.floor(i / 4)}Q${(i % 4) + 1}`);
  return out;
}

/** Shortfall tables from demand and supply (see the module comment for how industries and quarters count). */
export function computeShortfall(demand: Demand, supply: Supply, platforms: readonly Platform[]): Shortfall {
  const byPlatform = new Map<string, Acc>();
  const byQuarter = new Map<string, Acc>();
  for (const p of platforms) get(byPlatform, p.id);
  for (const d of demand.items) {
    const a = get(byPlatform, d.platformId);
    a.dMu += d.landMu;
    a.dM2 += d.floorM2;
    const q = get(byQuarter, d.quarter);
    q.dMu += d.landMu;
    q.dM2 += d.floorM2;
  }
  for (const s of supply.items) {
    const a = get(byPlatform, s.platformId);
    a.sMu += s.landMu;
    a.sM2 += s.floorM2;
    const q = get(byQuarter, s.quarter);
    q.sMu += s.landMu;
    q.sM2 += s.floorM2;
  }

  const focus = new Map(platforms.map((p) => [p.id, p.focusIndustries]));
  const industries: IndustryBalance[] = [];
  for (const industry of INDUSTRIES) {
    const mine = demand.items.filter((d) => d.industry === industry);
    let sMu = 0;
    let focusMu = 0;
    let sM2 = 0;
    for (const s of supply.items) {
      sM2 += s.floorM2;
      if (s.landUse === null || !landUseSuitsIndustry(industry, s.landUse)) continue;
      sMu += s.landMu;
      if (focus.get(s.platformId)?.includes(industry)) focusMu += s.landMu;
    }
    const dMu = mine.reduce((t, d) => t + d.landMu, 0);
    const dM2 = mine.reduce((t, d) => t + d.floorM2, 0);
    if (mine.length === 0 && sMu === 0) continue;
    industries.push({ industry, ...balance(dMu, sMu, dM2, sM2), focusSupplyMu: focusMu });
  }

  const quarters = [...byQuarter.keys()].sort();
  const byQ: QuarterBalance[] = [];
  const cum = acc();
  const first = quarters[0];
  const last = quarters.at(-1);
  if (first && last) {
    for (const quarter of quarterRange(first, last)) {
      const a = byQuarter.get(quarter) ?? acc();
      cum.dMu += a.dMu;
      cum.sMu += a.sMu;
      cum.dM2 += a.dM2;
      cum.sM2 += a.sM2;
      byQ.push({
        quarter,
        ...balance(a.dMu, a.sMu, a.dM2, a.sM2),
        cumulativeDemandMu: cum.dMu,
        cumulativeSupplyMu: cum.sMu,
        cumulativeShortfallMu: cum.dMu - cum.sMu,
        cumulativeDemandFloorM2: cum.dM2,
        cumulativeSupplyFloorM2: cum.sM2,
        cumulativeShortfallFloorM2: cum.dM2 - cum.sM2,
      });
    }
  }

  return {
    byPlatform: [...byPlatform.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([platformId, a]) => ({ platformId, ...balance(a.dMu, a.sMu, a.dM2, a.sM2) })),
    byIndustry: industries,
    byQuarter: byQ,
    total: balance(demand.total.landMu, supply.total.landMu, demand.total.floorM2, supply.total.floorM2),
  };
}
