/**
 * Properties of matchProjects on random small instances (≤ 6 projects × ≤ 8 parcels, coordinates jittered
 * by 1e-7°): every assignment fits, no parcel is used twice, merged parcels really share an edge, the result
 * is optimal against exhaustive search, unmatched projects are explained, and runs are deterministic.
 * Case counts: tests/fixtures/property-runs.ts (full in CI).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchProjects } from '../../../../domain/land-balance/index.ts';
import { solverContext } from '../../../../server/land-balance/solver.ts';
import { propertyRuns } from '../../../fixtures/property-runs.ts';
import {
  AS_OF,
  bruteForceBest,
  bruteSites,
  fitsSite,
  gridAdjacent,
  type Instance,
  instanceArb,
  objective,
  PLATFORMS,
} from './random-instance.ts';

const ctx = await solverContext();
const run = (inst: Instance) =>
  matchProjects(
    {
      parcels: inst.parcels,
      projects: inst.projects,
      platforms: PLATFORMS,
      redevelopment: [],
      options: {
        asOf: AS_OF,
        slack: inst.slack,
        maxGroupSize: inst.maxGroupSize,
        includeReserve: true,
        includeRedevelopment: false,
      },
    },
    ctx,
  );

const connected = (ids: readonly string[]): boolean => {
  const seen = new Set([ids[0]!]);
  const stack = [ids[0]!];
  while (stack.length) {
    const a = stack.pop()!;
    for (const b of ids) {
      if (!seen.has(b) && gridAdjacent(a, b)) {
        seen.add(b);
        stack.push(b);
      }
    }
  }
  return seen.size === ids.length;
};

describe('matchProjects properties', () => {
  it('assignments fit, parcels are used once, merged parcels are adjacent, result is optimal', async () => {
    await fc.assert(
      fc.asyncProperty(instanceArb, async (inst) => {
        const m = await run(inst);
        expect(m.solver.optimal).toBe(true);
        const used = new Set<string>();
        for (const a of m.assignments) {
          const p = inst.projects.find((q) => q.id === a.projectId)!;
          expect(fitsSite(inst, p, a.parcelIds)).toBe(true);
          expect(
            new Set(a.parcelIds.map((id) => inst.parcels.find((q) => q.id === id)!.platformId)).size,
          ).toBe(1);
          expect(a.parcelIds.length).toBeLessThanOrEqual(inst.maxGroupSize);
          expect(connected(a.parcelIds)).toBe(true);
          for (const id of a.parcelIds) {
            expect(used.has(id)).toBe(false);
            used.add(id);
          }
        }
        expect(objective(inst, m.assignments)).toEqual(bruteForceBest(inst));
      }),
      { numRuns: propertyRuns(150) },
    );
  });

  it('the candidate sites are exactly the connected same-platform groups that fit', async () => {
    await fc.assert(
      fc.asyncProperty(instanceArb, async (inst) => {
        const m = await run(inst);
        const sites = bruteSites(inst);
        for (const p of inst.projects) {
          const expected = sites
            .filter((s) => fitsSite(inst, p, s))
            .map((s) => s.join('+'))
            .sort();
          const shown = (m.candidates[p.id] ?? []).map((c) => c.parcelIds.join('+')).sort();
          // The list is capped at 10 per project.
          if (expected.length <= 10) expect(shown).toEqual(expected);
          else expect(shown.every((s) => expected.includes(s))).toBe(true);
        }
      }),
      { numRuns: propertyRuns(100) },
    );
  });

  it('every unmatched project has a specific reason; "taken" only when a fitting site exists', async () => {
    await fc.assert(
      fc.asyncProperty(instanceArb, async (inst) => {
        const m = await run(inst);
        const sites = bruteSites(inst);
        expect(m.assignments.length + m.unmatched.length).toBe(inst.projects.length);
        for (const u of m.unmatched) {
          const p = inst.projects.find((q) => q.id === u.projectId)!;
          const hasFit = sites.some((s) => fitsSite(inst, p, s));
          expect(u.reason.code === 'sites_taken').toBe(hasFit);
          expect(u.reason.zh.length).toBeGreaterThan(0);
          expect(u.reason.en.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: propertyRuns(100) },
    );
  });

  it('is deterministic', async () => {
    await fc.assert(
      fc.asyncProperty(instanceArb, async (inst) => {
        const a = await run(inst);
        const b = await run(inst);
        expect({ ...a, solver: { ...a.solver, timeMs: 0 } }).toEqual({
          ...b,
          solver: { ...b.solver, timeMs: 0 },
        });
      }),
      { numRuns: propertyRuns(30) },
    );
  });
});
