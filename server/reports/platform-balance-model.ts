/**
 * The 用地缺口 section of the platform report, as data: built on the HTTP side from the land-balance service's
 * answers (the same balance and matching GET /api/land-balance and …/matches give for the same options), then
 * carried to the worker that draws the PDF. Land in 亩; shortage (缺口) and surplus (富余) apart, never netted.
 */
import type { Industry, ProjectStage } from '../../domain/enums.ts';
import {
  type LandBalance,
  type LandBalanceOptions,
  PLACEMENT_POLICY_ZH,
} from '../../domain/land-balance/index.ts';
import type { BalanceData } from '../land-balance/service.ts';
import { echoOptions, type MatchesView, type OptionsEcho, type PipelineRow } from '../land-balance/view.ts';
import { platformNameZh } from '../land-balance/workbook-rows.ts';

/** Supply and demand of a row with its shortage or surplus (one of the two is 0), 亩. */
export interface GapFigures {
  supplyMu: number;
  demandMu: number;
  shortageMu: number;
  surplusMu: number;
}

/** A pipeline project as the section lists it. */
export interface SectionProject {
  name: string;
  stage: ProjectStage;
  industry: Industry;
  /** Land demand, 亩. */
  demandMu: number;
  /** Date it needs the land (ISO). */
  neededBy: string;
  /** Target platform name (未定平台 when none). */
  targetZh: string;
  /** Platform of the assigned site, parcel codes (or 三旧 site id) and site area 亩; null when unmatched. */
  site: { platformZh: string; codes: string; areaMu: number; locked: boolean } | null;
  crossPlatform: boolean;
  /** Why it sits off its target platform, or why it got no site (Chinese), else null. */
  reasonZh: string | null;
}

/** Everything the 用地缺口 section prints. */
export interface PlatformBalanceSection {
  /** The options under their query names (policy, keepTarget, slack, horizon, refDate…). */
  options: OptionsEcho;
  /** Chinese name of the placement policy. */
  policyZh: string;
  /** The platform's own row: its supply against the demand targeting it. */
  platform: GapFigures;
  /** Per industry: that industry's demand targeting the platform against the platform's land it may use. */
  industries: (GapFigures & { industry: Industry })[];
  /** Per quarter: demand by need-by date against supply coming on stream, with the running balance, 亩. */
  quarters: (GapFigures & { quarter: string; cumulativeShortfallMu: number })[];
  /** Projects the matching placed on this platform's sites (whatever their target). */
  placedHere: SectionProject[];
  /** This platform's target projects placed on another platform's site (跨平台). */
  placedElsewhere: SectionProject[];
  /** This platform's target projects left without a site, with the reason. */
  unmatched: SectionProject[];
  /** Pipeline and matched counts of the whole zone's run. */
  zone: { pipeline: number; matched: number; crossPlatform: number };
}

const gap = (r: GapFigures): GapFigures => ({
  supplyMu: r.supplyMu,
  demandMu: r.demandMu,
  shortageMu: r.shortageMu,
  surplusMu: r.surplusMu,
});

/**
 * The section of platform `platformId`: `zone` is the balance without a platform filter (its platform and
 * platform × industry rows), `own` the balance with `platformId` (its quarters), `matches` the zone's matching.
 */
export function platformBalanceSection(
  d: Pick<BalanceData, 'platforms'>,
  platformId: string,
  zone: LandBalance,
  own: LandBalance,
  matches: MatchesView,
  options: LandBalanceOptions,
): PlatformBalanceSection {
  const name = platformNameZh(d);
  const row = zone.shortfall.byPlatform.find((r) => r.platformId === platformId);
  const project = (r: PipelineRow): SectionProject => {
    const a = r.assignment;
    return {
      name: r.name,
      stage: r.stage,
      industry: r.industry,
      demandMu: r.landDemandMu,
      neededBy: r.neededBy,
      targetZh: name(r.platformId),
      site: a
        ? {
            platformZh: name(a.platformId),
            codes: a.parcelCodes.join(' + ') || a.siteId,
            areaMu: a.areaMu,
            locked: a.locked,
          }
        : null,
      crossPlatform: r.crossPlatform,
      reasonZh: a ? (a.crossReason?.zh ?? null) : (r.reason?.zh ?? null),
    };
  };
  const rows = matches.projects;
  return {
    options: echoOptions(options),
    policyZh: PLACEMENT_POLICY_ZH[options.policy],
    platform: row ? gap(row) : { supplyMu: 0, demandMu: 0, shortageMu: 0, surplusMu: 0 },
    industries: zone.shortfall.byPlatformIndustry
      .filter((c) => c.platformId === platformId && c.demandMu > 0)
      .map((c) => ({ industry: c.industry, ...gap(c) })),
    quarters: own.shortfall.byQuarter
      .filter((q) => q.demandMu > 0 || q.supplyMu > 0)
      .map((q) => ({ quarter: q.quarter, ...gap(q), cumulativeShortfallMu: q.cumulativeShortfallMu })),
    placedHere: rows.filter((r) => r.assignedPlatformId === platformId).map(project),
    placedElsewhere: rows.filter((r) => r.platformId === platformId && r.crossPlatform).map(project),
    unmatched: rows.filter((r) => r.platformId === platformId && r.status === 'unmatched').map(project),
    zone: {
      pipeline: matches.summary.pipeline,
      matched: matches.summary.matched,
      crossPlatform: matches.summary.crossPlatform,
    },
  };
}
