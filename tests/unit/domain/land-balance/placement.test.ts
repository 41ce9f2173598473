/**
 * The placement the exact solver works on (domain/land-balance/placement.ts), on a hand-made instance:
 * three parcels r0–r2, sites {r0}, {r1}, {r0,r1} and {r2}; expected placements are worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { Placement } from '../../../../domain/land-balance/placement.ts';
import { fits, site } from './packing-fixture.ts';

// Site indices: 0 = {r0}, 1 = {r1}, 2 = {r0,r1}, 3 = {r2}.
const SITES = [site([0]), site([1]), site([0, 1]), site([2])];
describe('Placement moves', () => {
  it('take marks the resources held and drop frees them', () => {
    const pl = new Placement([fits([2, 3], [0, 1])], SITES, 3);
    pl.take(0, 0);
    expect([...pl.choice]).toEqual([0]);
    expect([...pl.holder]).toEqual([0, 0, -1]);
    expect(pl.isFree(0, 1)).toBe(false);
    pl.drop(0);
    expect([...pl.choice]).toEqual([-1]);
    expect([...pl.holder]).toEqual([-1, -1, -1]);
    pl.drop(0); // dropping an unplaced project is a no-op
    expect([...pl.holder]).toEqual([-1, -1, -1]);
  });

  it('firstFree skips held fits and those below the minimum score', () => {
    const pl = new Placement([fits([0, 3], [1, 2], [3, 1]), fits([0, 2])], SITES, 3);
    pl.take(1, 0); // project 1 holds r0
    expect(pl.firstFree(0)).toBe(1);
    expect(pl.firstFree(0, 3)).toBe(-1);
    expect(pl.bestScore(0)).toBe(3);
    expect(pl.isAtBest(1)).toBe(true);
    expect(pl.isAtBest(0)).toBe(false);
  });
});

describe('Placement passes', () => {
  it('greedy: in the given order each project takes its best-ranked free fit', () => {
    // p0 wants {r0,r1} first; p1 wants {r0} then {r2}; p2 wants {r1} only.
    const pl = new Placement([fits([2, 3], [0, 2]), fits([0, 3], [3, 1]), fits([1, 2])], SITES, 3);
    pl.greedy([0, 1, 2]);
    expect([...pl.choice]).toEqual([0, 1, -1]);
    expect(pl.allAtBest([0, 1, 2])).toBe(false);
  });

  it('scarcity: the project with fewer best-score fits chooses first', () => {
    // p0 has two best fits ({r0}, {r1}); p1 has one ({r0}). Greedy in order would give p0 r0 and strand p1.
    const pl = new Placement([fits([0, 3], [1, 3]), fits([0, 3])], SITES, 3);
    pl.greedy([0, 1]);
    expect([...pl.choice]).toEqual([0, -1]);
    pl.clear([0, 1]);
    pl.scarcity([0, 1]);
    expect([...pl.choice]).toEqual([1, 0]);
    expect(pl.allAtBest([0, 1])).toBe(true);
  });

  it('scarcity repairs: a blocked project displaces a single holder that can move to another best fit', () => {
    // p1 (one best fit {r0}) and p0 (two: {r0}, {r1}) — p0 placed first on r0 by hand, then p1 asks.
    const pl = new Placement([fits([0, 3], [1, 3]), fits([0, 3])], SITES, 3);
    pl.take(0, 0);
    pl.scarcity([1]); // p0 is not in the pass, so it may not be moved
    expect([...pl.choice]).toEqual([0, -1]);
    pl.clear([0]);
    pl.take(0, 0);
    // Both in the pass: p1 (1 best fit) goes first, finds r0 held by p0, moves p0 to r1.
    pl.scarcity([0, 1]);
    expect([...pl.choice]).toEqual([1, 0]);
  });

  it('moveToBetterRanks moves a placed project to a better-ranked free fit, never to a lower score', () => {
    const pl = new Placement([fits([0, 2], [3, 2], [1, 1])], SITES, 3);
    pl.take(0, 1);
    pl.moveToBetterRanks();
    expect([...pl.choice]).toEqual([0]);
    const held = new Placement([fits([0, 2], [3, 2]), fits([0, 1])], SITES, 3);
    held.take(1, 0);
    held.take(0, 1);
    held.moveToBetterRanks();
    expect([...held.choice]).toEqual([1, 0]);
  });
});
