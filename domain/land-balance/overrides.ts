/**
 * Planner overrides of the matching and the hard placement constraint: a project locked to a site, a site
 * (a parcel, or a 三旧 site `redev:<id>`) or a project excluded from matching, and `keepTarget` (projects only
 * on their target platform). They act on the ranked fit lists before the exact solve, so the solver
 * re-optimises everything else around them:
 * - an excluded project leaves the run (matching.ts lists it as unmatched, `excluded_by_planner`; here its
 *   fit list is emptied);
 * - a fit using an excluded parcel or 三旧 site is dropped;
 * - `keepTarget` drops a project's fits off its target platform (a project without a target keeps all);
 * - a locked project keeps only its locked site, and every other project loses the fits that share a parcel
 *   with it. Matching the locked project then raises every objective level and harms no one, so the exact
 *   optimum always contains it. A lock whose site is no longer among the project's fits (the data changed
 *   since it was saved) is reported in `lockViolations` and not applied.
 */
import type { CandidateSite } from './candidate-sites.ts';
import type { FitList, MatchProject } from './project-fit.ts';
import { TARGET_SCORE } from './project-fit.ts';

/** A project held on one candidate site (site id as candidate-sites.ts writes it). */
export interface Lock {
  projectId: string;
  siteId: string;
}

/** The planner's overrides. */
export interface Overrides {
  locks: readonly Lock[];
  /** Parcel ids, or `redev:<三旧 site id>`, kept out of matching. */
  excludedSites: readonly string[];
  /** Project ids kept out of matching. */
  excludedProjects: readonly string[];
}

/** No overrides. */
export const NO_OVERRIDES: Overrides = { locks: [], excludedSites: [], excludedProjects: [] };

/** Whether site `s` uses a parcel or 三旧 site of `excluded`. */
export function siteExcluded(s: CandidateSite, excluded: ReadonlySet<string>): boolean {
  return excluded.has(s.id) || s.parcelIds.some((id) => excluded.has(id));
}

/** Keeps the positions `keep` of a fit list (in order). */
function filterFits(f: FitList, keep: (i: number) => boolean): FitList {
  const idx: number[] = [];
  for (let i = 0; i < f.site.length; i++) if (keep(i)) idx.push(i);
  if (idx.length === f.site.length) return f;
  return { site: Int32Array.from(idx, (i) => f.site[i]!), score: Uint8Array.from(idx, (i) => f.score[i]!) };
}

/**
 * Fit lists with `keepTarget` and the overrides applied (see the module comment); `fits[i]` belongs to
 * `projects[i]`. Excluded projects keep an empty list (the caller lists them as excluded).
 */
export function applyOverrides(
  projects: readonly MatchProject[],
  fits: readonly FitList[],
  sites: readonly CandidateSite[],
  keepTarget: boolean,
  ov: Overrides,
): { fits: FitList[]; lockViolations: Lock[]; applied: Lock[] } {
  const excluded = new Set(ov.excludedSites);
  const outProjects = new Set(ov.excludedProjects);
  const index = new Map(projects.map((p, i) => [p.project.id, i]));
  let out = fits.map((f, i) => {
    if (outProjects.has(projects[i]!.project.id)) return filterFits(f, () => false);
    const target = keepTarget && projects[i]!.project.targetPlatformId != null;
    return filterFits(
      f,
      (k) => (!target || f.score[k]! >= TARGET_SCORE) && !siteExcluded(sites[f.site[k]!]!, excluded),
    );
  });
  const lockViolations: Lock[] = [];
  const applied: Lock[] = [];
  const lockedResources = new Set<number>();
  const lockedProjects = new Set<number>();
  for (const lock of ov.locks) {
    const p = index.get(lock.projectId);
    if (p === undefined) {
      // A project outside this run (filters, horizon) still holds its locked site.
      const s = sites.find((x) => x.id === lock.siteId);
      for (const r of s?.resources ?? []) lockedResources.add(r);
      continue;
    }
    const f = out[p]!;
    const k = [...f.site].findIndex((si) => sites[si]!.id === lock.siteId);
    const res = k >= 0 ? sites[f.site[k]!]!.resources : [];
    if (k < 0 || lockedProjects.has(p) || res.some((r) => lockedResources.has(r))) {
      lockViolations.push(lock);
      continue;
    }
    out[p] = filterFits(f, (i) => i === k);
    lockedProjects.add(p);
    for (const r of res) lockedResources.add(r);
    applied.push(lock);
  }
  if (lockedResources.size > 0) {
    out = out.map((f, p) =>
      lockedProjects.has(p)
        ? f
        : filterFits(f, (k) => !sites[f.site[k]!]!.resources.some((r) => lockedResources.has(r))),
    );
  }
  return { fits: out, lockViolations, applied };
}
