/**
 * The assignment solve (domain/land-balance/solve-assignment.ts) on hand-made instances: which step proves
 * the answer (certificate or MIP), the choice it returns, and — with an injected clock — what it reports
 * when the deadline has passed.
 */
import { describe, expect, it } from 'vitest';
import type { CandidateSite } from '../../../../domain/land-balance/candidate-sites.ts';
import type { FitList, MatchProject } from '../../../../domain/land-balance/project-fit.ts';
import { solveAssignment } from '../../../../domain/land-balance/solve-assignment.ts';
import { loadHighs } from '../../../../server/land-balance/solver.ts';
import { pipelineProject } from '../../../fixtures/pipeline-project.ts';

const site = (resources: number[]): CandidateSite => ({
  id: resources.map((r) => `r${r}`).join('+'),
  kind: resources.length > 1 ? 'merged' : 'parcel',
  parcelIds: resources.map((r) => `r${r}`),
  resources,
  platformId: 'pa',
  areaMu: resources.length,
  landUses: ['1001'],
  availableFrom: '2018-03-09',
});
const SITES = [site([0]), site([1]), site([0, 1])];
const fits = (...pairs: Array<[number, number]>): FitList => ({
  site: Int32Array.from(pairs, (p) => p[0]),
  score: Uint8Array.from(pairs, (p) => p[1]),
});
const project = (id: string, investmentWan: number, demandMu: number): MatchProject => ({
  project: pipelineProject({
    id,
    name: id,
    enterprise: id,
    industry: 'laser',
    investmentWan,
    landDemandMu: demandMu,
    stage: 'signed',
  }),
  demandMu,
  window: { lowMu: demandMu, highMu: demandMu * 1.3 },
  deadline: null,
});

describe('solveAssignment', () => {
  it('scarcity certifies the optimum without a MIP: the project with one best site chooses first', async () => {
    const ctx = { highs: await loadHighs(), now: () => 0 };
    const projects = [project('a', 900, 1), project('b', 500, 1)];
    const f = [fits([0, 3], [1, 3]), fits([0, 3])];
    const { choice, report } = solveAssignment(ctx, projects, f, SITES, 60_000);
    expect([...choice]).toEqual([1, 0]);
    expect(report).toMatchObject({ status: 'optimal', components: 1, mipComponents: 0, solves: 0 });
  });

  it('a shortage goes to the MIP, which keeps the larger signed demand', async () => {
    const ctx = { highs: await loadHighs(), now: () => 0 };
    // a needs both parcels (2 亩); b and c one each. Greedy in priority order places a alone (2 亩 signed);
    // b + c together match 2 亩 too, but a has the larger investment, so the optimum keeps a.
    const projects = [project('a', 900, 2), project('b', 500, 1), project('c', 300, 1)];
    const f = [fits([2, 3]), fits([0, 3]), fits([1, 3])];
    const { choice, report } = solveAssignment(ctx, projects, f, SITES, 60_000);
    expect([...choice]).toEqual([0, -1, -1]);
    expect(report).toMatchObject({ status: 'optimal', components: 1, mipComponents: 1 });
  });

  it('past the deadline (injected clock) the greedy placement stays and the gap is reported', async () => {
    const ctx = { highs: await loadHighs(), now: () => 120_000 };
    const projects = [project('a', 100, 2), project('b', 500, 1.5), project('c', 300, 1.5)];
    const f = [fits([2, 3]), fits([0, 3]), fits([1, 3])];
    const { choice, report } = solveAssignment(ctx, projects, f, SITES, 60_000);
    // Greedy in the given order places a (2 亩); b + c (3 亩) is better but the MIP has no time.
    expect([...choice]).toEqual([0, -1, -1]);
    expect(report.status).toBe('time_limit');
    // First level (signed demand, 0.01 亩): bound 200 + 150 + 150 = 500, incumbent 200.
    expect(report.gap).toBeCloseTo(300 / 500, 12);
  });
});
