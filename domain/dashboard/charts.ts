/**
 * Series behind the overview charts. Project and site data carry the ids they were summed from, so that clicking
 * a bar or a slice can filter the map to exactly those; land by state carries counts only (a click filters the
 * map by platform and state, and a zone-wide list of parcel ids would grow with the cadastre). All take an optional platform filter
 * (null = whole zone): projects by target platform, parcels and sites by their platform.
 */
import {
  FOUR_PLUS_ONE,
  INDUSTRIES,
  type Industry,
  LAND_STATES,
  type LandState,
  REDEVELOPMENT_STAGES,
  REDEVELOPMENT_TYPES,
  type RedevelopmentStage,
  type RedevelopmentType,
} from '../enums.ts';
import { type ChainStage, hasLandStage, PROJECT_CHAIN, stageRank } from '../project-stages.ts';
import type { Parcel, Project, RedevelopmentSite } from '../schemas.ts';

/** Which part of the chain a project's investment sits in (lead and terminated projects are left out). */
export type InvestmentGroup = 'pipeline' | 'signed' | 'landed';
/** Chain parts in display order: 在谈/过会, 签约 without land, 已拿地 or later. */
export const INVESTMENT_GROUPS: readonly InvestmentGroup[] = ['pipeline', 'signed', 'landed'];

/** One bar segment of "investment by industry": planned investment in 万元. */
export interface InvestmentDatum {
  industry: Industry;
  is4plus1: boolean;
  group: InvestmentGroup;
  investmentWan: number;
  count: number;
  projectIds: string[];
  /** Parcels held by those projects (empty for pipeline projects). */
  parcelIds: string[];
}

const matches = (platformId: string | null, id: string | null): boolean =>
  platformId == null || id === platformId;

function groupOf(p: Project): InvestmentGroup | null {
  if (p.stage === 'terminated' || p.stage === 'lead') return null;
  if (hasLandStage(p.stage)) return 'landed';
  return p.stage === 'signed' ? 'signed' : 'pipeline';
}

/** Planned investment (万元) by industry (4+1 first) and chain part; one datum per industry × group. */
export function investmentByIndustry(
  projects: readonly Project[],
  platformId: string | null,
): InvestmentDatum[] {
  const order = [...FOUR_PLUS_ONE, ...INDUSTRIES.filter((i) => !FOUR_PLUS_ONE.includes(i))];
  const out: InvestmentDatum[] = [];
  for (const industry of order) {
    for (const group of INVESTMENT_GROUPS) {
      const ps = projects.filter(
        (p) => p.industry === industry && matches(platformId, p.targetPlatformId) && groupOf(p) === group,
      );
      out.push({
        industry,
        is4plus1: FOUR_PLUS_ONE.includes(industry),
        group,
        investmentWan: ps.reduce((a, p) => a + p.investmentWan, 0),
        count: ps.length,
        projectIds: ps.map((p) => p.id),
        parcelIds: [...new Set(ps.flatMap((p) => p.parcelIds))],
      });
    }
  }
  return out;
}

/** One stack segment of "land by state per platform": area in 亩 and ㎡. */
export interface LandStateDatum {
  platformId: string;
  state: LandState;
  areaMu: number;
  areaM2: number;
  count: number;
}

/** Count and area (㎡, 亩) of the parcels of one platform in one land state. */
export type LandStateTotal = LandStateDatum;

/** Count and area of `parcels` per platform × land state (only pairs that occur), in no particular order. */
export function landStateTotals(
  parcels: readonly Pick<Parcel, 'platformId' | 'state' | 'areaM2' | 'areaMu'>[],
): LandStateTotal[] {
  const totals = new Map<string, LandStateTotal>();
  for (const p of parcels) {
    const key = `${p.platformId}\u0000${p.state}`;
    const t = totals.get(key) ?? { platformId: p.platformId, state: p.state, areaMu: 0, areaM2: 0, count: 0 };
    t.areaMu += p.areaMu;
    t.areaM2 += p.areaM2;
    t.count += 1;
    totals.set(key, t);
  }
  return [...totals.values()];
}

/**
 * Parcel area by platform × land state (亩) from per-pair totals; `platformIds` fixes the platform order (and
 * includes empty ones); every state of every shown platform is present (zero when it has no land).
 */
export function landByStatePerPlatform(
  totals: readonly LandStateTotal[],
  platformIds: readonly string[],
  platformId: string | null,
): LandStateDatum[] {
  const out: LandStateDatum[] = [];
  for (const pid of platformIds.filter((id) => matches(platformId, id))) {
    for (const state of LAND_STATES) {
      const t = totals.find((x) => x.platformId === pid && x.state === state);
      out.push({
        platformId: pid,
        state,
        areaMu: t?.areaMu ?? 0,
        areaM2: t?.areaM2 ?? 0,
        count: t?.count ?? 0,
      });
    }
  }
  return out;
}

/** One step of the project funnel. */
export interface FunnelStep {
  stage: ChainStage;
  /** Projects that have reached this stage or gone beyond it (the funnel width). */
  reached: number;
  /** Projects currently at this stage, with their planned investment (万元) and ids. */
  atStage: number;
  investmentWan: number;
  projectIds: string[];
  /** Parcels held by the projects at this stage (empty before 已拿地). */
  parcelIds: string[];
}

/** The pipeline funnel 线索 → 投产, plus the terminated projects kept aside; optional origin filter (e.g. shenzhen). */
export function pipelineFunnel(
  projects: readonly Project[],
  platformId: string | null,
  origin: Project['origin'] | null = null,
): { steps: FunnelStep[]; terminated: { count: number; projectIds: string[] } } {
  const scoped = projects.filter(
    (p) => matches(platformId, p.targetPlatformId) && (origin == null || p.origin === origin),
  );
  const steps = PROJECT_CHAIN.map((stage): FunnelStep => {
    const at = scoped.filter((p) => p.stage === stage);
    return {
      stage,
      reached: scoped.filter((p) => stageRank(p.stage) >= stageRank(stage)).length,
      atStage: at.length,
      investmentWan: at.reduce((a, p) => a + p.investmentWan, 0),
      projectIds: at.map((p) => p.id),
      parcelIds: [...new Set(at.flatMap((p) => p.parcelIds))],
    };
  });
  const terminated = scoped.filter((p) => p.stage === 'terminated');
  return { steps, terminated: { count: terminated.length, projectIds: terminated.map((p) => p.id) } };
}

/** One cell of "三旧改造 by type × stage": site area and completed area in ㎡. */
export interface RedevelopmentDatum {
  type: RedevelopmentType;
  stage: RedevelopmentStage;
  areaM2: number;
  completedAreaM2: number;
  count: number;
  siteIds: string[];
}

/** 三旧 sites of `year` by type × stage (㎡); compare the completed sum with the year's target. */
export function redevelopmentByTypeStage(
  sites: readonly RedevelopmentSite[],
  year: number,
  platformId: string | null,
): RedevelopmentDatum[] {
  const scoped = sites.filter((s) => s.targetYear === year && matches(platformId, s.platformId));
  return REDEVELOPMENT_TYPES.flatMap((type) =>
    REDEVELOPMENT_STAGES.map((stage) => {
      const ss = scoped.filter((s) => s.type === type && s.stage === stage);
      return {
        type,
        stage,
        areaM2: ss.reduce((a, s) => a + s.areaM2, 0),
        completedAreaM2: ss.reduce((a, s) => a + s.completedAreaM2, 0),
        count: ss.length,
        siteIds: ss.map((s) => s.id),
      };
    }),
  );
}
