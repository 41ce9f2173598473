/**
 * Progress of each yearly target (目标) computed from the data, with the inputs used and a bilingual sentence
 * saying how — a leader must be able to check every figure on the overview by hand.
 *
 * Two bases:
 * - `dated`: facts with a date (a signing, a first contact) count when they fall in the target year up to the
 *   reference date (see year-window.ts). Terminated projects are left out: a deal that fell through is not
 *   progress, even if it was signed earlier in the year.
 * - `snapshot`: records that carry no completion date (三旧 completed area, 技改 completed investment, a
 *   project's annual output) count as they stand in the dataset; the reference date does not move them.
 */
import {
  FOUR_PLUS_ONE,
  PROJECT_STAGES,
  REDEVELOPMENT_MODES,
  type TargetMetric,
  type TargetUnit,
} from '../enums.ts';
import { isSignedOrLater } from '../project-stages.ts';
import type { Project, RedevelopmentSite, Target, TechUpgrade } from '../schemas.ts';
import { type DateWindow, inWindow, yearWindow } from './year-window.ts';

/** The records target progress is computed from. */
export interface TargetData {
  projects: readonly Project[];
  redevelopment: readonly RedevelopmentSite[];
  techUpgrades: readonly TechUpgrade[];
}

/** One line of a breakdown, e.g. a stage and its count; `value` is in the target's unit. */
export interface BreakdownItem {
  key: string;
  value: number;
}

/** Progress of one target. `target`, `actual` and `planned` are in the target's `unit` (count, 亿元 or ㎡). */
export interface TargetProgress {
  targetId: string;
  scope: string;
  metric: TargetMetric;
  year: number;
  unit: TargetUnit;
  target: number;
  actual: number;
  /** actual ÷ target; null when the target value is 0. */
  ratio: number | null;
  /** Secondary figure in `unit`: what is planned or expected beyond `actual` (see `method`); null if none. */
  planned: number | null;
  basis: 'dated' | 'snapshot';
  /** Breakdown of `actual` (by stage, by 4+1 industry …); empty when not meaningful. */
  breakdown: BreakdownItem[];
  inputs: {
    /** Dated basis: the counted window; null when the reference date precedes the target year. */
    window: DateWindow | null;
    /** Ids of the records counted in `actual`. */
    ids: string[];
    /** Named raw sums behind the figures, in the unit their name says (…Wan 万元, …M2 ㎡, …Count). */
    totals: Record<string, number>;
  };
  method: { zh: string; en: string };
  source: string;
}

const WAN_PER_YI = 10_000;

const inScope = (scope: string, platformId: string | null): boolean =>
  scope === 'zone' || platformId === scope;

const sum = <T>(xs: readonly T[], f: (x: T) => number): number => xs.reduce((acc, x) => acc + f(x), 0);

/** Converts a raw figure to the target's unit: 万元 → 亿元 for `yuan_yi`, unchanged otherwise. */
function toUnit(raw: number, unit: TargetUnit, rawIsWan: boolean): number {
  return unit === 'yuan_yi' && rawIsWan ? raw / WAN_PER_YI : raw;
}

const scopeZh = (scope: string) => (scope === 'zone' ? '全区' : `平台 ${scope} `);
const scopeEn = (scope: string) => (scope === 'zone' ? 'the whole zone' : `platform ${scope}`);

type Partial = Omit<
  TargetProgress,
  'targetId' | 'scope' | 'metric' | 'year' | 'unit' | 'target' | 'ratio' | 'source'
>;

function signedInYear(t: Target, data: TargetData, window: DateWindow | null): Project[] {
  return data.projects.filter(
    (p) =>
      p.stage !== 'terminated' && inScope(t.scope, p.targetPlatformId) && inWindow(p.keyDates.signed, window),
  );
}

