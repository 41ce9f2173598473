/**
 * Chooses one site per project (or none) so that no parcel is used twice, maximising the objective levels of
 * project-fit.ts exactly. Every level is a sum of per-project terms; levels 1–4 (stage demand, investment)
 * depend only on WHICH projects are matched, the last (platform preference) on the site's score. So a
 * project's largest possible term on every level at once is "matched at its best score" — the upper bound
 * used below.
 *
 * 1. Projects without a fitting site leave. The rest split into conflict components (projects linked when
 *    their fitting sites share a parcel), solved independently — exact, since components never compete.
 * 2. In each component a greedy pass (priority order, each takes its best-ranked free site) and then a
 *    scarcity pass (fewest best-score sites first, with one-step repair) are tried. If either matches every
 *    project at its best score, every level is at its upper bound: proven optimal, no MIP.
 * 3. Otherwise safe projects are peeled (presolve.ts `peelSafe`, exact), the rest re-split into components
 *    and certified again, and only what is left goes to the exact MIP (packing-ilp.ts) with dominated sites
 *    dropped (presolve.ts `undominatedFits`), warm-started from the greedy solution. Peeled projects are then
 *    placed, in reverse peeling order, on their best-ranked free site of their best score (one always exists).
 * 4. Finally each matched project, in priority order, moves to its best-ranked site still free — this never
 *    lowers any level (same projects, preference ≥) and gives the best fit the levels leave open.
 * A deadline bounds the whole solve; a component reached after it keeps its greedy solution and reports the
 * gap to its level upper bounds.
 */
import type { CandidateSite } from './candidate-sites.ts';
import { componentColumns, sitesByResources } from './component-mip.ts';
import type { PlacementPolicy } from './option-defaults.ts';
import { solvePacking } from './packing-ilp.ts';
import { Placement } from './placement.ts';
import { conflictComponents, peelSafe } from './presolve.ts';
import { type FitList, levelCount, type MatchProject } from './project-fit.ts';
import type { SolverContext } from './solver-context.ts';

/** What the solver reports. */
export interface SolveReport {
  status: 'optimal' | 'time_limit' | 'failed';
  /** Largest relative MIP gap left in any component (0 when all proven optimal). */
  gap: number;
  /** Conflict components, counting each project without a fitting site as its own. */
  components: number;
  /** MIPs run, on components or their cores (the rest were proven optimal by the bound or by peeling). */
  mipComponents: number;
  /** Columns (project × site) and rows of the largest MIP. */
  largestMip: { columns: number; rows: number };
  solves: number;
  /** Projects placed by the safe-project reduction. */
  peeled: number;
}

/** Chosen fit per project (position in its ranked fit list), or -1. */
export interface SolveOutcome {
  choice: Int32Array;
  report: SolveReport;
}

/** Core refinement rounds per component before falling back to peeling and the MIP. */
const MAX_CORE_ROUNDS = 6;

/** One solve: the placement being built, the report, and what every step needs. */
class AssignmentSolver {
  readonly placement: Placement;
  readonly report: SolveReport = {
    status: 'optimal',
    gap: 0,
    components: 0,
    mipComponents: 0,
    largestMip: { columns: 0, rows: 0 },
    solves: 0,
    peeled: 0,
  };
  private siteByResources: Map<string, number> | undefined;

  constructor(
    private readonly ctx: SolverContext,
    private readonly projects: readonly MatchProject[],
    private readonly fits: readonly FitList[],
    private readonly sites: readonly CandidateSite[],
    private readonly numResources: number,
    private readonly deadlineMs: number,
    private readonly reduce: boolean,
    private readonly policy: PlacementPolicy,
  ) {
    this.placement = new Placement(fits, sites, numResources);
  }

  /** Exact solve of `members`, everything else held where it is, one conflict component at a time. */
  solveGroup(members: readonly number[], top: boolean, mayPeel: boolean): void {
    for (const comp of conflictComponents(members, this.fits, this.sites, this.numResources)) {
      if (top) this.report.components++;
      if (!this.reduce) this.mip(comp);
      else this.solveComponent(comp, mayPeel);
    }
  }

  /**
   * One component: the greedy then the scarcity certificate (all at their bound → optimal); else the core
   * refinement; else peel safe projects (presolve.ts) and solve the rest; else the MIP.
   */
  private solveComponent(comp: readonly number[], mayPeel: boolean): void {
    const pl = this.placement;
    pl.greedy(comp);
    if (pl.allAtBest(comp)) return;
    pl.clear(comp);
    pl.scarcity(comp);
    if (pl.allAtBest(comp)) return;
    const inCore = new Set(comp.filter((p) => !pl.isAtBest(p)));
    pl.clear(comp);
    if (this.refineCore(comp, inCore, mayPeel)) return;
    const peeled = mayPeel ? peelSafe(comp, this.fits, this.sites, this.numResources) : [];
    if (peeled.length === 0) this.mip(comp);
    else this.solvePeeled(comp, peeled);
  }

