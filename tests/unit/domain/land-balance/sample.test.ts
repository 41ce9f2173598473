/**
 * The bundled sample (geodata/, as of 2018-03-09): the Shenzhen pipeline must show a land shortage on the
 * 357 belt, and every Shenzhen project left without a site must say why. Files are parsed with the geodata
 * schemas and areas computed with turf.area, as the seed does.
 */
import { readFileSync } from 'node:fs';
import { area } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  areaFeature,
  featureCollection,
  ParcelProps,
  PlatformProps,
  RedevelopmentProps,
} from '../../../../domain/geodata-files.ts';
import {
  computeLandBalance,
  matchProjects,
  type ParcelWithGeometry,
} from '../../../../domain/land-balance/index.ts';
import { DatasetMeta, Project } from '../../../../domain/schemas.ts';
import { m2ToMu } from '../../../../domain/units.ts';
import { solverContext } from '../../../../server/land-balance/solver.ts';

const read = (f: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../../geodata/${f}`, import.meta.url), 'utf8'));
const m2 = (geometry: ParcelWithGeometry['geometry']): number =>
  area({ type: 'Feature', geometry, properties: {} });

const meta = DatasetMeta.parse(read('meta.json'));
const projects = z.array(Project).parse(read('projects.json'));
const holders = new Map<string, string[]>();
for (const p of projects) for (const id of p.parcelIds) holders.set(id, [...(holders.get(id) ?? []), p.id]);
const parcels: ParcelWithGeometry[] = featureCollection(areaFeature(ParcelProps))
  .parse(read('parcels.geojson'))
  .features.map(({ geometry, properties: { events: _events, ...p } }) => {
    const areaM2 = m2(geometry);
    return {
      ...p,
      areaM2,
      areaMu: m2ToMu(areaM2),
      projectIds: holders.get(p.id) ?? [],
      version: 1,
      geometry,
    };
  });
const platforms = featureCollection(areaFeature(PlatformProps))
  .parse(read('platforms.geojson'))
  .features.map((f) => ({ ...f.properties, areaM2: m2(f.geometry) }));
const redevelopment = featureCollection(areaFeature(RedevelopmentProps))
  .parse(read('redevelopment.geojson'))
  .features.map((f) => ({ ...f.properties, areaM2: m2(f.geometry) }));
const shenzhen = projects.filter((p) => p.origin === 'shenzhen');
const input = {
  parcels,
  projects: shenzhen,
  platforms,
  redevelopment,
  // Land in hand (净地可供 / 挂牌) — what "the land Zhongkai has" means in the article; reserve comes later.
  options: { asOf: meta.asOf, includeReserve: false, includeRedevelopment: true, slack: 0.3 },
};

describe('sample data: Shenzhen pipeline vs Zhongkai land', () => {
  it('the 357 belt lacks land for the Shenzhen pipeline', () => {
    const b = computeLandBalance(input);
    const belt = b.shortfall.byPlatform.find((r) => r.platformId === 'belt-357')!;
    expect(belt.demandMu).toBeGreaterThan(0);
    expect(belt.shortfallMu).toBeGreaterThan(0);
    expect(belt.shortfallMu).toBeCloseTo(belt.demandMu - belt.supplyMu, 6);
    expect(b.shortfall.total.shortfallMu).toBeGreaterThan(0);
  });

  it('matching leaves Shenzhen projects without a site, each with a specific reason', async () => {
    const m = matchProjects(input, await solverContext());
    expect(m.solver.optimal).toBe(true);
    expect(m.unmatched.length).toBeGreaterThan(0);
    const beltUnmatched = m.unmatched.filter(
      (u) => shenzhen.find((p) => p.id === u.projectId)?.targetPlatformId === 'belt-357',
    );
    expect(beltUnmatched.length).toBeGreaterThan(0);
    for (const u of m.unmatched) {
      expect(u.reason.zh.length).toBeGreaterThan(10);
      expect(u.reason.en.length).toBeGreaterThan(10);
      if (u.reason.code === 'too_large' || u.reason.code === 'no_size_fit')
        expect(u.reason.zh).toMatch(/^需 [\d,.]+ 亩/);
    }
    const used = m.assignments.flatMap((a) => a.parcelIds);
    expect(new Set(used).size).toBe(used.length);
  });

  it('out of time, matching still returns a valid packing and reports that it is not proven, with its gap', async () => {
    // 1 µs cannot cover building the sites, so every component that needs the MIP keeps its greedy solution.
    const ctx = await solverContext();
    const m = matchProjects({ ...input, options: { ...input.options, timeLimitSec: 1e-6 } }, ctx);
    expect(m.solver.status).toBe('time_limit');
    expect(m.solver.optimal).toBe(false);
    expect(m.solver.gap).toBeGreaterThan(0);
    expect(m.solver.gap).toBeLessThanOrEqual(1);
    const used = m.assignments.flatMap((a) => a.parcelIds);
    expect(new Set(used).size).toBe(used.length);
    const full = matchProjects(input, ctx);
    expect(m.assignments.length + m.unmatched.length).toBe(full.assignments.length + full.unmatched.length);
    // A project left out for lack of free land says the plan is not proven.
    const taken = m.unmatched.filter((u) => u.reason.code === 'sites_taken');
    expect(taken.length).toBeGreaterThan(0);
    for (const u of taken) expect(u.reason.zh).toContain('未证明最优');
  });
});
