/**
 * The solver's reductions (certificates, core refinement, safe-project peeling, dominated sites — see
 * solve-assignment.ts and presolve.ts) must not change the optimum: on random packings larger than brute
 * force can handle (up to 40 projects × 60 parcels), the reduced solve reaches the same objective vector as
 * the plain MIP on every component, and its choice is feasible. Small cases are checked against brute force
 * in matching.property.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProjectStage } from '../../../../domain/enums.ts';
import type { CandidateSite } from '../../../../domain/land-balance/candidate-sites.ts';
import { conflictComponents, peelSafe, undominatedFits } from '../../../../domain/land-balance/presolve.ts';
import {
  byPriority,
  type FitList,
  LEVELS,
  levelsOf,
  type MatchProject,
} from '../../../../domain/land-balance/project-fit.ts';
import { solveAssignment } from '../../../../domain/land-balance/solve-assignment.ts';
import { solverContext } from '../../../../server/land-balance/solver.ts';
import { propertyRuns } from '../../../fixtures/property-runs.ts';
import { matchProject, site } from './packing-fixture.ts';

const project = (i: number, stage: ProjectStage, investmentWan: number, demandMu: number): MatchProject =>
  matchProject(`p${String(i).padStart(2, '0')}`, stage, investmentWan, demandMu);

interface Packing {
  projects: MatchProject[];
  sites: CandidateSite[];
  fits: FitList[];
}

/** Ranked fit list from (site, score) pairs: score desc, then site index (what rankFits guarantees). */
const fitList = (pairs: ReadonlyArray<readonly [number, number]>): FitList => {
  const sorted = [...pairs].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return { site: Int32Array.from(sorted, (x) => x[0]), score: Uint8Array.from(sorted, (x) => x[1]) };
};

const packingArb: fc.Arbitrary<Packing> = fc
  .record({
    numResources: fc.integer({ min: 4, max: 60 }),
    // Sites: a parcel and, sometimes, it merged with one or two following parcels (a strip).
    mergeLen: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 60, maxLength: 60 }),
    projects: fc.array(
      fc.record({
        stage: fc.constantFrom<ProjectStage>('negotiating', 'approved', 'signed'),
        investmentWan: fc.integer({ min: 0, max: 30 }).map((x) => x * 100),
        demandMu: fc.integer({ min: 1, max: 9 }),
        // Fitting sites as (position in the site list modulo its length, score).
        fits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 3 })), { maxLength: 12 }),
      }),
      { minLength: 1, maxLength: 40 },
    ),
  })
  .map(({ numResources, mergeLen, projects }) => {
    const sites: CandidateSite[] = [];
    for (let r = 0; r < numResources; r++) {
      for (let len = 1; len <= mergeLen[r]! && r + len <= numResources; len++) {
        sites.push(site(Array.from({ length: len }, (_, k) => r + k)));
      }
    }
    const ps = projects.map((p, i) => project(i, p.stage, p.investmentWan, p.demandMu));
    const lists = projects.map((p) => {
      const seen = new Map<number, number>();
      for (const [pos, score] of p.fits) seen.set(pos % sites.length, score);
      return fitList([...seen]);
    });
    const order = ps.map((_, i) => i).sort((a, b) => byPriority(ps[a]!, ps[b]!));
    return { projects: order.map((i) => ps[i]!), sites, fits: order.map((i) => lists[i]!) };
  });

const objective = (pk: Packing, choice: Int32Array): number[] => {
  const v = new Array<number>(LEVELS).fill(0);
  choice.forEach((k, p) => {
    if (k < 0) return;
    levelsOf(pk.projects[p]!, pk.fits[p]!.score[k]!).forEach((x, i) => {
      v[i]! += x;
    });
  });
  return v;
};

const feasible = (pk: Packing, choice: Int32Array): boolean => {
  const used = new Set<number>();
  let ok = true;
  choice.forEach((k, p) => {
    if (k < 0) return;
    ok &&= k < pk.fits[p]!.site.length;
    for (const r of pk.sites[pk.fits[p]!.site[k]!]!.resources) {
      ok &&= !used.has(r);
      used.add(r);
    }
  });
  return ok;
};

describe('solver reductions', () => {
  it('the reduced solve reaches the plain MIP optimum, with a feasible choice', async () => {
    const ctx = await solverContext();
    await fc.assert(
      fc.property(packingArb, (pk) => {
        const far = ctx.now() + 600_000;
        const reduced = solveAssignment(ctx, pk.projects, pk.fits, pk.sites, far);
        const plain = solveAssignment(ctx, pk.projects, pk.fits, pk.sites, far, { reductions: false });
        expect(reduced.report.status).toBe('optimal');
        expect(plain.report.status).toBe('optimal');
        expect(feasible(pk, reduced.choice)).toBe(true);
        expect(objective(pk, reduced.choice)).toEqual(objective(pk, plain.choice));
      }),
      { numRuns: propertyRuns(120) },
    );
  }, 120_000);

  it('is deterministic', async () => {
    const ctx = await solverContext();
    await fc.assert(
      fc.property(packingArb, (pk) => {
        const a = solveAssignment(ctx, pk.projects, pk.fits, pk.sites, ctx.now() + 600_000);
        const b = solveAssignment(ctx, pk.projects, pk.fits, pk.sites, ctx.now() + 600_000);
        expect([...a.choice]).toEqual([...b.choice]);
      }),
      { numRuns: propertyRuns(30) },
    );
  }, 60_000);

  it('peels a project whose best site no one else can touch, and one with more free sites than blockers', () => {
    const sites = [0, 1, 2, 3, 4, 5].map((r) => site([r]));
    // p0: private site 0. p1: sites 1–4 (score 2); p2 only site 1, so it blocks at most 1 of p1's 4 sites.
    const fits = [
      fitList([[0, 1]]),
      fitList([
        [1, 2],
        [2, 2],
        [3, 2],
        [4, 2],
      ]),
      fitList([[1, 0]]),
    ];
    const peeled = peelSafe([0, 1, 2], fits, sites, 6);
    // p2's only site is one p1 may take: p2 becomes safe only once p1 has left (and is placed before it).
    expect(peeled).toEqual([0, 1, 2]);
  });

  it('does not peel two projects fighting over one site', () => {
    const sites = [site([0])];
    const fits = [fitList([[0, 1]]), fitList([[0, 1]])];
    expect(peelSafe([0, 1], fits, sites, 1)).toEqual([]);
  });

  it('drops a merged site containing a same-score site of the same project, keeps it over a lower score', () => {
    const sites = [site([0]), site([0, 1]), site([1]), site([1, 2])];
    const byKey = new Map(sites.map((s, i) => [s.resources.join(','), i]));
    const f = fitList([
      [0, 2],
      [1, 2],
      [2, 1],
      [3, 3],
    ]);
    const kept = undominatedFits(f, sites, byKey).map((i) => f.site[i]);
    // [0,1] ⊃ [0] with equal score → dropped; [1,2] ⊃ [1] but scores higher → kept.
    expect(kept.sort()).toEqual([0, 2, 3]);
  });

  it('splits projects into components that share no parcel', () => {
    const sites = [site([0]), site([1]), site([1, 2]), site([3])];
    const fits = [fitList([[0, 0]]), fitList([[1, 0]]), fitList([[2, 0]]), fitList([[3, 0]])];
    expect(conflictComponents([0, 1, 2, 3], fits, sites, 4)).toEqual([[0], [1, 2], [3]]);
  });
});
