/** What a planner reads from the hand-made `belt-merge` fixture: each figure and reason checked by hand. */
import { describe, expect, it } from 'vitest';
import { computeLandBalance, matchProjects } from '../../../../domain/land-balance/index.ts';
import { m2ToMu } from '../../../../domain/units.ts';
import { solverContext } from '../../../../server/land-balance/solver.ts';
import { loadFixture } from './fixture.ts';

const { input } = loadFixture('belt-merge');
const area = (id: string): number => input.parcels.find((p) => p.id === id)!.areaMu;

describe('belt-merge: supply, demand, shortfall', () => {
  const b = computeLandBalance(input);

  it('counts ready/listed parcels without holder now, reserve by its date, redevelopment by completion', () => {
    const now = b.supply.items.filter((i) => i.source === 'available').map((i) => i.id);
    expect(now.sort()).toEqual(['B1', 'B2', 'B3', 'Z1', 'Z2']);
    expect(b.supply.items.find((i) => i.id === 'B4')).toMatchObject({ source: 'reserve', quarter: '2018Q3' });
    const r1 = b.supply.items.find((i) => i.id === 'r1')!;
    expect(r1.landMu).toBeCloseTo(m2ToMu(20000), 9);
    expect(r1.floorM2).toBe(50000);
    expect(b.supply.excluded).toEqual(
      expect.arrayContaining([
        { source: 'available', id: 'B6', reason: 'not_project_land_use' },
        { source: 'reserve', id: 'B8', reason: 'no_expected_date' },
        { source: 'redevelopment', id: 'r3', reason: 'redevelopment_completed' },
      ]),
    );
  });

  it('demand is pipeline only (no lead, no project holding land), land and floor apart', () => {
    const ids = b.demand.items.map((d) => d.projectId).sort();
    expect(ids).toEqual(['p1', 'p11', 'p12', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8']);
    expect(b.demand.total.landMu).toBe(130 + 60 + 90 + 18 + 200 + 60 + 25 + 15 + 40);
    expect(b.demand.total.floorM2).toBe(8000);
  });

  it('shortfall per platform is target-platform demand minus that platform’s supply', () => {
    const belt = b.shortfall.byPlatform.find((r) => r.platformId === 'belt-357')!;
    const beltSupply = area('B1') + area('B2') + area('B3') + area('B4');
    expect(belt.supplyMu).toBeCloseTo(beltSupply, 9);
    expect(belt.demandMu).toBe(130 + 60 + 18 + 200 + 60 + 15 + 40);
    expect(belt.shortfallMu).toBeCloseTo(belt.demandMu - beltSupply, 9);
    expect(belt.supplyFloorM2).toBe(30000);
    const total = b.shortfall.total;
    expect(total.shortfallMu).toBeCloseTo(total.demandMu - total.supplyMu, 9);
  });

  it('quarters run from asOf, cumulative shortfall ends at the total', () => {
    const qs = b.shortfall.byQuarter.map((q) => q.quarter);
    expect(qs[0]).toBe('2018Q1');
    expect(qs.at(-1)).toBe('2019Q2');
    expect(b.shortfall.byQuarter.at(-1)!.cumulativeShortfallMu).toBeCloseTo(b.shortfall.total.shortfallMu, 9);
  });

  it('per industry: M0 land (B4) counts for every industry — R&D of any industry may use it', () => {
    for (const industry of ['ai', 'semiconductor', 'new_energy'] as const) {
      const row = b.shortfall.byIndustry.find((r) => r.industry === industry)!;
      expect(row.supplyMu, industry).toBeCloseTo(b.shortfall.total.supplyMu, 9);
    }
    expect(b.shortfall.total.supplyMu).toBeGreaterThan(area('B4'));
  });
});

describe('belt-merge: matching', async () => {
  const m = matchProjects(input, await solverContext());
  const site = (p: string) => m.assignments.find((a) => a.projectId === p);
  const reason = (p: string) => m.unmatched.find((u) => u.projectId === p)?.reason;

  it('merges the two adjacent parcels for the signed 130 亩 project, not the corner-touching one', () => {
    expect(site('p1')).toMatchObject({ siteId: 'B1+B2', parcelIds: ['B1', 'B2'] });
    expect(site('p1')!.unusedMu).toBeCloseTo(area('B1') + area('B2') - 130, 9);
    expect(site('p1')!.intensityWanPerMu).toBeCloseTo(200000 / (area('B1') + area('B2')), 9);
    expect(m.candidates.p5 ?? []).toEqual([]);
  });

  it('places the R&D AI project on M0 reserve land; the other AI project finds no site of its size', () => {
    expect(site('p4')?.siteId).toBe('B4');
    expect(reason('p12')?.code).toBe('no_size_fit');
  });

  it('never places a project on a platform that is neither its target nor focused on its industry', () => {
    // Z2 (中韩, semiconductors only) has the right size for the big-data project p11, but does not suit it.
    expect(site('p11')).toBeUndefined();
    expect(reason('p11')?.code).toBe('no_size_fit');
    expect(reason('p11')?.zh).toContain('目标平台357创新产业带及聚焦大数据与物联网的平台中');
    expect(m.candidates.p11 ?? []).toEqual([]);
    for (const a of m.assignments) expect(a.score).toBeGreaterThanOrEqual(1);
  });

  it('explains each project without a site in planner language', () => {
    expect(reason('p5')?.code).toBe('too_large');
    expect(reason('p5')?.zh).toContain('需 200.0 亩');
    // M0 reserve land (B4) now admits semiconductor production, so the largest site grows from 136.6 亩.
    expect(reason('p5')?.zh).toContain('聚焦半导体的平台中无足够大的地块，最大可供 157.1 亩');
    expect(reason('p6')?.code).toBe('sites_taken');
    expect(reason('p6')?.details.holders).toEqual(expect.arrayContaining(['p1', 'p2']));
    expect(reason('p7')?.code).toBe('floor_space_only');
    // Floor space only: land matching does not place it; the belt's own 三旧 floor space is named.
    expect(reason('p7')?.zh).toBe(
      '需厂房 8,000 ㎡，不需用地；用地匹配只分配地块，不分配厂房。目标平台357创新产业带三旧改造可供厂房 30,000 ㎡',
    );
    expect(reason('p8')?.code).toBe('not_ready_in_time');
    expect(reason('p8')?.en).toContain('31 Dec 2018');
  });

  it('is proven optimal', () => {
    expect(m.solver).toMatchObject({ status: 'optimal', optimal: true, gap: 0 });
  });
});
