/**
 * Shortfall (缺口) = demand − supply, per platform, per industry, per quarter and in total; land in 亩 and floor
 * space in ㎡ apart. Positive = shortage, negative = surplus.
 *
 * - by platform: demand by target platform vs supply on that platform (`unassigned` demand has no supply);
 * - by industry: demand of the industry vs all supply that industry may use (any platform) — rows overlap,
 *   because one parcel can serve several industries, so they do not add up to the total; `focusSupplyMu` is the
 *   part on platforms whose focus includes the industry;
 * - by quarter: per quarter and cumulative from `asOf` (what a planner reads: "by end of 2018Q3 we lack N 亩").
 *
 * Netting hides shortage: a surplus on one platform serves another only where matching actually places a
 * project there. So every row carries its shortage (缺口) or surplus (富余) apart, and each dimension has
 * gross totals (`Gross`): the sum of the rows' shortages, the sum of their surpluses, and the net only as a
 * third, named figure.
 */
import { INDUSTRIES, type Industry } from '../enums.ts';
import type { Platform } from '../schemas.ts';
import type { Demand } from './demand.ts';
import { landUseSuitsIndustry } from './suitability.ts';
import type { SupplyAmount, SupplyItem } from './supply.ts';

/**
 * What the shortfall tables read of supply: its items (or items counted together, e.g. by group) and total.
 */
export interface SupplyFigures {
  items: readonly Pick<SupplyItem, 'platformId' | 'landUse' | 'landMu' | 'floorM2' | 'quarter'>[];
  total: SupplyAmount;
}

/** Demand, supply and shortfall; 亩 for land, ㎡ for floor space. */
export interface Balance extends Split {
  demandMu: number;
  supplyMu: number;
  shortfallMu: number;
  demandFloorM2: number;
  supplyFloorM2: number;
  shortfallFloorM2: number;
}

/** A row's shortfall split into what a planner reads: shortage or surplus, never both (亩, ㎡). */
export interface Split {
  /** max(0, demand − supply), 亩. */
  shortageMu: number;
  /** max(0, supply − demand), 亩. */
  surplusMu: number;
  /** max(0, demand − supply) of floor space, ㎡. */
  shortageFloorM2: number;
  /** max(0, supply − demand) of floor space, ㎡. */
  surplusFloorM2: number;
}

/**
 * Gross totals of a dimension's rows: sum of shortages, sum of surpluses, and net = Σ demand − Σ supply of
 * the rows (= gross shortage − gross surplus), 亩. The net is not "what is missing": see the module comment.
 */
export interface Gross {
  grossShortageMu: number;
  grossSurplusMu: number;
  netMu: number;
  /** Rows short, and rows with a surplus. */
  rowsShort: number;
  rowsSurplus: number;
}

/** Shortfall of one platform. */
export type PlatformBalance = Balance & { platformId: string };
/**
 * Shortfall of one industry against all the zone's supply it may use; `focusSupplyMu` = that supply on
 * platforms focused on it, 亩; `gross` = its platform × industry cells' gross figures (the shortage of the
 * platforms short for this industry, not netted against surplus elsewhere).
 */
export type IndustryBalance = Balance & { industry: Industry; focusSupplyMu: number; gross: Gross };
/**
 * One platform × industry cell: demand of the industry's projects targeting the platform vs the platform's
 * supply that industry may use (亩). Cells of one platform share its supply, so they do not add up.
 */
export type CellBalance = Balance & { platformId: string; industry: Industry };
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
  /** Zone supply and demand; its gross figures are the platforms' (`Gross`), its `shortfallMu` the net. */
  total: Balance & Gross;
  /** Platform × industry cells with demand or usable supply (platforms sorted by id, industries in order). */
  byPlatformIndustry: CellBalance[];
  /**
   * Gross totals over the platform × industry cells: the shortage sums the cells short; the surplus counts a
   * platform's spare land once per industry that may use it, so it is not land on the ground.
   */
  industryTotals: Gross;
  /** Gross totals over the quarters (each quarter's own demand vs the supply coming on stream in it). */
  quarterTotals: Gross;
}

