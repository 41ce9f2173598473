/**
 * The assignment solve (domain/land-balance/solve-assignment.ts) on hand-made instances: which step proves
 * the answer (certificate or MIP), the choice it returns, and — with an injected clock — what it reports
 * when the deadline has passed.
 */
import { describe, expect, it } from 'vitest';
import { solveAssignment } from '../../../../domain/land-balance/solve-assignment.ts';
import { loadHighs } from '../../../../server/land-balance/solver.ts';
import { fits, matchProject, site } from './packing-fixture.ts';

const SITES = [site([0]), site([1]), site([0, 1])];
describe('solveAssignment', () => {
  it('scarcity certifies the optimum without a MIP: the project with one best site chooses first', async () => {
    const ctx = { highs: await loadHighs(), now: () => 0 };
    const projects = [matchProject('a', 'signed', 900, 1), matchProject('b', 'signed', 500, 1)];
    const f = [fits([0, 3], [1, 3]), fits([0, 3])];
    const { choice, report } = solveAssignment(ctx, projects, f, SITES, 60_000);
    expect([...choice]).toEqual([1, 0]);
    expect(report).toMatchObject({ status: 'optimal', components: 1, mipComponents: 0, solves: 0 });
  });

  it('a shortage goes to the MIP, which keeps the larger signed demand', async () => {
    const ctx = { highs: await loadHighs(), now: () => 0 };
    // a needs both parcels (2 亩); b and c one each. Greedy in priority order places a alone (2 亩 signed);
    // b + c together match 2 亩 too, but a has the larger investment, so the optimum keeps a.
    const projects = [
      matchProject('a', 'signed', 900, 2),
      matchProject('b', 'signed', 500, 1),
      matchProject('c', 'signed', 300, 1),
    ];
    const f = [fits([2, 3]), fits([0, 3]), fits([1, 3])];
    const { choice, report } = solveAssignment(ctx, projects, f, SITES, 60_000);
    expect([...choice]).toEqual([0, -1, -1]);
    expect(report).toMatchObject({ status: 'optimal', components: 1, mipComponents: 1 });
  });

  it('past the deadline (injected clock) the greedy placement stays and the gap is reported', async () => {
    const ctx = { highs: await loadHighs(), now: () => 120_000 };
    const projects = [
      matchProject('a', 'signed', 100, 2),
      matchProject('b', 'signed', 500, 1.5),
      matchProject('c', 'signed', 300, 1.5),
    ];
    const f = [fits([2, 3]), fits([0, 3]), fits([1, 3])];
    const { choice, report } = solveAssignment(ctx, projects, f, SITES, 60_000);
    // Greedy in the given order places a (2 亩); b + c (3 亩) is better but the MIP has no time.
    expect([...choice]).toEqual([0, -1, -1]);
    expect(report.status).toBe('time_limit');
    // First level (signed demand, 0.01 亩): bound 200 + 150 + 150 = 500, incumbent 200.
    expect(report.gap).toBeCloseTo(300 / 500, 12);
  });
});
