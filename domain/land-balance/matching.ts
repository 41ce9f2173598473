/**
 * Matching of pipeline projects to candidate sites (项目—用地匹配): builds the sites, ranks the fitting ones
 * per project, solves the packing exactly (solve-assignment.ts) and explains every project left without a
 * site. Areas in 亩, floor space in ㎡, investment 万元, intensity 万元/亩.
 * Filters (`platformId`, `industry`) choose which projects are matched; all supply stays open to them.
 */
import { compareIso } from '../dates.ts';
import { investmentIntensity } from '../indicators.ts';
import type { Platform } from '../schemas.ts';
import type { AdjacencyOptions } from './adjacency.ts';
import type { CandidateSite } from './candidate-sites.ts';
import { computeDemand } from './demand.ts';
import {
  type LandBalanceInput,
  type LandBalanceOptions,
  type ParcelWithGeometry,
  parseOptions,
} from './options.ts';
import { applyOverrides, type Lock, NO_OVERRIDES } from './overrides.ts';
import { byPriority, type FitList, type MatchProject, rankFits, TARGET_SCORE } from './project-fit.ts';
import * as R from './reasons.ts';
import { buildSiteUniverse } from './site-universe.ts';
import { solveAssignment } from './solve-assignment.ts';
import type { SolverContext } from './solver-context.ts';
import { redevelopmentSupply } from './supply.ts';
import { unmatchedReason } from './unmatched-reasons.ts';

/** A project placed on a site. */
export interface Assignment {
  projectId: string;
  siteId: string;
  /** Parcels of the site (empty for a 三旧改造 site). */
  parcelIds: string[];
  platformId: string;
  /** Site area, 亩. */
  areaMu: number;
  /** Project land demand, 亩. */
  demandMu: number;
  /** Site area the project leaves unused, 亩. */
  unusedMu: number;
  /** Planned investment ÷ site area, 万元/亩 (null when the investment is unknown/zero area). */
  intensityWanPerMu: number | null;
  /** Rank of the site among the project's fitting sites (1 = its best). */
  rank: number;
  /** Platform preference 1–3 (2 target platform, +1 focus includes the industry; 0 does not suit). */
  score: number;
  /** The project's target platform, or null when it has none. */
  targetPlatformId: string | null;
  /** True when the site is not on the project's target platform (跨平台). */
  crossPlatform: boolean;
  /** Why it sits off its target platform (null when it does not). */
  crossReason: R.Reason<R.CrossCode> | null;
  /** Placed by a planner's lock. */
  locked: boolean;
}

/** A fitting site shown to the planner. */
export interface CandidateView {
  siteId: string;
  parcelIds: string[];
  areaMu: number;
  platformId: string;
  /** Available from (ISO). */
  availableFrom: string;
  rank: number;
  score: number;
  reasons: R.Reason<R.CandidateCode>[];
}

/** A project without a site, and why. */
export interface Unmatched {
  projectId: string;
  reason: R.Reason<R.UnmatchedCode>;
}

/**
 * How the solution was obtained. `gap`: relative gap left on the first objective level not proven — HiGHS's
 * MIP gap, or, when time ran out before a MIP could run, the distance to that level's upper bound; 0 = proven
 * optimal. `timeLimitSec` bounds the whole run; building sites cannot be interrupted, solving can.
 */
export interface SolverInfo {
  status: 'optimal' | 'time_limit' | 'failed';
  optimal: boolean;
  gap: number;
  /** Whole matching time (sites, adjacency, ranking, solving), ms. */
  timeMs: number;
  /** Candidate sites built; `truncated` when the site cap was hit (then optimality is over the sites built). */
  sites: number;
  truncated: boolean;
  adjacentPairs: number;
  /** Fitting (project, site) pairs. */
  fits: number;
  /** Conflict components (projects without a fitting site count one each). */
  components: number;
  /** Exact MIPs run (on components, or on the stuck core of one — see solve-assignment.ts); 0 = all certified. */
  mipComponents: number;
  largestMip: { columns: number; rows: number };
}

