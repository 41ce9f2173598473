/**
 * Chooses one site per project (or none) so that no parcel is used twice, maximising the objective levels of
 * project-fit.ts exactly.
 *
 * 1. Projects that can never compete (no shared parcel among their fitting sites) form separate components,
 *    solved independently — exact, and it keeps the MIPs small.
 * 2. In each component a greedy pass (priority order, each takes its best-ranked free site) is tried first.
 *    If every project with a fitting site gets one, and each gets a site of its best preference score, every
 *    level is at its upper bound: the greedy solution is proven optimal and no MIP is needed.
 * 3. Otherwise the component goes to the exact MIP (packing-ilp.ts), warm-started from the greedy solution.
 * 4. Finally each matched project, in priority order, moves to its best-ranked site still free — this never
 *    lowers any level (same projects, preference ≥) and gives the best fit the levels leave open.
 */
import type { Highs } from 'highs';
import type { CandidateSite } from './candidate-sites.ts';
import { type PackingColumn, solvePacking } from './packing-ilp.ts';
import { type Fit, LEVELS, levelsOf, type MatchProject } from './project-fit.ts';

/** What the solver reports. */
export interface SolveReport {
  status: 'optimal' | 'time_limit' | 'failed';
  /** Largest relative MIP gap left in any component (0 when all proven optimal). */
  gap: number;
  components: number;
  /** Components that needed the MIP (the rest were proven optimal by the greedy bound). */
  mipComponents: number;
  /** Columns (project × site) and rows of the largest MIP. */
  largestMip: { columns: number; rows: number };
  solves: number;
}

/** Chosen fit per project (index into its fits), or -1. */
export interface SolveOutcome {
  choice: Int32Array;
  report: SolveReport;
}

function components(
  projects: readonly MatchProject[],
  fits: readonly Fit[][],
  sites: readonly CandidateSite[],
): number[][] {
  const parent = Int32Array.from(projects.keys());
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const owner = new Map<number, number>();
  fits.forEach((list, p) => {
    for (const f of list) {
      for (const r of sites[f.site]!.resources) {
        const q = owner.get(r);
        if (q === undefined) owner.set(r, p);
        else parent[find(p)] = find(q);
      }
    }
  });
  const groups = new Map<number, number[]>();
  projects.forEach((_, p) => {
    const root = find(p);
    const g = groups.get(root);
    if (g) g.push(p);
    else groups.set(root, [p]);
  });
  return [...groups.values()];
}

/**
 * Solves the assignment. `projects` must be in priority order (byPriority) and `fits[p]` ranked (fitsOf).
 * `timeLimitSec` bounds the MIP time of all components together.
 */
export function solveAssignment(
  highs: Highs,
  projects: readonly MatchProject[],
  fits: readonly Fit[][],
  sites: readonly CandidateSite[],
  timeLimitSec: number,
): SolveOutcome {
  const choice = new Int32Array(projects.length).fill(-1);
  const used = new Set<number>();
  const report: SolveReport = {
    status: 'optimal',
    gap: 0,
    components: 0,
    mipComponents: 0,
    largestMip: { columns: 0, rows: 0 },
    solves: 0,
  };
  const started = Date.now();
  const free = (f: Fit): boolean => sites[f.site]!.resources.every((r) => !used.has(r));
  const take = (p: number, k: number, on: boolean): void => {
    for (const r of sites[fits[p]![k]!.site]!.resources) {
      if (on) used.add(r);
      else used.delete(r);
    }
    choice[p] = on ? k : -1;
  };

  for (const comp of components(projects, fits, sites)) {
    comp.sort((a, b) => a - b); // priority order, since `projects` is
    report.components++;
    let certified = true;
    for (const p of comp) {
      const list = fits[p]!;
      const k = list.findIndex(free);
      if (k >= 0) take(p, k, true);
      if (list.length > 0 && (k < 0 || list[k]!.score < list[0]!.score)) certified = false;
    }
    if (certified) continue;

    report.mipComponents++;
    const columns: PackingColumn[] = [];
    const colOf: Array<[number, number]> = [];
    const initial: number[] = [];
    comp.forEach((p, g) => {
      fits[p]!.forEach((f, k) => {
        columns.push({
          group: g,
          resources: sites[f.site]!.resources,
          levels: levelsOf(projects[p]!, f.score),
        });
        colOf.push([p, k]);
        initial.push(choice[p] === k ? 1 : 0);
      });
    });
    const left = Math.max(0.01, timeLimitSec - (Date.now() - started) / 1000);
    const res = solvePacking(highs, comp.length, LEVELS, columns, {
      timeLimitSec: left,
      initial: Uint8Array.from(initial),
    });
    report.solves += res.solves;
    if (res.size.columns > report.largestMip.columns) report.largestMip = res.size;
    if (res.status !== 'optimal') {
      report.status = report.status === 'failed' || res.status === 'failed' ? 'failed' : 'time_limit';
      report.gap = Math.max(report.gap, res.gap);
    }
    for (const p of comp) if (choice[p]! >= 0) take(p, choice[p]!, false);
    res.chosen.forEach((v, j) => {
      if (v) take(colOf[j]![0], colOf[j]![1], true);
    });
    // Best fit among what the levels leave open: move to a better-ranked free site (never a worse score).
    for (const p of comp) {
      const k = choice[p]!;
      if (k <= 0) continue;
      take(p, k, false);
      const better = fits[p]!.findIndex(free);
      take(p, better >= 0 && better < k ? better : k, true);
    }
  }
  return { choice, report };
}