/** Gross shortage, gross surplus and net of `rows` (see `Gross`). */
export function grossOf(rows: readonly Pick<Balance, 'demandMu' | 'supplyMu'>[]): Gross {
  const g: Gross = { grossShortageMu: 0, grossSurplusMu: 0, netMu: 0, rowsShort: 0, rowsSurplus: 0 };
  for (const r of rows) {
    const d = r.demandMu - r.supplyMu;
    g.netMu += d;
    if (d > 0) {
      g.grossShortageMu += d;
      g.rowsShort++;
    } else if (d < 0) {
      g.grossSurplusMu -= d;
      g.rowsSurplus++;
    }
  }
  return g;
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
  shortageMu: Math.max(0, demandMu - supplyMu),
  surplusMu: Math.max(0, supplyMu - demandMu),
  demandFloorM2,
  supplyFloorM2,
  shortfallFloorM2: demandFloorM2 - supplyFloorM2,
  shortageFloorM2: Math.max(0, demandFloorM2 - supplyFloorM2),
  surplusFloorM2: Math.max(0, supplyFloorM2 - demandFloorM2),
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
export function computeShortfall(
  demand: Demand,
  supply: SupplyFigures,
  platforms: readonly Platform[],
): Shortfall {
  const { byPlatform, byQuarter } = accumulate(demand, supply, platforms);
  const { industries, cells } = industryBalances(demand, supply, platforms, [...byPlatform.keys()].sort());
  const byQ = quarterBalances(byQuarter);
  const platformRows = [...byPlatform.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([platformId, a]) => ({ platformId, ...balance(a.dMu, a.sMu, a.dM2, a.sM2) }));
  return {
    byPlatform: platformRows,
    byIndustry: industries,
    byQuarter: byQ,
    total: {
      ...balance(demand.total.landMu, supply.total.landMu, demand.total.floorM2, supply.total.floorM2),
      ...grossOf(platformRows),
    },
    byPlatformIndustry: cells,
    industryTotals: grossOf(cells),
    quarterTotals: grossOf(byQ),
  };
}

/** Demand and supply summed per platform (every platform listed, even without either) and per quarter. */
function accumulate(
  demand: Demand,
  supply: SupplyFigures,
  platforms: readonly Platform[],
): { byPlatform: Map<string, Acc>; byQuarter: Map<string, Acc> } {
  const byPlatform = new Map<string, Acc>();
  const byQuarter = new Map<string, Acc>();
  for (const p of platforms) get(byPlatform, p.id);
  for (const d of demand.items) {
    for (const a of [get(byPlatform, d.platformId), get(byQuarter, d.quarter)]) {
      a.dMu += d.landMu;
      a.dM2 += d.floorM2;
    }
  }
  for (const s of supply.items) {
    for (const a of [get(byPlatform, s.platformId), get(byQuarter, s.quarter)]) {
      a.sMu += s.landMu;
      a.sM2 += s.floorM2;
    }
  }
  return { byPlatform, byQuarter };
}

/** Per industry: its demand against the supply whose land use suits it, and its platform cells. */
function industryBalances(
  demand: Demand,
  supply: SupplyFigures,
  platforms: readonly Platform[],
  platformIds: readonly string[],
): { industries: IndustryBalance[]; cells: CellBalance[] } {
  const focus = new Map(platforms.map((p) => [p.id, p.focusIndustries]));
  const industries: IndustryBalance[] = [];
  const cells: CellBalance[] = [];
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
    const own = cellsOf(industry, mine, supply, platformIds);
    cells.push(...own);
    industries.push({
      industry,
      ...balance(dMu, sMu, dM2, sM2),
      focusSupplyMu: focusMu,
      gross: grossOf(own),
    });
  }
  return { industries, cells };
}

/** Every quarter from the first to the last with demand or supply, with running totals. */
function quarterBalances(byQuarter: ReadonlyMap<string, Acc>): QuarterBalance[] {
  const quarters = [...byQuarter.keys()].sort();
  const first = quarters[0];
  const last = quarters.at(-1);
  if (!first || !last) return [];
  const cum = acc();
  return quarterRange(first, last).map((quarter) => {
    const a = byQuarter.get(quarter) ?? acc();
    cum.dMu += a.dMu;
    cum.sMu += a.sMu;
    cum.dM2 += a.dM2;
    cum.sM2 += a.sM2;
    return {
      quarter,
      ...balance(a.dMu, a.sMu, a.dM2, a.sM2),
      cumulativeDemandMu: cum.dMu,
      cumulativeSupplyMu: cum.sMu,
      cumulativeShortfallMu: cum.dMu - cum.sMu,
      cumulativeDemandFloorM2: cum.dM2,
      cumulativeSupplyFloorM2: cum.sM2,
      cumulativeShortfallFloorM2: cum.dM2 - cum.sM2,
    };
  });
}

/** The platform cells of one industry: its demand by target platform vs the land each platform has for it. */
function cellsOf(
  industry: Industry,
  demand: readonly Demand['items'][number][],
  supply: SupplyFigures,
  platformIds: readonly string[],
): CellBalance[] {
  const out: CellBalance[] = [];
  for (const platformId of platformIds) {
    let dMu = 0;
    let dM2 = 0;
    for (const d of demand) {
      if (d.platformId !== platformId) continue;
      dMu += d.landMu;
      dM2 += d.floorM2;
    }
    let sMu = 0;
    let sM2 = 0;
    for (const s of supply.items) {
      if (s.platformId !== platformId) continue;
      sM2 += s.floorM2;
      if (s.landUse !== null && landUseSuitsIndustry(industry, s.landUse)) sMu += s.landMu;
    }
    if (dMu === 0 && sMu === 0 && dM2 === 0) continue;
    out.push({ platformId, industry, ...balance(dMu, sMu, dM2, sM2) });
  }
  return out;
}