/** Result of `matchProjects`. */
export interface MatchResult {
  assignments: Assignment[];
  /** Best-ranked fitting sites per project id (at most `candidatesPerProject`), for every matched-for project. */
  candidates: Record<string, CandidateView[]>;
  unmatched: Unmatched[];
  /** Locks not applied: the project is matched here but the site is no longer among its fits (or taken by another lock). */
  lockViolations: Lock[];
  solver: SolverInfo;
}

const platformName = (platforms: ReadonlyMap<string, Platform>, id: string): R.PlatformName => {
  const p = platforms.get(id);
  return { id, zh: p?.nameZh ?? id, en: p?.nameEn ?? id };
};

/**
 * The projects matching works on (pipeline, filtered, with a land demand in 亩), in priority order, with
 * their demand windows and deadlines; projects needing floor space only are returned as unmatched.
 */
export function matchableProjects(
  input: LandBalanceInput<ParcelWithGeometry>,
  o: LandBalanceOptions,
): { toMatch: MatchProject[]; unmatched: Unmatched[] } {
  const projectsById = new Map(input.projects.map((p) => [p.id, p]));
  const demand = computeDemand(input.projects, o).items;

  const unmatched: Unmatched[] = [];
  const toMatch: MatchProject[] = [];
  // 三旧 floor space per platform (㎡), null when redevelopment is not counted: floor-only projects are told
  // what their target platform offers, not the zone total.
  const floorByPlatform = o.includeRedevelopment ? new Map<string, number>() : null;
  if (floorByPlatform) {
    for (const s of redevelopmentSupply(input.redevelopment, o).items) {
      floorByPlatform.set(s.platformId, (floorByPlatform.get(s.platformId) ?? 0) + s.floorM2);
    }
  }
  const platforms = new Map(input.platforms.map((p) => [p.id, p]));
  for (const d of demand) {
    const project = projectsById.get(d.projectId)!;
    if (d.landMu <= 0) {
      const target = project.targetPlatformId;
      let floor: number | null = null;
      if (floorByPlatform) {
        floor = target
          ? (floorByPlatform.get(target) ?? 0)
          : [...floorByPlatform.values()].reduce((t, x) => t + x, 0);
      }
      const name = target ? platformName(platforms, target) : null;
      unmatched.push({ projectId: d.projectId, reason: R.floorSpaceOnly(d.floorM2, name, floor) });
      continue;
    }
    const deadline = project.neededBy
      ? compareIso(project.neededBy, o.asOf) < 0
        ? o.asOf
        : project.neededBy
      : null;
    toMatch.push({
      project,
      demandMu: d.landMu,
      window: { lowMu: d.landMu, highMu: d.landMu * (1 + o.slack) },
      deadline,
    });
  }
  toMatch.sort(byPriority);
  return { toMatch, unmatched };
}

/** The best-ranked fitting sites of project `p` (at most `limit`), with the remarks a planner reads. */
function candidateViews(
  p: MatchProject,
  list: FitList,
  sites: readonly CandidateSite[],
  platforms: ReadonlyMap<string, Platform>,
  o: LandBalanceOptions,
): CandidateView[] {
  const shown = Math.min(o.candidatesPerProject, list.site.length);
  return Array.from({ length: shown }, (_, k) => {
    const s = sites[list.site[k]!]!;
    const score = list.score[k]!;
    const reasons = [
      R.platformRemark(score, platformName(platforms, s.platformId), p.project.industry),
      R.areaRemark(s.areaMu, p.demandMu),
    ];
    if (s.kind === 'merged') reasons.push(R.mergedRemark(s.parcelIds));
    reasons.push(R.readyRemark(s.availableFrom, o.asOf));
    return {
      siteId: s.id,
      parcelIds: s.parcelIds,
      areaMu: s.areaMu,
      platformId: s.platformId,
      availableFrom: s.availableFrom,
      rank: k + 1,
      score,
      reasons,
    };
  });
}

