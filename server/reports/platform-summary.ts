/**
 * Figures of the platform report: parcels by land state (count, ㎡), projects and planned investment (万元)
 * by stage, and the signed / landed totals the zone reports on (the article's figures: geodata/README.md).
 */
import { LAND_STATES, type LandState, PROJECT_STAGES, type ProjectStage } from '../../domain/enums.ts';
import type { Parcel, Project } from '../../domain/schemas.ts';

/** Count and summed value of a group. */
export interface Tally<K> {
  key: K;
  count: number;
  /** ㎡ for parcel groups, 万元 for project groups. */
  total: number;
}

/** The platform report's figures. */
export interface PlatformSummary {
  parcelCount: number;
  parcelAreaM2: number;
  /** Ready (净地可供) or listed (挂牌) land, ㎡: what can be supplied now. */
  availableM2: number;
  byState: Tally<LandState>[];
  projectCount: number;
  investmentWan: number;
  /** Projects signed (签约) or later, not terminated, and their planned investment, 万元. */
  signed: { count: number; investmentWan: number };
  /** Projects with land (已拿地) or later, not terminated. */
  landed: { count: number; investmentWan: number };
  byStage: Tally<ProjectStage>[];
}

const stageIndex = (s: ProjectStage): number => PROJECT_STAGES.indexOf(s);

function tally<K, T>(
  keys: readonly K[],
  items: readonly T[],
  keyOf: (t: T) => K,
  value: (t: T) => number,
): Tally<K>[] {
  return keys
    .map((key) => {
      const group = items.filter((t) => keyOf(t) === key);
      return { key, count: group.length, total: group.reduce((s, t) => s + value(t), 0) };
    })
    .filter((t) => t.count > 0);
}

/** Summary of a platform's parcels and projects (groups with no members are left out). */
export function summarisePlatform(parcels: readonly Parcel[], projects: readonly Project[]): PlatformSummary {
  const live = projects.filter((p) => p.stage !== 'terminated');
  const from = (stage: ProjectStage) => live.filter((p) => stageIndex(p.stage) >= stageIndex(stage));
  const sum = (ps: readonly Project[]) => ps.reduce((s, p) => s + p.investmentWan, 0);
  return {
    parcelCount: parcels.length,
    parcelAreaM2: parcels.reduce((s, p) => s + p.areaM2, 0),
    availableM2: parcels
      .filter((p) => p.state === 'ready' || p.state === 'listed')
      .reduce((s, p) => s + p.areaM2, 0),
    byState: tally(
      LAND_STATES,
      parcels,
      (p) => p.state,
      (p) => p.areaM2,
    ),
    projectCount: projects.length,
    investmentWan: sum(projects),
    signed: { count: from('signed').length, investmentWan: sum(from('signed')) },
    landed: { count: from('land_acquired').length, investmentWan: sum(from('land_acquired')) },
    byStage: tally(
      PROJECT_STAGES,
      projects,
      (p) => p.stage,
      (p) => p.investmentWan,
    ),
  };
}
