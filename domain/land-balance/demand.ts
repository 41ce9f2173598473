/**
 * Land and floor-space demand (需求) of pipeline projects: 在谈 negotiating, 过会 approved, 签约 signed without
 * land (`isPipeline`). Land in 亩 and floor space in ㎡ are kept apart; a project may ask for both.
 * Demand is dated by `neededBy`; an unknown or past date counts as needed at `asOf` (flagged `assumedNow`).
 */

import { compareIso, quarterOf } from '../dates.ts';
import type { Industry, ProjectStage } from '../enums.ts';
import { isPipeline } from '../project-stages.ts';
import type { Project } from '../schemas.ts';
import type { LandBalanceOptions } from './options.ts';

/** Key used for projects without a target platform. */
export const UNASSIGNED_PLATFORM = 'unassigned';

/** One pipeline project's demand. */
export interface DemandItem {
  projectId: string;
  name: string;
  stage: ProjectStage;
  industry: Industry;
  /** Target platform id, or `unassigned`. */
  platformId: string;
  /** Land demand, 亩 (0 when the project asks for floor space only). */
  landMu: number;
  /** Floor-space demand, ㎡. */
  floorM2: number;
  /** Planned investment, 万元. */
  investmentWan: number;
  /** Date the land is counted as needed (≥ asOf). */
  neededBy: string;
  /** True when `neededBy` was unknown or already past and `asOf` is used instead. */
  assumedNow: boolean;
  quarter: string;
}

/** Why a pipeline project was not counted. */
export type DemandExclusion = 'beyond_horizon' | 'filtered_out' | 'no_demand';

/** Result of `computeDemand`. */
export interface Demand {
  items: DemandItem[];
  total: { landMu: number; floorM2: number };
  excluded: Array<{ projectId: string; reason: DemandExclusion }>;
}

/** True for a project whose land demand is still open: pipeline stage and no parcel held. */
export function isPipelineProject(p: Project): boolean {
  return isPipeline(p.stage, p.parcelIds.length > 0);
}

/** Demand of pipeline projects, filtered by `platformId` (target platform) and `industry`, within `horizon`. */
export function computeDemand(projects: readonly Project[], o: LandBalanceOptions): Demand {
  const items: DemandItem[] = [];
  const excluded: Demand['excluded'] = [];
  for (const p of projects) {
    if (!isPipelineProject(p)) continue;
    const platformId = p.targetPlatformId ?? UNASSIGNED_PLATFORM;
    if ((o.platformId && platformId !== o.platformId) || (o.industry && p.industry !== o.industry)) {
      excluded.push({ projectId: p.id, reason: 'filtered_out' });
      continue;
    }
    const landMu = p.landDemandMu ?? 0;
    const floorM2 = p.floorDemandM2 ?? 0;
    if (landMu <= 0 && floorM2 <= 0) {
      excluded.push({ projectId: p.id, reason: 'no_demand' });
      continue;
    }
    const neededBy = p.neededBy && compareIso(p.neededBy, o.asOf) >= 0 ? p.neededBy : o.asOf;
    const assumedNow = neededBy !== p.neededBy;
    if (o.horizon && compareIso(neededBy, o.horizon) > 0) {
      excluded.push({ projectId: p.id, reason: 'beyond_horizon' });
      continue;
    }
    items.push({
      projectId: p.id,
      name: p.name,
      stage: p.stage,
      industry: p.industry,
      platformId,
      landMu,
      floorM2,
      investmentWan: p.investmentWan,
      neededBy,
      assumedNow,
      quarter: quarterOf(neededBy),
    });
  }
  items.sort((a, b) => compareIso(a.neededBy, b.neededBy) || (a.projectId < b.projectId ? -1 : 1));
  const total = items.reduce((t, d) => ({ landMu: t.landMu + d.landMu, floorM2: t.floorM2 + d.floorM2 }), {
    landMu: 0,
    floorM2: 0,
  });
  return { items, total, excluded };
}
