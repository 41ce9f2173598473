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
import type { Highs } from 'highs';
import type { CandidateSite } from './candidate-sites.ts';
import { type PackingColumn, type PackingResult, solvePacking } from './packing-ilp.ts';
import { conflictComponents, peelSafe, undominatedFits } from './presolve.ts';
import { type FitList, LEVELS, levelsOf, type MatchProject } from './project-fit.ts';

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

/**
 * Solves the assignment. `projects` must be in priority order (byPriority) and `fits[p]` ranked (rankFits).
 * `deadlineMs` (epoch ms) bounds the whole solve. `reductions: false` sends every component straight to the
 * MIP (for tests that check the reductions change nothing).
 */
export function solveAssignment(
  highs: Highs,
  projects: readonly MatchProject[],
  fits: readonly FitList[],
  sites: readonly CandidateSite[],
  deadlineMs: number,
  opts: { reductions?: boolean } = {},
): SolveOutcome {
  const reduce = opts.reductions ?? true;
  let numResources = 0;
  for (const s of sites) for (const r of s.resources) numResources = Math.max(numResources, r + 1);
  const choice = new Int32Array(projects.length).fill(-1);
  const holder = new Int32Array(numResources).fill(-1);
  const report: SolveReport = {
    status: 'optimal',
    gap: 0,
    components: 0,
    mipComponents: 0,
    largestMip: { columns: 0, rows: 0 },
    solves: 0,
    peeled: 0,
  };
  const res = (p: number, i: number): readonly number[] => sites[fits[p]!.site[i]!]!.resources;
  const free = (p: number, i: number): boolean => res(p, i).every((r) => holder[r]! < 0);
  const take = (p: number, i: number): void => {
    for (const r of res(p, i)) holder[r] = p;
    choice[p] = i;
  };
  const drop = (p: number): void => {
    if (choice[p]! < 0) return;
    for (const r of res(p, choice[p]!)) holder[r] = -1;
    choice[p] = -1;
  };
  const best = (p: number): number => fits[p]!.score[0]!;
  /** First free fit of p, among those of score ≥ `minScore`. */
  const firstFree = (p: number, minScore = 0): number => {
    const f = fits[p]!;
    for (let i = 0; i < f.site.length && f.score[i]! >= minScore; i++) if (free(p, i)) return i;
    return -1;
  };
  const atBound = (comp: readonly number[]): boolean =>
    comp.every((p) => choice[p]! >= 0 && fits[p]!.score[choice[p]!] === best(p));

  const greedy = (comp: readonly number[]): void => {
    for (const p of comp) {
      const i = firstFree(p);
      if (i >= 0) take(p, i);
    }
  };
  // Scarcity order: projects with the fewest best-score sites choose first; a blocked one may displace a
  // single holder that can move to another of its best-score sites. Only a certificate, so any order is exact.
  const scarcity = (comp: readonly number[]): void => {
    const movable = new Set(comp);
    const count = (p: number): number => {
      const f = fits[p]!;
      let n = 0;
      while (n < f.score.length && f.score[n] === f.score[0]) n++;
      return n;
    };
    const order = comp.map((p) => [count(p), p] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [n, p] of order) {
      let i = firstFree(p, best(p));
      if (i >= 0) {
        take(p, i);
        continue;
      }
      for (i = 0; i < Math.min(n, 64) && choice[p]! < 0; i++) {
        const hs = new Set(res(p, i).map((r) => holder[r]!));
        if (hs.size !== 1) continue;
        const h = [...hs][0]!;
        if (h < 0 || !movable.has(h)) continue;
        const was = choice[h]!;
        drop(h);
        take(p, i);
        const j = firstFree(h, best(h));
        if (j >= 0) take(h, j);
        else {
          drop(p);
          take(h, was);
        }
      }
    }
  };

  const mip = (comp: readonly number[]): void => {
    report.mipComponents++;
    greedy(comp);
    const columns: PackingColumn[] = [];
    const colOf: Array<[number, number]> = [];
    const initial: number[] = [];
    siteByResources ??= new Map(sites.map((s, i) => [s.resources.join(','), i]));
    const kept = comp.map((p) => undominatedFits(fits[p]!, sites, siteByResources!));
    // Private fits: no other project of the component touches their resources, so they are always free.
    // If p's best private fit has score π, any column of p with score ≤ π can be swapped for it without
    // touching anyone else or lowering a level: keep only the columns above π and that one private fit.
    const users = new Map<number, number>();
    comp.forEach((p, g) => {
      const seen = new Set<number>();
      for (const i of kept[g]!) for (const r of res(p, i)) seen.add(r);
      for (const r of seen) users.set(r, (users.get(r) ?? 0) + 1);
    });
    comp.forEach((p, g) => {
      const f = fits[p]!;
      const priv = kept[g]!.find((i) => res(p, i).every((r) => users.get(r) === 1));
      const pi = priv === undefined ? -1 : f.score[priv]!;
      let warm = false;
      for (const i of kept[g]!) {
        if (f.score[i]! <= pi && i !== priv) continue;
        columns.push({ group: g, resources: res(p, i), levels: levelsOf(projects[p]!, f.score[i]!) });
        colOf.push([p, i]);
        initial.push(choice[p] === i ? 1 : 0);
        warm ||= choice[p] === i;
      }
      // A warm start on a dropped column moves to the private one (same or better score, always free).
      if (!warm && choice[p]! >= 0 && priv !== undefined)
        initial[colOf.findIndex((c) => c[0] === p && c[1] === priv)] = 1;
    });
    const out: PackingResult = solvePacking(highs, comp.length, LEVELS, columns, {
      timeLimitSec: (deadlineMs - Date.now()) / 1000,
      initial: Uint8Array.from(initial),
    });
    report.solves += out.solves;
    if (out.size.columns > report.largestMip.columns) report.largestMip = out.size;
    if (out.status !== 'optimal') {
      report.status = report.status === 'failed' || out.status === 'failed' ? 'failed' : 'time_limit';
      report.gap = Math.max(report.gap, out.gap);
    }
    for (const p of comp) drop(p);
    out.chosen.forEach((v, j) => {
      if (v) take(colOf[j]![0], colOf[j]![1]);
    });
  };
  let siteByResources: Map<string, number> | undefined;

  const clear = (group: readonly number[]): void => {
    for (const p of group) drop(p);
  };
  const atBest = (p: number): boolean => choice[p]! >= 0 && fits[p]!.score[choice[p]!] === best(p);

  /**
   * Exact solve of `members`, everything else held where it is. Per conflict component:
   * - certificate: greedy, then scarcity order; all at their bound → optimal;
   * - core refinement: let C be the projects the certificate left below their bound. Solve C alone exactly
   *   (recursively), hold it, and try to place every other project R at its best score. If that works, the
   *   result is optimal: any feasible solution restricted to C is feasible for C alone (so its C part is
   *   lexicographically ≤ opt(C)), and its R part is ≤ best(R) on every level; a lexicographically ≤ vector
   *   plus a componentwise ≤ vector is lexicographically ≤ the sum, which this solution attains. Projects of
   *   R that could not be placed join C and it repeats (a few rounds, while C is at most a quarter of the component);
   * - otherwise: peel safe projects (presolve.ts), then the MIP on the rest.
   */
  const solveGroup = (members: readonly number[], top: boolean, mayPeel: boolean): void => {
    for (const comp of conflictComponents(members, fits, sites, numResources)) {
      if (top) report.components++;
      if (!reduce) {
        mip(comp);
        continue;
      }
      greedy(comp);
      if (atBound(comp)) continue;
      clear(comp);
      scarcity(comp);
      if (atBound(comp)) continue;
      const inCore = new Set(comp.filter((p) => !atBest(p)));
      clear(comp);
      let certified = false;
      // The refinement pays while the core stays small (a few stuck projects among many placed ones); in a
      // real shortage most projects are stuck and the whole-component MIP is cheaper. Both are exact.
      let rounds = 0;
      while (!certified && inCore.size * 4 <= comp.length && rounds++ < 6) {
        solveGroup(
          comp.filter((p) => inCore.has(p)),
          false,
          mayPeel,
        );
        const rest = comp.filter((p) => !inCore.has(p));
        scarcity(rest);
        const failing = rest.filter((p) => !atBest(p));
        certified = failing.length === 0;
        if (!certified) {
          clear(comp);
          for (const p of failing) inCore.add(p);
        }
      }
      if (certified) continue;
      const peeled = mayPeel ? peelSafe(comp, fits, sites, numResources) : [];
      if (peeled.length === 0) {
        mip(comp);
        continue;
      }
      report.peeled += peeled.length;
      const out = new Set(peeled);
      solveGroup(
        comp.filter((p) => !out.has(p)),
        false,
        false,
      );
      for (const p of peeled.reverse()) {
        const i = firstFree(p, best(p));
        if (i < 0) throw new Error(`internal: safe project ${p} found no free site`);
        take(p, i);
      }
    }
  };
  const withFits = [...projects.keys()].filter((p) => fits[p]!.site.length > 0);
  report.components = projects.length - withFits.length; // each project without a fit is alone
  solveGroup(withFits, true, true);

  // Best fit among what the levels leave open: move to a better-ranked free site (never a worse score).
  projects.forEach((_, p) => {
    const k = choice[p]!;
    if (k <= 0) return;
    drop(p);
    const better = firstFree(p);
    take(p, better >= 0 && better < k ? better : k);
  });
  return { choice, report };
}