function newEnterprises(t: Target, data: TargetData, window: DateWindow | null): Partial {
  // An expansion (增资 / 二期) of an enterprise already in the zone is not a new enterprise.
  const projects = signedInYear(t, data, window).filter(
    (p) => FOUR_PLUS_ONE.includes(p.industry) && p.expansionOf == null,
  );
  // One enterprise signing two projects is one new enterprise; credit it to the industry of its first signing.
  const firstByEnterprise = new Map<string, Project>();
  for (const p of [...projects].sort((a, b) =>
    (a.keyDates.signed ?? '').localeCompare(b.keyDates.signed ?? ''),
  )) {
    if (!firstByEnterprise.has(p.enterprise)) firstByEnterprise.set(p.enterprise, p);
  }
  const byIndustry = new Map<string, number>();
  for (const p of firstByEnterprise.values())
    byIndustry.set(p.industry, (byIndustry.get(p.industry) ?? 0) + 1);
  return {
    actual: firstByEnterprise.size,
    planned: null,
    basis: 'dated',
    breakdown: FOUR_PLUS_ONE.map((k) => ({ key: k, value: byIndustry.get(k) ?? 0 })),
    inputs: {
      window,
      ids: projects.map((p) => p.id),
      totals: { projectCount: projects.length, enterpriseCount: firstByEnterprise.size },
    },
    method: {
      zh: `${scopeZh(t.scope)}${t.year}年1月1日至参考日签约（签约日期在此区间、未终止）的4+1产业项目，按企业去重计数；已在区内企业的增资、二期项目不计。`,
      en: `Distinct enterprises of 4+1-industry projects in ${scopeEn(t.scope)} signed between 1 Jan ${t.year} and the reference date (not terminated); expansions of enterprises already in the zone do not count.`,
    },
  };
}

function plannedInvestment(t: Target, data: TargetData, window: DateWindow | null): Partial {
  const projects = signedInYear(t, data, window);
  const wan = sum(projects, (p) => p.investmentWan);
  return {
    actual: toUnit(wan, t.unit, true),
    planned: null,
    basis: 'dated',
    breakdown: [],
    inputs: {
      window,
      ids: projects.map((p) => p.id),
      totals: { investmentWan: wan, projectCount: projects.length },
    },
    method: {
      zh: `${scopeZh(t.scope)}${t.year}年1月1日至参考日签约项目（未终止）的计划投资之和（万元÷10000=亿元）。`,
      en: `Sum of planned investment of projects in ${scopeEn(t.scope)} signed between 1 Jan ${t.year} and the reference date (not terminated); 万元 ÷ 10,000 = 亿元.`,
    },
  };
}

function techUpgrade(t: Target, data: TargetData): Partial {
  const rows = data.techUpgrades.filter((r) => r.year === t.year && inScope(t.scope, r.platformId));
  const completedWan = sum(rows, (r) => r.completedWan);
  const plannedWan = sum(rows, (r) => r.investmentWan);
  return {
    actual: toUnit(completedWan, t.unit, true),
    planned: toUnit(plannedWan, t.unit, true),
    basis: 'snapshot',
    breakdown: [],
    inputs: {
      window: null,
      ids: rows.map((r) => r.id),
      totals: { completedWan, plannedWan, recordCount: rows.length },
    },
    method: {
      zh: `${scopeZh(t.scope)}${t.year}年度技改项目已完成投资之和；“计划”为这些项目的计划投资之和。`,
      en: `Sum of completed investment of ${t.year} technical-upgrade records in ${scopeEn(t.scope)}; "planned" is their planned investment.`,
    },
  };
}

function redevelopmentArea(t: Target, data: TargetData): Partial {
  const sites = data.redevelopment.filter((s) => s.targetYear === t.year && inScope(t.scope, s.platformId));
  const completedAreaM2 = sum(sites, (s) => s.completedAreaM2);
  const areaM2 = sum(sites, (s) => s.areaM2);
  const byMode = new Map<string, number>();
  for (const s of sites) byMode.set(s.mode, (byMode.get(s.mode) ?? 0) + s.completedAreaM2);
  return {
    actual: completedAreaM2,
    planned: areaM2,
    basis: 'snapshot',
    breakdown: REDEVELOPMENT_MODES.map((k) => ({ key: k, value: byMode.get(k) ?? 0 })),
    inputs: {
      window: null,
      ids: sites.map((s) => s.id),
      totals: { completedAreaM2, areaM2, siteCount: sites.length },
    },
    method: {
      zh: `${scopeZh(t.scope)}目标年度为${t.year}年的三旧改造地块已完成改造面积之和（㎡）；“计划”为这些地块的总面积；按改造模式（工改工、工改科…）分列。`,
      en: `Sum of completed area (m²) of 三旧 redevelopment sites in ${scopeEn(t.scope)} with target year ${t.year}; "planned" is their total area; broken down by mode (industrial-to-industrial, industrial-to-tech…).`,
    },
  };
}

