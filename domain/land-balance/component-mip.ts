/**
 * The columns of one conflict component's exact MIP (packing-ilp.ts), reduced without losing the optimum:
 * dominated fits are dropped (presolve.ts `undominatedFits`), and of the fits a project shares with no one
 * else only its best one is kept (see `componentColumns`). The current placement becomes the warm start.
 */
import type { CandidateSite } from './candidate-sites.ts';
import type { PlacementPolicy } from './option-defaults.ts';
import type { PackingColumn } from './packing-ilp.ts';
import type { Placement } from './placement.ts';
import { undominatedFits } from './presolve.ts';
import { levelsOf, type MatchProject } from './project-fit.ts';

/** The MIP of a component: its columns, the (project, fit position) of each, and the warm start. */
export interface ComponentColumns {
  columns: PackingColumn[];
  /** `[project, position in its fit list]` per column. */
  colOf: Array<[number, number]>;
  /** 1 for the columns the placement holds now. */
  initial: Uint8Array;
}

/** Site index by its resources joined with commas, for `undominatedFits`. */
export function sitesByResources(sites: readonly CandidateSite[]): Map<string, number> {
  return new Map(sites.map((s, i) => [s.resources.join(','), i]));
}

/**
 * Columns of the component `comp` (group g = comp[g]). Private fits: no other project of the component
 * touches their resources, so they are always free. If p's best private fit has score π, any column of p
 * with score ≤ π can be swapped for it without touching anyone else or lowering a level: only the columns
 * above π and that one private fit are kept. A warm start on a dropped column moves to the private one (same
 * or better score, always free).
 */
export function componentColumns(
  placement: Placement,
  projects: readonly MatchProject[],
  comp: readonly number[],
  siteByResources: ReadonlyMap<string, number>,
  policy: PlacementPolicy = 'area_first',
): ComponentColumns {
  const { fits, sites, choice } = placement;
  const kept = comp.map((p) => undominatedFits(fits[p]!, sites, siteByResources));
  const users = resourceUsers(placement, comp, kept);
  const columns: PackingColumn[] = [];
  const colOf: Array<[number, number]> = [];
  const initial: number[] = [];
  comp.forEach((p, g) => {
    const f = fits[p]!;
    const priv = kept[g]!.find((i) => placement.resourcesOf(p, i).every((r) => users.get(r) === 1));
    const pi = priv === undefined ? -1 : f.score[priv]!;
    let warm = false;
    for (const i of kept[g]!) {
      if (f.score[i]! <= pi && i !== priv) continue;
      columns.push({
        group: g,
        resources: placement.resourcesOf(p, i),
        levels: levelsOf(projects[p]!, f.score[i]!, policy),
      });
      colOf.push([p, i]);
      initial.push(choice[p] === i ? 1 : 0);
      warm ||= choice[p] === i;
    }
    if (!warm && choice[p]! >= 0 && priv !== undefined) {
      initial[colOf.findIndex((c) => c[0] === p && c[1] === priv)] = 1;
    }
  });
  return { columns, colOf, initial: Uint8Array.from(initial) };
}

/** Number of projects of `comp` whose kept fits use each resource. */
function resourceUsers(
  placement: Placement,
  comp: readonly number[],
  kept: readonly number[][],
): Map<number, number> {
  const users = new Map<number, number>();
  comp.forEach((p, g) => {
    const seen = new Set<number>();
    for (const i of kept[g]!) for (const r of placement.resourcesOf(p, i)) seen.add(r);
    for (const r of seen) users.set(r, (users.get(r) ?? 0) + 1);
  });
  return users;
}
