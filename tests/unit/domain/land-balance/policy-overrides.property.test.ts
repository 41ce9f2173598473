/**
 * Placement policy and planner overrides on random small instances (≤ 6 projects × ≤ 8 parcels), against an
 * exhaustive search written here from the rules (random-instance.ts `fitsSite`, `objective`):
 * - keepTarget: no project with a target platform is ever placed off it, and the result is the best of all
 *   placements that keep every project on its target;
 * - policy target_first: the objective with the on-target demand levels in front is optimal;
 * - locks and exclusions: a locked project is on its site, no excluded parcel or project is used, and the
 *   rest is optimal among the placements that respect them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchProjects } from '../../../../domain/land-balance/index.ts';
import type { Overrides } from '../../../../domain/land-balance/overrides.ts';
import { solverContext } from '../../../../server/land-balance/solver.ts';
import { propertyRuns } from '../../../fixtures/property-runs.ts';
import {
  AS_OF,
  bruteSites,
  fitsSite,
  type Instance,
  instanceArb,
  objective,
  PLATFORMS,
} from './random-instance.ts';

const ctx = await solverContext();
type Policy = 'area_first' | 'target_first';
const NONE: Overrides = { locks: [], excludedSites: [], excludedProjects: [] };

const run = (inst: Instance, keepTarget: boolean, policy: Policy, overrides: Overrides = NONE) =>
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
        keepTarget,
        policy,
      },
      overrides,
    },
    ctx,
  );

const platformOf = (inst: Instance, site: readonly string[]) =>
  inst.parcels.find((q) => q.id === site[0])!.platformId;

type Chosen = { projectId: string; parcelIds: readonly string[] };

/** The objective vector of a placement under `policy`, from the rules (on-target demand levels first). */
function value(inst: Instance, chosen: readonly Chosen[], policy: Policy): number[] {
  const base = objective(inst, chosen);
  if (policy === 'area_first') return base;
  const onTarget = [0, 0, 0];
  for (const c of chosen) {
    const p = inst.projects.find((q) => q.id === c.projectId)!;
    if (p.targetPlatformId !== platformOf(inst, c.parcelIds)) continue;
    const k = p.stage === 'signed' ? 0 : p.stage === 'approved' ? 1 : 2;
    onTarget[k]! += Math.round((p.landDemandMu ?? 0) * 100);
  }
  return [...onTarget, ...base];
}

const lexGreater = (a: readonly number[], b: readonly number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
};

/** Best objective over every placement allowed by `allowed(project, site)` (and `mustPlace` projects placed). */
function brute(
  inst: Instance,
  policy: Policy,
  allowed: (projectId: string, site: readonly string[]) => boolean,
  mustPlace: ReadonlySet<string> = new Set(),
): number[] | null {
  const sites = bruteSites(inst);
  const options = inst.projects.map((p) => sites.filter((s) => fitsSite(inst, p, s) && allowed(p.id, s)));
  let best: number[] | null = null;
  const chosen: Chosen[] = [];
  const used = new Set<string>();
  const go = (i: number): void => {
    if (i === inst.projects.length) {
      if ([...mustPlace].some((id) => !chosen.some((c) => c.projectId === id))) return;
      const v = value(inst, chosen, policy);
      if (best === null || lexGreater(v, best)) best = v;
      return;
    }
    go(i + 1);
    for (const s of options[i]!) {
      if (s.some((id) => used.has(id))) continue;
      for (const id of s) used.add(id);
      chosen.push({ projectId: inst.projects[i]!.id, parcelIds: s });
      go(i + 1);
      chosen.pop();
      for (const id of s) used.delete(id);
    }
  };
  go(0);
  return best;
}

describe('placement policy and overrides against exhaustive search', () => {
  it('keepTarget never places a project off its target platform, and is optimal among such placements', async () => {
    await fc.assert(
      fc.asyncProperty(
        instanceArb,
        fc.constantFrom<Policy>('area_first', 'target_first'),
        async (inst, policy) => {
          const m = run(inst, true, policy);
          for (const a of m.assignments) {
            const p = inst.projects.find((q) => q.id === a.projectId)!;
            if (p.targetPlatformId) expect(platformOf(inst, a.parcelIds)).toBe(p.targetPlatformId);
            expect(a.crossPlatform).toBe(false);
          }
          const onTarget = (id: string, s: readonly string[]) => {
            const t = inst.projects.find((q) => q.id === id)!.targetPlatformId;
            return t == null || platformOf(inst, s) === t;
          };
          expect(value(inst, m.assignments, policy)).toEqual(brute(inst, policy, onTarget));
        },
      ),
      { numRuns: propertyRuns(120) },
    );
  });

  it('policy target_first is optimal for its own objective (on-target demand first)', async () => {
    await fc.assert(
      fc.asyncProperty(instanceArb, async (inst) => {
        const m = run(inst, false, 'target_first');
        expect(value(inst, m.assignments, 'target_first')).toEqual(brute(inst, 'target_first', () => true));
        const a = run(inst, false, 'area_first');
        expect(value(inst, a.assignments, 'area_first')).toEqual(brute(inst, 'area_first', () => true));
      }),
      { numRuns: propertyRuns(120) },
    );
  });

  it('locks and exclusions are respected and the rest is re-optimised exactly', async () => {
    await fc.assert(
      fc.asyncProperty(
        instanceArb,
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        async (inst, lockPick, exclPick, excludeProject) => {
          // Lock one project to one of its fitting sites (if any), exclude one parcel not in that site, and
          // optionally exclude another project.
          const sites = bruteSites(inst);
          const fitting = inst.projects.flatMap((p) =>
            sites.filter((s) => fitsSite(inst, p, s)).map((s) => ({ p: p.id, s })),
          );
          const lock = fitting.length > 0 ? fitting[lockPick % fitting.length]! : null;
          const free = inst.parcels.map((q) => q.id).filter((id) => !lock?.s.includes(id));
          const excludedSite = free.length > 0 ? free[exclPick % free.length]! : null;
          const others = inst.projects.map((p) => p.id).filter((id) => id !== lock?.p);
          const excludedProject =
            excludeProject && others.length > 0 ? others[exclPick % others.length]! : null;
          const ov: Overrides = {
            locks: lock ? [{ projectId: lock.p, siteId: lock.s.join('+') }] : [],
            excludedSites: excludedSite ? [excludedSite] : [],
            excludedProjects: excludedProject ? [excludedProject] : [],
          };
          const m = run(inst, false, 'area_first', ov);
          expect(m.lockViolations).toEqual([]);
          if (lock) {
            const a = m.assignments.find((x) => x.projectId === lock.p);
            expect(a?.parcelIds).toEqual(lock.s);
            expect(a?.locked).toBe(true);
          }
          for (const a of m.assignments) {
            expect(a.projectId).not.toBe(excludedProject);
            if (excludedSite) expect(a.parcelIds).not.toContain(excludedSite);
          }
          if (excludedProject) {
            expect(m.unmatched.find((u) => u.projectId === excludedProject)?.reason.code).toBe(
              'excluded_by_planner',
            );
          }
          const allowed = (id: string, s: readonly string[]) =>
            id !== excludedProject &&
            !(excludedSite && s.includes(excludedSite)) &&
            (lock === null ||
              (id === lock.p ? s.join('+') === lock.s.join('+') : !s.some((x) => lock.s.includes(x))));
          expect(value(inst, m.assignments, 'area_first')).toEqual(
            brute(inst, 'area_first', allowed, new Set(lock ? [lock.p] : [])),
          );
        },
      ),
      { numRuns: propertyRuns(150) },
    );
  });
});
