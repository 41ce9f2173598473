/**
 * Shapes land-balance and matching results for the wire: platform names, parcel codes and project names are
 * added so the client can show them without further requests. Areas 亩, floor space ㎡, money 万元.
 */

import type { Industry, Origin, ProjectStage } from '../../domain/enums.ts';
import type {
  Assignment,
  CandidateView,
  LandBalanceOptions,
  MatchResult,
  Reason,
  UnmatchedCode,
} from '../../domain/land-balance/index.ts';
import { computeDemand } from '../../domain/land-balance/index.ts';
import { mergedRemark } from '../../domain/land-balance/reasons.ts';
import type { AreaGeometry } from '../../domain/schemas.ts';
import type { BalanceData, BalanceSummary, LandBalanceData } from './service.ts';

/** The options as the API echoes them (query names). */
export type OptionsEcho = {
  refDate: string;
  horizon: string | null;
  platform: string | null;
  industry: Industry | null;
  includeReserve: boolean;
  includeRedevelopment: boolean;
  slack: number;
  keepTarget: boolean;
  policy: LandBalanceOptions['policy'];
};

/** Echo of parsed options under their query names. */
export function echoOptions(o: LandBalanceOptions): OptionsEcho {
  return {
    refDate: o.asOf,
    horizon: o.horizon ?? null,
    platform: o.platformId ?? null,
    industry: o.industry ?? null,
    includeReserve: o.includeReserve,
    includeRedevelopment: o.includeRedevelopment,
    slack: o.slack,
    keepTarget: o.keepTarget,
    policy: o.policy,
  };
}

const platformNames = (d: Pick<BalanceData, 'platforms'>) =>
  d.platforms.map((p) => ({
    id: p.id,
    nameZh: p.nameZh,
    nameEn: p.nameEn,
    focusIndustries: p.focusIndustries,
  }));

const codesOf = (d: LandBalanceData, ids: readonly string[]) => ids.map((id) => d.parcelCodes.get(id) ?? id);

export { SUPPLY_LIST_LIMIT } from './supply-summary.ts';

/**
 * GET /api/land-balance body: supply, demand and shortfall tables; the supply's item lists capped with their
 * totals (`itemsTotal`, `excludedTotal`, `excludedByReason`, `limit`, `truncated`).
 */
export function balanceView(d: Pick<BalanceData, 'platforms'>, b: BalanceSummary, o: LandBalanceOptions) {
  return {
    options: echoOptions(o),
    platforms: platformNames(d),
    shortfall: b.shortfall,
    supply: b.supply,
    demand: b.demand,
  };
}

/** A candidate site with its parcel codes. */
export type CandidateOut = CandidateView & { parcelCodes: string[] };
/** An assignment with its parcel codes. */
export type AssignmentOut = Assignment & { parcelCodes: string[] };

/** One pipeline project of the list, with its status. */
export type PipelineRow = {
  projectId: string;
  name: string;
  enterprise: string;
  industry: Industry;
  origin: Origin;
  stage: ProjectStage;
  /** Target platform id, or `unassigned`. */
  platformId: string;
  landDemandMu: number;
  floorDemandM2: number;
  investmentWan: number;
  neededBy: string;
  status: 'matched' | 'unmatched';
  /** Platform of the assigned site (null when unmatched): where the project is placed, not where it aimed. */
  assignedPlatformId: string | null;
  /** True when the assigned site is off the target platform (跨平台); see `assignment.crossReason`. */
  crossPlatform: boolean;
  /** Held on its site by a planner's lock. */
  locked: boolean;
  /** Kept out of matching by a planner. */
  excluded: boolean;
  assignment: AssignmentOut | null;
  reason: Reason<UnmatchedCode> | null;
  /** Fitting sites listed for it (at most `candidatesPerProject`). */
  candidateCount: number;
};