/** Project `p` placed on the k-th site of its ranked fits (the caller fills `crossReason` and `locked`). */
function assignmentOf(p: MatchProject, list: FitList, k: number, s: CandidateSite): Assignment {
  return {
    targetPlatformId: p.project.targetPlatformId,
    crossPlatform: p.project.targetPlatformId != null && s.platformId !== p.project.targetPlatformId,
    crossReason: null,
    locked: false,
    projectId: p.project.id,
    siteId: s.id,
    parcelIds: s.parcelIds,
    platformId: s.platformId,
    areaMu: s.areaMu,
    demandMu: p.demandMu,
    unusedMu: s.areaMu - p.demandMu,
    intensityWanPerMu: investmentIntensity(p.project.investmentWan, s.areaMu),
    rank: k + 1,
    score: list.score[k]!,
  };
}

/**
 * Matches the pipeline projects (filtered by options) to candidate sites, exactly (see solve-assignment.ts).
 * Parcels need geometry for adjacency. `ctx` gives the loaded solver and the clock of the time limit and of
 * `solver.timeMs`. Deterministic: the same input gives the same output unless the time limit is hit.
 */
export function matchProjects(
  input: LandBalanceInput<ParcelWithGeometry>,
  ctx: SolverContext,
  adjacency: AdjacencyOptions = {},
): MatchResult {
  const started = ctx.now();
  const o = parseOptions(input.options);
  const ov = input.overrides ?? NO_OVERRIDES;
  const platforms = new Map(input.platforms.map((p) => [p.id, p]));
  const { toMatch, unmatched } = withoutExcluded(matchableProjects(input, o), ov.excludedProjects);
  const windows = toMatch.map((p) => p.window);
  const universe = buildSiteUniverse(input.parcels, input.redevelopment, windows, o, adjacency);
  const { sites } = universe;
  const ranked: FitList[] = rankFits(toMatch, sites, platforms);
  // The fits a planner is shown (policy and exclusions applied), and those the solver gets (locks too).
  const fits = applyOverrides(toMatch, ranked, sites, o.keepTarget, { ...ov, locks: [] }).fits;
  const solved = applyOverrides(toMatch, ranked, sites, o.keepTarget, ov);
  const deadline = started + o.timeLimitSec * 1000;
  const { choice, report } = solveAssignment(ctx, toMatch, solved.fits, sites, deadline, {
    policy: o.policy,
  });
  const placed = { toMatch, fits, solvedFits: solved.fits, choice, sites, platforms };
  const { assignments, holderOfResource } = collectAssignments(
    placed,
    new Set(solved.applied.map((l) => l.projectId)),
  );
  const optimal = report.status === 'optimal';
  explainUnmatched(placed, ranked, o.keepTarget, { holderOfResource, optimal }, unmatched);
  return {
    assignments,
    candidates: Object.fromEntries(
      toMatch.map((p, i) => [p.project.id, candidateViews(p, fits[i]!, sites, platforms, o)]),
    ),
    unmatched,
    lockViolations: solved.lockViolations,
    solver: {
      status: report.status,
      optimal: optimal && !universe.truncated,
      gap: report.gap,
      timeMs: Math.round(ctx.now() - started),
      sites: sites.length,
      truncated: universe.truncated,
      adjacentPairs: universe.adjacentPairs,
      fits: fits.reduce((t, l) => t + l.site.length, 0),
      components: report.components,
      mipComponents: report.mipComponents,
      largestMip: report.largestMip,
    },
  };
}

/** The projects to match less those the planner excluded (listed as unmatched with that reason). */
function withoutExcluded(
  all: { toMatch: MatchProject[]; unmatched: Unmatched[] },
  excluded: readonly string[],
): { toMatch: MatchProject[]; unmatched: Unmatched[] } {
  const out = new Set(excluded);
  const unmatched = [...all.unmatched];
  for (const p of all.toMatch) {
    if (out.has(p.project.id)) unmatched.push({ projectId: p.project.id, reason: R.excludedByPlanner() });
  }
  return { toMatch: all.toMatch.filter((p) => !out.has(p.project.id)), unmatched };
}

