/**
 * Which candidate sites fit which project, the order of projects, and the objective levels.
 *
 * A site fits a project when demand ≤ area ≤ demand × (1 + slack), every land use of the site suits the
 * project, its platform suits the project — the target platform or one focused on its industry, preference
 * ≥ 1 (suitability.ts) — and the site is available by the project's needed-by date (no date = any date
 * within the horizon; a past date = now). Fitting sites are ranked by platform preference (desc), unused
 * area (asc), then site id — rank 1 is the site a planner would pick first.
 *
 * Objective levels, maximised lexicographically (packing-ilp.ts), policy `area_first` (default): matched
 * land demand of 签约 projects, then of 过会, then of 在谈 (each in 0.01 亩), then matched investment (万元),
 * then total platform preference. Rounding demand to 0.01 亩 and investment to 1 万元 keeps the levels
 * integer, so each stage is solved exactly; the order is "matched demand as large as possible, higher stages
 * first, then larger investment", with the platform preference after them. Policy `target_first` puts three
 * levels in front: the demand matched on the project's own target platform (preference ≥ 2), 签约, 过会, 在谈.
 * Every level is a per-project term that is largest when the project is matched at its best preference, and
 * never smaller at a higher preference — the property the exact reductions of solve-assignment.ts and
 * presolve.ts rely on, for both policies.
 */
import { isoToUtcMs } from '../dates.ts';
import type { LandUse } from '../enums.ts';
import { stageRank } from '../project-stages.ts';
import type { Platform, Project } from '../schemas.ts';
import type { CandidateSite } from './candidate-sites.ts';
import type { PlacementPolicy } from './option-defaults.ts';
import { AREA_EPS, type Window } from './site-universe.ts';
import { landUseSuits, platformPreference } from './suitability.ts';

/** A project to be matched, with its demand window (亩) and deadline. */
export interface MatchProject {
  project: Project;
  demandMu: number;
  window: Window;
  /** ISO date the land is needed by (≥ asOf), or null when unknown. */
  deadline: string | null;
}

/**
 * The fitting sites of one project, ranked (index 0 = rank 1): `site[i]` is an index into the sites, `score[i]`
 * its platform preference (1–3; a platform of preference 0 does not suit). Typed arrays: the bench has ~500k fitting pairs.
 */
export interface FitList {
  site: Int32Array;
  score: Uint8Array;
}

/** Number of objective levels of policy `area_first` (see module comment). */
export const LEVELS = 5;
/** Number of objective levels of `policy`. */
export const levelCount = (policy: PlacementPolicy = 'area_first'): number =>
  policy === 'target_first' ? LEVELS + 3 : LEVELS;
const STAGE_LEVEL: Partial<Record<Project['stage'], number>> = { signed: 0, approved: 1, negotiating: 2 };
/** Platform preference of a site on the project's target platform (suitability.ts: target = 2, +1 focus). */
export const TARGET_SCORE = 2;

/** Objective coefficients of assigning `p` to a site with preference `score` (integers, see module comment). */
export function levelsOf(p: MatchProject, score: number, policy: PlacementPolicy = 'area_first'): number[] {
  const lv = [0, 0, 0, Math.round(p.project.investmentWan), score];
  const k = STAGE_LEVEL[p.project.stage];
  if (k !== undefined) lv[k] = Math.round(p.demandMu * 100);
  if (policy === 'area_first') return lv;
  const onTarget = [0, 0, 0];
  if (k !== undefined && score >= TARGET_SCORE) onTarget[k] = lv[k]!;
  return [...onTarget, ...lv];
}

