/**
 * The overview (概览) in one call: every target's progress, the signed/landed standing of each platform that
 * has a target, the chart series (following the platform filter) and the 三旧 tracker of each area target.
 * "This year" is the reference date's year; targets keep their own year.
 */
import type { Target } from '../schemas.ts';
import {
  type FunnelStep,
  type InvestmentDatum,
  investmentByIndustry,
  type LandStateDatum,
  type LandStateTotal,
  landByStatePerPlatform,
  pipelineFunnel,
  type RedevelopmentDatum,
  redevelopmentByTypeStage,
} from './charts.ts';
import { type PlatformPipelineStatus, platformPipelineStatus } from './platform-pipeline.ts';
import { type RedevelopmentTracker, redevelopmentTracker } from './redevelopment-tracker.ts';
import { type TargetData, type TargetProgress, targetProgress } from './target-progress.ts';

/**
 * Everything the overview is computed from. `platformIds` fixes the platform order of the charts; parcels enter
 * only as count and area per platform × state (`landStateTotals`), which the database keeps up to date.
 */
export interface DashboardInput extends TargetData {
  targets: readonly Target[];
  landTotals: readonly LandStateTotal[];
  platformIds: readonly string[];
}

/** The overview's figures on a reference date (ISO), charts filtered to `platformId` (null = whole zone). */
export interface Dashboard {
  refDate: string;
  platformId: string | null;
  targets: TargetProgress[];
  platforms: PlatformPipelineStatus[];
  charts: {
    investmentByIndustry: InvestmentDatum[];
    landByState: LandStateDatum[];
    funnel: { steps: FunnelStep[]; terminated: { count: number; projectIds: string[] } };
    /** Shenzhen-origin projects only (the article's 深圳 pipeline). */
    shenzhenFunnel: { steps: FunnelStep[]; terminated: { count: number; projectIds: string[] } };
    redevelopment: { year: number; targetM2: number | null; data: RedevelopmentDatum[] };
  };
  redevelopment: RedevelopmentTracker[];
}

/** Builds the overview from `input` on `refDate`; charts and trackers follow `platformId` when given. */
export function buildDashboard(input: DashboardInput, refDate: string, platformId: string | null): Dashboard {
  const refYear = Number(refDate.slice(0, 4));
  const targets = input.targets
    .map((t) => targetProgress(t, input, refDate))
    .sort((a, b) => a.year - b.year || a.targetId.localeCompare(b.targetId));
  const platformScopes = [...new Set(input.targets.map((t) => t.scope).filter((s) => s !== 'zone'))];
  const areaTargets = input.targets.filter((t) => t.metric === 'redevelopment_area');
  // The chart shows this year's target when there is one, else the nearest target year.
  const chartTarget =
    areaTargets.find((t) => t.year === refYear) ??
    [...areaTargets].sort((a, b) => Math.abs(a.year - refYear) - Math.abs(b.year - refYear))[0];
  const chartYear = chartTarget?.year ?? refYear;
  return {
    refDate,
    platformId,
    targets,
    platforms: platformScopes.map((id) => platformPipelineStatus(id, input.projects, refDate)),
    charts: {
      investmentByIndustry: investmentByIndustry(input.projects, platformId),
      landByState: landByStatePerPlatform(input.landTotals, input.platformIds, platformId),
      funnel: pipelineFunnel(input.projects, platformId),
      shenzhenFunnel: pipelineFunnel(input.projects, platformId, 'shenzhen'),
      redevelopment: {
        year: chartYear,
        // A platform-scoped target only applies to the chart when the chart shows that platform (or everything).
        targetM2:
          chartTarget &&
          (platformId == null || chartTarget.scope === 'zone' || chartTarget.scope === platformId)
            ? chartTarget.value
            : null,
        data: redevelopmentByTypeStage(
          input.redevelopment,
          chartYear,
          platformId ?? (chartTarget && chartTarget.scope !== 'zone' ? chartTarget.scope : null),
        ),
      },
    },
    redevelopment: areaTargets
      .filter((t) => platformId == null || t.scope === 'zone' || t.scope === platformId)
      .map((t) =>
        redevelopmentTracker(input.redevelopment, {
          year: t.year,
          targetM2: t.value,
          refDate,
          platformId: t.scope === 'zone' ? platformId : t.scope,
        }),
      ),
  };
}