  /**
   * Core refinement: C (`inCore`) holds the projects the certificate left below their bound. Solve C alone
   * exactly (recursively), hold it, and try to place every other project R at its best score. If that
   * works, the result is optimal: any feasible solution restricted to C is feasible for C alone (so its C
   * part is lexicographically ≤ opt(C)), and its R part is ≤ best(R) on every level; a lexicographically ≤
   * vector plus a componentwise ≤ vector is lexicographically ≤ the sum, which this solution attains.
   * Projects of R that could not be placed join C and it repeats. The refinement pays while the core stays
   * small (a few stuck projects among many placed ones, at most a quarter of the component); in a real
   * shortage most projects are stuck and the whole-component MIP is cheaper. Both are exact. Returns true
   * when certified; otherwise `comp` is left cleared.
   */
  private refineCore(comp: readonly number[], inCore: Set<number>, mayPeel: boolean): boolean {
    const pl = this.placement;
    for (let round = 0; inCore.size * 4 <= comp.length && round < MAX_CORE_ROUNDS; round++) {
      this.solveGroup(
        comp.filter((p) => inCore.has(p)),
        false,
        mayPeel,
      );
      const rest = comp.filter((p) => !inCore.has(p));
      pl.scarcity(rest);
      const failing = rest.filter((p) => !pl.isAtBest(p));
      if (failing.length === 0) return true;
      pl.clear(comp);
      for (const p of failing) inCore.add(p);
    }
    return false;
  }

  /** Solves `comp` without the safe projects `peeled`, then places those in reverse peeling order. */
  private solvePeeled(comp: readonly number[], peeled: number[]): void {
    const pl = this.placement;
    this.report.peeled += peeled.length;
    const out = new Set(peeled);
    this.solveGroup(
      comp.filter((p) => !out.has(p)),
      false,
      false,
    );
    for (const p of peeled.reverse()) {
      const i = pl.firstFree(p, pl.bestScore(p));
      if (i < 0) throw new Error(`internal: safe project ${p} found no free site`);
      pl.take(p, i);
    }
  }

  /** The exact MIP of a component, warm-started from the greedy placement, within the deadline. */
  private mip(comp: readonly number[]): void {
    const pl = this.placement;
    const report = this.report;
    report.mipComponents++;
    pl.greedy(comp);
    this.siteByResources ??= sitesByResources(this.sites);
    const { columns, colOf, initial } = componentColumns(
      pl,
      this.projects,
      comp,
      this.siteByResources,
      this.policy,
    );
    const out = solvePacking(this.ctx, comp.length, levelCount(this.policy), columns, {
      timeLimitSec: (this.deadlineMs - this.ctx.now()) / 1000,
      initial,
    });
    report.solves += out.solves;
    if (out.size.columns > report.largestMip.columns) report.largestMip = out.size;
    if (out.status !== 'optimal') {
      report.status = report.status === 'failed' || out.status === 'failed' ? 'failed' : 'time_limit';
      report.gap = Math.max(report.gap, out.gap);
    }
    pl.clear(comp);
    out.chosen.forEach((v, j) => {
      if (v) pl.take(colOf[j]![0], colOf[j]![1]);
    });
  }
}

/** Number of resources the sites use (largest resource index + 1). */
function resourceCount(sites: readonly CandidateSite[]): number {
  let n = 0;
  for (const s of sites) for (const r of s.resources) n = Math.max(n, r + 1);
  return n;
}

/**
 * Solves the assignment. `projects` must be in priority order (byPriority) and `fits[p]` ranked (rankFits).
 * `deadlineMs` (on `ctx.now`'s clock) bounds the whole solve. `reductions: false` sends every component
 * straight to the MIP (for tests that check the reductions change nothing); `policy` orders the levels.
 */
export function solveAssignment(
  ctx: SolverContext,
  projects: readonly MatchProject[],
  fits: readonly FitList[],
  sites: readonly CandidateSite[],
  deadlineMs: number,
  opts: { reductions?: boolean; policy?: PlacementPolicy } = {},
): SolveOutcome {
  const solver = new AssignmentSolver(
    ctx,
    projects,
    fits,
    sites,
    resourceCount(sites),
    deadlineMs,
    opts.reductions ?? true,
    opts.policy ?? 'area_first',
  );
  const withFits = [...projects.keys()].filter((p) => fits[p]!.site.length > 0);
  solver.report.components = projects.length - withFits.length; // each project without a fit is alone
  solver.solveGroup(withFits, true, true);
  solver.placement.moveToBetterRanks();
  return { choice: solver.placement.choice, report: solver.report };
}