/** Priority order: stage (签约 > 过会 > 在谈), investment desc, demand desc, id. */
export function byPriority(a: MatchProject, b: MatchProject): number {
  return (
    stageRank(b.project.stage) - stageRank(a.project.stage) ||
    b.project.investmentWan - a.project.investmentWan ||
    b.demandMu - a.demandMu ||
    (a.project.id < b.project.id ? -1 : a.project.id > b.project.id ? 1 : 0)
  );
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * All fitting sites of every project, ranked: platform preference desc, site area asc (= unused area asc,
 * the project's demand being fixed), site id asc.
 *
 * Fast and exact: sites are sorted once by (area, id), so each project scans only its area window (binary
 * search) and meets its sites already in (area, id) order; bucketing them by score (0–3) then yields the
 * ranking without a sort. Land-use suitability, platform preference and the availability date are looked up
 * in per-site keys computed once (distinct land-use sets, platform index, date in ms), so each (project,
 * site) test is O(1) and gives the same answer as `landUseSuits` / `platformPreference` / `compareIso`.
 */
export function rankFits(
  projects: readonly MatchProject[],
  sites: readonly CandidateSite[],
  platforms: ReadonlyMap<string, Platform>,
): FitList[] {
  const keys = siteKeys(sites);
  const suitMemo = new Map<string, Uint8Array>();
  const buckets: number[][] = [[], [], [], []];
  return projects.map((p) => {
    const sk = `${p.project.industry}|${p.project.rdOriented}`;
    let suits = suitMemo.get(sk);
    if (!suits) {
      suits = Uint8Array.from(keys.useSets, (lus) =>
        lus.every((lu) => landUseSuits(p.project, lu)) ? 1 : 0,
      );
      suitMemo.set(sk, suits);
    }
    const score = keys.platIds.map((id) => platformPreference(p.project, platforms.get(id), id));
    return rankedFitsOf(p, keys, suits, score, buckets);
  });
}

/** Sites in (area, id) order with per-site keys: land-use set, platform and availability date (ms). */
interface SiteKeys {
  /** Site indices in (area asc, id asc) order; the arrays below follow this order. */
  order: Int32Array;
  area: Float64Array;
  /** Index into `useSets` of each site's land uses. */
  useKey: Int32Array;
  useSets: LandUse[][];
  /** Index into `platIds` of each site's platform. */
  platKey: Int32Array;
  platIds: string[];
  /** Available-from date, UTC ms. */
  fromMs: Float64Array;
}

/** Sorts the sites once by (area, id) and keys their distinct land-use sets, platforms and dates. */
function siteKeys(sites: readonly CandidateSite[]): SiteKeys {
  const n = sites.length;
  const order = Int32Array.from(sites.keys()).sort(
    (a, b) => sites[a]!.areaMu - sites[b]!.areaMu || byId(sites[a]!.id, sites[b]!.id),
  );
  const k: SiteKeys = {
    order,
    area: Float64Array.from(order, (i) => sites[i]!.areaMu),
    useKey: new Int32Array(n),
    useSets: [],
    platKey: new Int32Array(n),
    platIds: [],
    fromMs: new Float64Array(n),
  };
  const keyOf = new Map<string, number>();
  const dateMs = new Map<string, number>();
  order.forEach((si, at) => {
    const s = sites[si]!;
    const uk = `u:${s.landUses.join(',')}`;
    let u = keyOf.get(uk);
    if (u === undefined) {
      u = k.useSets.push(s.landUses) - 1;
      keyOf.set(uk, u);
    }
    k.useKey[at] = u;
    const pk = `p:${s.platformId}`;
    let q = keyOf.get(pk);
    if (q === undefined) {
      q = k.platIds.push(s.platformId) - 1;
      keyOf.set(pk, q);
    }
    k.platKey[at] = q;
    let ms = dateMs.get(s.availableFrom);
    if (ms === undefined) {
      ms = isoToUtcMs(s.availableFrom);
      dateMs.set(s.availableFrom, ms);
    }
    k.fromMs[at] = ms;
  });
  return k;
}

/** First position in the ascending `sorted` whose value is ≥ `x` (sorted.length when none). */
export function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Project p's fitting sites, ranked: scans its area window, keeps suitable, available sites of a suiting
 * platform, bucketed by score (`buckets` is scratch space reused across projects).
 */
function rankedFitsOf(
  p: MatchProject,
  k: SiteKeys,
  suits: Uint8Array,
  score: readonly number[],
  buckets: number[][],
): FitList {
  const deadline = p.deadline ? isoToUtcMs(p.deadline) : Number.POSITIVE_INFINITY;
  const highMu = p.window.highMu * (1 + AREA_EPS);
  for (const b of buckets) b.length = 0;
  for (
    let at = lowerBound(k.area, p.window.lowMu * (1 - AREA_EPS));
    at < k.area.length && k.area[at]! <= highMu;
    at++
  ) {
    if (!suits[k.useKey[at]!] || k.fromMs[at]! > deadline) continue;
    const sc = score[k.platKey[at]!]!;
    // Preference 0 = neither target nor focused on the industry: the platform does not suit (platformSuits).
    if (sc < 1) continue;
    while (buckets.length <= sc) buckets.push([]);
    buckets[sc]!.push(k.order[at]!);
  }
  let total = 0;
  for (const b of buckets) total += b.length;
  const out: FitList = { site: new Int32Array(total), score: new Uint8Array(total) };
  let i = 0;
  for (let sc = buckets.length - 1; sc >= 0; sc--) {
    for (const si of buckets[sc]!) {
      out.site[i] = si;
      out.score[i++] = sc;
    }
  }
  return out;
}