/** What the solver placed: the projects, their shown and solved fits, the chosen fit per project (−1 = none). */
interface Placed {
  toMatch: MatchProject[];
  fits: FitList[];
  solvedFits: FitList[];
  choice: ArrayLike<number>;
  sites: CandidateSite[];
  platforms: ReadonlyMap<string, Platform>;
}

/** The assignments (with cross-platform reasons) and which project holds each parcel resource. */
function collectAssignments(
  { toMatch, fits, solvedFits, choice, sites, platforms }: Placed,
  lockedIds: ReadonlySet<string>,
): { assignments: Assignment[]; holderOfResource: Map<number, MatchProject> } {
  const assignments: Assignment[] = [];
  const holderOfResource = new Map<number, MatchProject>();
  const byProject = new Map<string, Assignment>();
  toMatch.forEach((p, i) => {
    if (choice[i]! < 0) return;
    const si = solvedFits[i]!.site[choice[i]!]!;
    const s = sites[si]!;
    for (const r of s.resources) holderOfResource.set(r, p);
    const a = assignmentOf(p, fits[i]!, fits[i]!.site.indexOf(si), s);
    a.locked = lockedIds.has(p.project.id);
    assignments.push(a);
    byProject.set(p.project.id, a);
  });
  // Reasons name the holders of the target platform's sites, so they follow once every holder is known.
  toMatch.forEach((p, i) => {
    const a = byProject.get(p.project.id);
    if (a?.crossPlatform) a.crossReason = crossReason(p, fits[i]!, a, { sites, platforms, holderOfResource });
  });
  return { assignments, holderOfResource };
}

/** Appends the reason of every project the solver left without a site. */
function explainUnmatched(
  { toMatch, fits, choice, sites, platforms }: Placed,
  ranked: FitList[],
  keepTarget: boolean,
  ctx: { holderOfResource: Map<number, MatchProject>; optimal: boolean },
  unmatched: Unmatched[],
): void {
  toMatch.forEach((p, i) => {
    if (choice[i]! >= 0) return;
    const offTarget = fits[i]!.site.length === 0 && ranked[i]!.site.length > 0 && keepTarget;
    unmatched.push({
      projectId: p.project.id,
      reason: offTarget
        ? R.onlyOffTarget(ranked[i]!.site.length, platformName(platforms, p.project.targetPlatformId ?? ''))
        : unmatchedReason(p, fits[i]!, { sites, platforms, ...ctx }),
    });
  });
}

/**
 * Why matched project `p` sits off its target platform: no site there fits it, or its fitting sites there
 * went to other projects (named, best-ranked site first).
 */
function crossReason(
  p: MatchProject,
  list: FitList,
  a: Assignment,
  ctx: {
    sites: readonly CandidateSite[];
    platforms: ReadonlyMap<string, Platform>;
    holderOfResource: ReadonlyMap<number, MatchProject>;
  },
): R.Reason<R.CrossCode> {
  const target = platformName(ctx.platforms, a.targetPlatformId ?? '');
  const placed = platformName(ctx.platforms, a.platformId);
  const holders = new Map<string, R.Holder>();
  let fitting = 0;
  for (let k = 0; k < list.site.length && list.score[k]! >= TARGET_SCORE; k++) {
    fitting++;
    for (const r of ctx.sites[list.site[k]!]!.resources) {
      const h = ctx.holderOfResource.get(r);
      if (h && h !== p)
        holders.set(h.project.id, { projectId: h.project.id, name: h.project.name, stage: h.project.stage });
    }
  }
  return fitting === 0
    ? R.targetNoFit(target, placed)
    : R.targetTaken(target, placed, fitting, [...holders.values()]);
}
