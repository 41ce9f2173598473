/**
 * Shapes land-balance and matching results for the wire: platform names, parcel codes and project names are
 * added so the client can show them without further requests. Areas 亩, floor space ㎡, money 万元.
 */

import type { Industry, Origin, ProjectStage } from '../../domain/enums.ts';
import type {
  Assignment,
  CandidateView,
  LandBalance,
  LandBalanceOptions,
  MatchResult,
  Reason,
  UnmatchedCode,
} from '../../domain/land-balance/index.ts';
import { computeDemand } from '../../domain/land-balance/index.ts';
import type { LandBalanceData } from './service.ts';

/** The options as the API echoes them (query names). */
export type OptionsEcho = {
  refDate: string;
  horizon: string | null;
  platform: string | null;
  industry: Industry | null;
  includeReserve: boolean;
  includeRedevelopment: boolean;
  slack: number;
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
  };
}

const platformNames = (d: LandBalanceData) =>
  d.platforms.map((p) => ({
    id: p.id,
    nameZh: p.nameZh,
    nameEn: p.nameEn,
    focusIndustries: p.focusIndustries,
  }));

const codesOf = (d: LandBalanceData, ids: readonly string[]) => ids.map((id) => d.parcelCodes.get(id) ?? id);

/** GET /api/land-balance body: supply, demand and shortfall tables. */
export function balanceView(d: LandBalanceData, b: LandBalance, o: LandBalanceOptions) {
  const redevCodes = new Map(d.redevelopment.map((s) => [s.id, s.code]));
  return {
    options: echoOptions(o),
    platforms: platformNames(d),
    shortfall: b.shortfall,
    supply: {
      total: b.supply.total,
      rows: b.supply.rows,
      items: b.supply.items.map((it) => ({
        ...it,
        code: (it.source === 'redevelopment' ? redevCodes.get(it.id) : d.parcelCodes.get(it.id)) ?? it.id,
      })),
      excluded: b.supply.excluded,
    },
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
    candidates[id] = list.map((c) => ({ ...c, parcelCodes: codesOf(d, c.parcelIds) }));
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
      matchedDemandMu: matched.reduce((t, r) => t + r.landDemandMu, 0),
      unmatchedDemandMu: rows.reduce((t, r) => t + (r.status === 'unmatched' ? r.landDemandMu : 0), 0),
    },
    projects: rows,
    assignments,
    candidates,
    unmatched: m.unmatched,
    solver: m.solver,
  };
}
