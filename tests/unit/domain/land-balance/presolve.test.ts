/** Steps of the exact reductions (domain/land-balance/presolve.ts) on a hand-made instance, literal values. */
import { describe, expect, it } from 'vitest';
import { projectsByResource } from '../../../../domain/land-balance/presolve.ts';
import type { FitList } from '../../../../domain/land-balance/project-fit.ts';
import { site } from './packing-fixture.ts';

const scoreOne = (...s: number[]): FitList => ({
  site: Int32Array.from(s),
  score: new Uint8Array(s.length).fill(1),
});

describe('projectsByResource', () => {
  it('lists, per resource, each project with a fitting site on it once, in member order', () => {
    // Sites: 0 = {r0}, 1 = {r0,r1}, 2 = {r2}. p0 fits sites 0 and 1 (touches r0 twice), p1 site 1, p2 site 2.
    const sites = [site([0]), site([0, 1]), site([2])];
    const { start, projectsOn } = projectsByResource(
      [0, 1, 2],
      [scoreOne(0, 1), scoreOne(1), scoreOne(2)],
      sites,
      4,
    );
    expect([...start]).toEqual([0, 2, 4, 5, 5]);
    expect([...projectsOn]).toEqual([0, 1, 0, 1, 2]);
  });

  it('leaves out projects that are not members', () => {
    const sites = [site([0]), site([0, 1])];
    const { start, projectsOn } = projectsByResource([1], [scoreOne(0), scoreOne(1)], sites, 2);
    expect([...start]).toEqual([0, 1, 2]);
    expect([...projectsOn]).toEqual([1, 1]);
  });
});
