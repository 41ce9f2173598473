/**
 * The columns of a component's MIP (domain/land-balance/component-mip.ts) on a hand-made instance: which
 * fits survive the dominance and private-fit reductions, their level coefficients, and the warm start.
 */
import { describe, expect, it } from 'vitest';
import { componentColumns, sitesByResources } from '../../../../domain/land-balance/component-mip.ts';
import { Placement } from '../../../../domain/land-balance/placement.ts';
import type { MatchProject } from '../../../../domain/land-balance/project-fit.ts';
import { fits, matchProject, site } from './packing-fixture.ts';

// 0 = {r0}, 1 = {r1}, 2 = {r0,r1}, 3 = {r2}, 4 = {r3}.
const SITES = [site([0]), site([1]), site([0, 1]), site([2]), site([3])];
describe('componentColumns', () => {
  it('keeps the shared fits and the best private fit; drops dominated and lower private ones', () => {
    const projects: MatchProject[] = [
      matchProject('a', 'signed', 500, 1.5),
      matchProject('b', 'approved', 300, 1),
    ];
    // a: {r0} 3, {r0,r1} 3 (dominated by {r0}), {r2} 2 (private), {r3} 1 (private, below {r2}).
    // b: {r0} 2, {r1} 1.
    const fl = [fits([0, 3], [2, 3], [3, 2], [4, 1]), fits([0, 2], [1, 1])];
    const pl = new Placement(fl, SITES, 4);
    pl.take(0, 3); // a holds {r3}: the warm start moves to a's kept private fit {r2}
    pl.take(1, 0);
    const out = componentColumns(pl, projects, [0, 1], sitesByResources(SITES));
    expect(out.colOf).toEqual([
      [0, 0],
      [0, 2],
      [1, 0],
      [1, 1],
    ]);
    expect(out.columns.map((c) => [c.group, [...c.resources]])).toEqual([
      [0, [0]],
      [0, [2]],
      [1, [0]],
      [1, [1]],
    ]);
    // Levels: signed demand (0.01 亩), approved demand, negotiating demand, investment 万元, preference.
    expect(out.columns.map((c) => c.levels)).toEqual([
      [150, 0, 0, 500, 3],
      [150, 0, 0, 500, 2],
      [0, 100, 0, 300, 2],
      [0, 100, 0, 300, 1],
    ]);
    expect([...out.initial]).toEqual([0, 1, 1, 0]);
  });
});