/** GET /api/land-balance/matches body: the pipeline list with statuses, assignments, candidates, reasons. */
export function matchesView(d: LandBalanceData, m: MatchResult, o: LandBalanceOptions) {
  const assignments: AssignmentOut[] = m.assignments.map((a) => ({
    ...a,
    parcelCodes: codesOf(d, a.parcelIds),
  }));
  const candidates: Record<string, CandidateOut[]> = {};
  for (const [id, list] of Object.entries(m.candidates)) {
    candidates[id] = list.map((c) => {
      const parcelCodes = codesOf(d, c.parcelIds);
      // Planners know parcels by code: the merged-site remark names codes (its details keep the ids).
      const reasons = c.reasons.map((r) =>
        r.code === 'merged' ? { ...mergedRemark(parcelCodes), details: r.details } : r,
      );
      return { ...c, reasons, parcelCodes };
    });
  }
  const byProject = new Map(assignments.map((a) => [a.projectId, a]));
  const reasons = new Map(m.unmatched.map((u) => [u.projectId, u.reason]));
  const projects = new Map(d.projects.map((p) => [p.id, p]));
  // Demand items are the projects matching saw, ordered by the date they need land.
  const rows: PipelineRow[] = computeDemand(d.projects, o).items.map((it) => {
    const p = projects.get(it.projectId);
    const assignment = byProject.get(it.projectId) ?? null;
    return {
      projectId: it.projectId,
      name: it.name,
      enterprise: p?.enterprise ?? '',
      industry: it.industry,
      origin: p?.origin ?? 'other',
      stage: it.stage,
      platformId: it.platformId,
      landDemandMu: it.landMu,
      floorDemandM2: it.floorM2,
      investmentWan: it.investmentWan,
      neededBy: it.neededBy,
      status: assignment ? 'matched' : 'unmatched',
      assignedPlatformId: assignment?.platformId ?? null,
      crossPlatform: assignment?.crossPlatform ?? false,
      locked: assignment?.locked ?? false,
      excluded: reasons.get(it.projectId)?.code === 'excluded_by_planner',
      assignment,
      reason: assignment ? null : (reasons.get(it.projectId) ?? null),
      candidateCount: candidates[it.projectId]?.length ?? 0,
    };
  });
  const matched = rows.filter((r) => r.status === 'matched');
  return {
    options: echoOptions(o),
    platforms: platformNames(d),
    summary: {
      pipeline: rows.length,
      matched: matched.length,
      unmatched: rows.length - matched.length,
      crossPlatform: matched.filter((r) => r.crossPlatform).length,
      matchedDemandMu: matched.reduce((t, r) => t + r.landDemandMu, 0),
      unmatchedDemandMu: rows.reduce((t, r) => t + (r.status === 'unmatched' ? r.landDemandMu : 0), 0),
    },
    projects: rows,
    assignments,
    candidates,
    unmatched: m.unmatched,
    lockViolations: m.lockViolations,
    solver: m.solver,
  };
}

/** A parcel (or 三旧 site) of a project's candidate sites, as a map feature. */
export type CandidateFeature = {
  type: 'Feature';
  id: string;
  geometry: AreaGeometry;
  properties: {
    /** Parcel id, or the 三旧 site id. */
    id: string;
    kind: 'parcel' | 'redevelopment';
    code: string;
    /** Ranks of the candidate sites it belongs to, best first. */
    ranks: number[];
    /** Best rank, for styling and labels. */
    rank: number;
    /** Part of the site the project is assigned to. */
    assigned: boolean;
  };
};

/**
 * The parcels and 三旧 sites of `candidates` and `assignment` as features (one per parcel: merged sites share
 * parcels, so a parcel lists every rank it takes part in). `geometryOf` reads boundaries by id.
 */
export function candidateFeatures(
  d: LandBalanceData,
  candidates: readonly CandidateOut[],
  assignment: AssignmentOut | null,
  geometryOf: (parcelIds: string[], redevIds: string[]) => Map<string, AreaGeometry>,
): { type: 'FeatureCollection'; features: CandidateFeature[] } {
  const parts = new Map<string, { kind: 'parcel' | 'redevelopment'; ranks: number[]; assigned: boolean }>();
  const partsOf = (siteId: string, parcelIds: readonly string[]) =>
    siteId.startsWith(REDEV_PREFIX)
      ? [{ id: siteId.slice(REDEV_PREFIX.length), kind: 'redevelopment' as const }]
      : parcelIds.map((id) => ({ id, kind: 'parcel' as const }));
  for (const c of candidates) {
    for (const p of partsOf(c.siteId, c.parcelIds)) {
      const e = parts.get(p.id) ?? { kind: p.kind, ranks: [], assigned: false };
      e.ranks.push(c.rank);
      parts.set(p.id, e);
    }
  }
  if (assignment) {
    for (const p of partsOf(assignment.siteId, assignment.parcelIds)) {
      const e = parts.get(p.id) ?? { kind: p.kind, ranks: [assignment.rank], assigned: false };
      e.assigned = true;
      parts.set(p.id, e);
    }
  }
  const ids = (kind: 'parcel' | 'redevelopment') =>
    [...parts].filter(([, e]) => e.kind === kind).map(([id]) => id);
  const geoms = geometryOf(ids('parcel'), ids('redevelopment'));
  const redevCodes = new Map(d.redevelopment.map((s) => [s.id, s.code]));
  const features: CandidateFeature[] = [];
  for (const [id, e] of parts) {
    const geometry = geoms.get(id);
    if (!geometry) continue;
    const ranks = [...new Set(e.ranks)].sort((a, b) => a - b);
    features.push({
      type: 'Feature',
      id,
      geometry,
      properties: {
        id,
        kind: e.kind,
        code: (e.kind === 'parcel' ? d.parcelCodes.get(id) : redevCodes.get(id)) ?? id,
        ranks,
        rank: ranks[0] ?? 0,
        assigned: e.assigned,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Candidate-site ids of 三旧 land output start with this (see domain/land-balance/site-universe.ts). */
const REDEV_PREFIX = 'redev:';

/** The GET /api/land-balance/matches body. */
export type MatchesView = ReturnType<typeof matchesView>;
