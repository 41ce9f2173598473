/**
 * Which candidate sites fit which project, the order of projects, and the objective levels.
 *
 * A site fits a project when demand ≤ area ≤ demand × (1 + slack), every land use of the site suits the
 * project (suitability.ts), and the site is available by the project's needed-by date (no date = any date
 * within the horizon; a past date = now). Fitting sites are ranked by platform preference (desc), unused
 * area (asc), then site id — rank 1 is the site a planner would pick first.
 *
 * Objective levels, maximised lexicographically (packing-ilp.ts): matched land demand of 签约 projects,
 * then of 过会, then of 在谈 (each in 0.01 亩), then matched investment (万元), then total platform
 * preference. Rounding demand to 0.01 亩 and investment to 1 万元 keeps the levels integer, so each stage is
 * solved exactly; the order is the "matched demand as large as possible, higher stages first, then
 * larger investment", with the platform preference after them.
 */
import { compareIso } from '../dates.ts';
import { stageRank } from '../project-stages.ts';
import type { Platform, Project } from '../schemas.ts';
import type { CandidateSite } from './candidate-sites.ts';
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

/** One fitting (project, site) pair. */
export interface Fit {
  site: number;
  score: number;
  unusedMu: number;
  rank: number;
}

/** Number of objective levels (see module comment). */
export const LEVELS = 5;
const STAGE_LEVEL: Partial<Record<Project['stage'], number>> = { signed: 0, approved: 1, negotiating: 2 };

/** Objective coefficients of assigning `p` to a site with preference `score` (integers, see module comment). */
export function levelsOf(p: MatchProject, score: number): number[] {
  const lv = [0, 0, 0, Math.round(p.project.investmentWan), score];
  const k = STAGE_LEVEL[p.project.stage];
  if (k !== undefined) lv[k] = Math.round(p.demandMu * 100);
  return lv;
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

/** Site indices sorted by area, for window look-ups. */
export function sortByArea(sites: readonly CandidateSite[]): Int32Array {
  const order = Int32Array.from(sites.keys());
  return order.sort((a, b) => sites[a]!.areaMu - sites[b]!.areaMu || a - b);
}

/** First position in `order` whose site area is ≥ `mu`. */
export function lowerBound(sites: readonly CandidateSite[], order: Int32Array, mu: number): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sites[order[mid]!]!.areaMu < mu) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** All sites fitting `p`, ranked (rank 1 = best). */
export function fitsOf(
  p: MatchProject,
  sites: readonly CandidateSite[],
  order: Int32Array,
  platforms: ReadonlyMap<string, Platform>,
): Fit[] {
  const out: Fit[] = [];
  for (let i = lowerBound(sites, order, p.window.lowMu * (1 - AREA_EPS)); i < order.length; i++) {
    const s = sites[order[i]!]!;
    if (s.areaMu > p.window.highMu * (1 + AREA_EPS)) break;
    if (!s.landUses.every((lu) => landUseSuits(p.project, lu))) continue;
    if (p.deadline && compareIso(s.availableFrom, p.deadline) > 0) continue;
    out.push({
      site: order[i]!,
      score: platformPreference(p.project, platforms.get(s.platformId), s.platformId),
      unusedMu: s.areaMu - p.demandMu,
      rank: 0,
    });
  }
  out.sort((a, b) => {
    const sa = sites[a.site]!;
    const sb = sites[b.site]!;
    return b.score - a.score || a.unusedMu - b.unusedMu || (sa.id < sb.id ? -1 : sa.id > sb.id ? 1 : 0);
  });
  out.forEach((f, i) => {
    f.rank = i + 1;
  });
  return out;
}
