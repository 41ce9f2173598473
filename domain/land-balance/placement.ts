/**
 * A placement of projects on their fitting sites (solve-assignment.ts): which fit each project holds and
 * which project holds each resource (parcel), with the moves the solver makes on it — take, drop, the greedy
 * and scarcity certificates and the final move to better-ranked free sites. Projects and resources are
 * indices; `fits[p]` is project p's ranked fit list (project-fit.ts).
 */
import type { CandidateSite } from './candidate-sites.ts';
import type { FitList } from './project-fit.ts';

/** Holders tried for a one-step repair in the scarcity pass (the first best-score sites of a project). */
const MAX_REPAIR_SITES = 64;

/** Mutable placement: `choice[p]` is the position in `fits[p]` project p holds (-1 none). */
export class Placement {
  /** Position of the chosen fit per project, or -1. */
  readonly choice: Int32Array;
  /** Project holding each resource, or -1. */
  readonly holder: Int32Array;

  constructor(
    readonly fits: readonly FitList[],
    readonly sites: readonly CandidateSite[],
    numResources: number,
  ) {
    this.choice = new Int32Array(fits.length).fill(-1);
    this.holder = new Int32Array(numResources).fill(-1);
  }

  /** Resources of project p's i-th fit. */
  resourcesOf(p: number, i: number): readonly number[] {
    return this.sites[this.fits[p]!.site[i]!]!.resources;
  }

  /** True when no project holds a resource of p's i-th fit. */
  isFree(p: number, i: number): boolean {
    return this.resourcesOf(p, i).every((r) => this.holder[r]! < 0);
  }

  /** Places p on its i-th fit (the caller checks it is free). */
  take(p: number, i: number): void {
    for (const r of this.resourcesOf(p, i)) this.holder[r] = p;
    this.choice[p] = i;
  }

  /** Removes p from its site, if placed. */
  drop(p: number): void {
    const i = this.choice[p]!;
    if (i < 0) return;
    for (const r of this.resourcesOf(p, i)) this.holder[r] = -1;
    this.choice[p] = -1;
  }

  /** Removes every project of `group`. */
  clear(group: readonly number[]): void {
    for (const p of group) this.drop(p);
  }

  /** p's best platform preference score (its first fit's). */
  bestScore(p: number): number {
    return this.fits[p]!.score[0]!;
  }

  /** First free fit of p among those of score ≥ `minScore` (fits are ranked by score), or -1. */
  firstFree(p: number, minScore = 0): number {
    const f = this.fits[p]!;
    for (let i = 0; i < f.site.length && f.score[i]! >= minScore; i++) if (this.isFree(p, i)) return i;
    return -1;
  }

  /** True when p is placed on a site of its best score. */
  isAtBest(p: number): boolean {
    const i = this.choice[p]!;
    return i >= 0 && this.fits[p]!.score[i] === this.bestScore(p);
  }

  /** True when every project of `comp` is at its best score: every level at its upper bound. */
  allAtBest(comp: readonly number[]): boolean {
    return comp.every((p) => this.isAtBest(p));
  }

  /** Greedy pass: in the given (priority) order each project takes its best-ranked free fit. */
  greedy(comp: readonly number[]): void {
    for (const p of comp) {
      const i = this.firstFree(p);
      if (i >= 0) this.take(p, i);
    }
  }

  /**
   * Scarcity pass: projects with the fewest best-score fits choose first (ties by index), each a free fit of
   * its best score; a blocked one may displace a single holder of `comp` that can move to another of its
   * best-score fits. Only a certificate (the solver checks `allAtBest` after it), so any order is exact.
   */
  scarcity(comp: readonly number[]): void {
    const movable = new Set(comp);
    const order = comp
      .map((p) => [this.bestScoreCount(p), p] as const)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [n, p] of order) {
      const i = this.firstFree(p, this.bestScore(p));
      if (i >= 0) this.take(p, i);
      else this.repair(p, Math.min(n, MAX_REPAIR_SITES), movable);
    }
  }

  /**
   * Best fit among what the objective levels leave open: each placed project, in index (priority) order,
   * moves to a better-ranked free fit — never a worse score, so no level drops.
   */
  moveToBetterRanks(): void {
    for (let p = 0; p < this.fits.length; p++) {
      const k = this.choice[p]!;
      if (k <= 0) continue;
      this.drop(p);
      const better = this.firstFree(p);
      this.take(p, better >= 0 && better < k ? better : k);
    }
  }

  /** Number of fits of p at its best score. */
  private bestScoreCount(p: number): number {
    const f = this.fits[p]!;
    let n = 0;
    while (n < f.score.length && f.score[n] === f.score[0]) n++;
    return n;
  }

  /** Tries p's first `tries` fits: one held by a single movable project that can move to a best fit. */
  private repair(p: number, tries: number, movable: ReadonlySet<number>): void {
    for (let i = 0; i < tries && this.choice[p]! < 0; i++) {
      const hs = new Set(this.resourcesOf(p, i).map((r) => this.holder[r]!));
      if (hs.size !== 1) continue;
      const h = [...hs][0]!;
      if (h < 0 || !movable.has(h)) continue;
      const was = this.choice[h]!;
      this.drop(h);
      this.take(p, i);
      const j = this.firstFree(h, this.bestScore(h));
      if (j >= 0) this.take(h, j);
      else {
        this.drop(p);
        this.take(h, was);
      }
    }
  }
}