function industrialOutput(t: Target, data: TargetData): Partial {
  const scoped = data.projects.filter(
    (p) => inScope(t.scope, p.targetPlatformId) && p.annualOutputWan != null,
  );
  const producing = scoped.filter((p) => p.stage === 'producing');
  const expected = scoped.filter((p) => isSignedOrLater(p.stage));
  const producingWan = sum(producing, (p) => p.annualOutputWan ?? 0);
  const expectedWan = sum(expected, (p) => p.annualOutputWan ?? 0);
  return {
    actual: toUnit(producingWan, t.unit, true),
    planned: toUnit(expectedWan, t.unit, true),
    basis: 'snapshot',
    breakdown: [],
    inputs: {
      window: null,
      ids: producing.map((p) => p.id),
      totals: {
        producingOutputWan: producingWan,
        expectedOutputWan: expectedWan,
        expectedProjectCount: expected.length,
      },
    },
    method: {
      zh: `${scopeZh(t.scope)}已投产项目的年产值之和（万元÷10000=亿元）；“预期”为签约及以后阶段项目达产后年产值之和。`,
      en: `Annual output of producing projects in ${scopeEn(t.scope)} (万元 ÷ 10,000 = 亿元); "expected" adds every signed-or-later project at full production.`,
    },
  };
}

function shenzhenVisited(t: Target, data: TargetData, window: DateWindow | null): Partial {
  const shenzhen = data.projects.filter(
    (p) => p.origin === 'shenzhen' && inScope(t.scope, p.targetPlatformId),
  );
  // A visit happened even if the talks later ended, so terminated projects still count here.
  const contacted = shenzhen.filter((p) => inWindow(p.keyDates.firstContact, window));
  return {
    actual: contacted.length,
    planned: null,
    basis: 'dated',
    breakdown: PROJECT_STAGES.map((k) => ({ key: k, value: contacted.filter((p) => p.stage === k).length })),
    inputs: {
      window,
      ids: contacted.map((p) => p.id),
      totals: {
        contactedCount: contacted.length,
        shenzhenProjectCount: shenzhen.length,
        approvedOrLaterCount: shenzhen.filter(
          (p) => p.stage !== 'terminated' && p.stage !== 'lead' && p.stage !== 'negotiating',
        ).length,
      },
    },
    method: {
      zh: `${scopeZh(t.scope)}来源为深圳、首次接触日期在${t.year}年1月1日至参考日之间的项目数（含已终止），按当前阶段分列。`,
      en: `Shenzhen-origin projects in ${scopeEn(t.scope)} first contacted between 1 Jan ${t.year} and the reference date (terminated included), by current stage.`,
    },
  };
}

/** Progress of `target` on `refDate` (ISO), computed from `data`; figures in the target's unit. */
export function targetProgress(target: Target, data: TargetData, refDate: string): TargetProgress {
  const window = yearWindow(target.year, refDate);
  const part = ((): Partial => {
    switch (target.metric) {
      case 'new_4plus1_enterprises':
        return newEnterprises(target, data, window);
      case 'planned_investment':
        return plannedInvestment(target, data, window);
      case 'tech_upgrade_investment':
        return techUpgrade(target, data);
      case 'redevelopment_area':
        return redevelopmentArea(target, data);
      case 'industrial_output':
        return industrialOutput(target, data);
      case 'shenzhen_projects_visited':
        return shenzhenVisited(target, data, window);
    }
  })();
  return {
    targetId: target.id,
    scope: target.scope,
    metric: target.metric,
    year: target.year,
    unit: target.unit,
    target: target.value,
    ratio: target.value === 0 ? null : part.actual / target.value,
    source: target.source,
    ...part,
  };
}
