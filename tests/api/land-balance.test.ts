/**
 * GET /api/land-balance, /api/land-balance/matches and /api/projects/:id/candidates on the bundled sample
 * (geodata/). Supply and demand are recomputed here from the files with plain filters, sums and turf's
 * geodesic area, never copied from the implementation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area } from '@turf/turf';
import type { Geometry } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Project, RedevelopmentSite } from '../../domain/schemas.ts';
import { m2ToMu } from '../../domain/units.ts';
import { REAL_GEODATA, testApp } from './helpers/test-app.ts';

const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(REAL_GEODATA, file), 'utf8')) as T;
type RawParcel = {
  id: string;
  code: string;
  platformId: string;
  landUse: string;
  state: string;
  expectedReadyDate: string | null;
};
type Fc<P> = { features: { properties: P; geometry: Geometry }[] };

const projects = readJson<Project[]>('projects.json');
const parcels = readJson<Fc<RawParcel>>('parcels.geojson').features.map((f) => ({
  ...f.properties,
  areaMu: m2ToMu(area(f.geometry)),
}));
const platformFocus = new Map(
  readJson<Fc<{ id: string; focusIndustries: string[] }>>('platforms.geojson').features.map((f) => [
    f.properties.id,
    f.properties.focusIndustries,
  ]),
);
/** A platform suits a project (domain/land-balance/suitability.ts) when it is its target or its focus includes its industry. */
const platformSuits = (p: Project, platformId: string) =>
  p.targetPlatformId === platformId || (platformFocus.get(platformId) ?? []).includes(p.industry);
const sites = readJson<Fc<RedevelopmentSite>>('redevelopment.geojson').features.map((f) => f.properties);
const parcelById = new Map(parcels.map((p) => [p.id, p]));
const held = new Set(projects.flatMap((p) => p.parcelIds));

const BELT = 'belt-357';
const PROJECT_LAND_USES = ['1001', '100101', '100102', '100103', 'M0', '0802'];
const sum = <T>(xs: readonly T[], f: (x: T) => number) => xs.reduce((a, x) => a + f(x), 0);
const isPipeline = (p: Project) =>
  p.stage === 'negotiating' || p.stage === 'approved' || (p.stage === 'signed' && p.parcelIds.length === 0);
const pipeline = projects.filter(isPipeline);
const usable = (p: RawParcel) => PROJECT_LAND_USES.includes(p.landUse);
/** Ready or listed, nobody holds it, a use projects may build on: the land in hand. */
const inHand = parcels.filter((p) => ['ready', 'listed'].includes(p.state) && !held.has(p.id) && usable(p));
const reserve = parcels.filter((p) => p.state === 'reserve' && p.expectedReadyDate != null && usable(p));
const close = (actual: number | undefined, expected: number) =>
  expect(Math.abs((actual ?? Number.NaN) - expected)).toBeLessThan(1e-6 * Math.max(1, expected));

const { client, cleanup } = testApp({ geodataDir: REAL_GEODATA });
afterAll(cleanup);

/** Query parameters as sent (strings; bad values included for the 400 cases). */
type Query = Record<string, string>;
const balance = async (query: Query = {}) => {
  const res = await client.api['land-balance'].$get({ query });
  expect(res.status).toBe(200);
  return res.json();
};
const matches = async (query: Query = {}) => {
  const res = await client.api['land-balance'].matches.$get({ query });
  expect(res.status).toBe(200);
  return res.json();
};
const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }),
});

describe('GET /api/land-balance', () => {
  it('shows the 357 belt short of land in 亩: pipeline demand above the land in hand', async () => {
    const body = await balance();
    expect(body.options).toMatchObject({ includeReserve: false, includeRedevelopment: false, slack: 0.3 });
    const belt = body.shortfall.byPlatform.find((r) => r.platformId === BELT);
    const demand = sum(
      pipeline.filter((p) => p.targetPlatformId === BELT),
      (p) => p.landDemandMu ?? 0,
    );
    const supply = sum(
      inHand.filter((p) => p.platformId === BELT),
      (p) => p.areaMu,
    );
    expect(demand).toBeGreaterThan(supply);
    close(belt?.demandMu, demand);
    close(belt?.supplyMu, supply);
    close(belt?.shortfallMu, demand - supply);
    expect(body.platforms.find((p) => p.id === BELT)?.nameZh).toBe('357创新产业带');
  });

  it('shows the Shenzhen pipeline asking for more land than the whole zone has in hand', async () => {
    const body = await balance();
    const shenzhen = sum(
      pipeline.filter((p) => p.origin === 'shenzhen'),
      (p) => p.landDemandMu ?? 0,
    );
    close(
      body.supply.total.landMu,
      sum(inHand, (p) => p.areaMu),
    );
    expect(shenzhen).toBeGreaterThan(body.supply.total.landMu);
    close(
      body.demand.total.landMu,
      sum(pipeline, (p) => p.landDemandMu ?? 0),
    );
  });

  it('adds reserve land with includeReserve and 三旧 output with includeRedevelopment', async () => {
    const base = await balance();
    const withReserve = await balance({ includeReserve: 'true' });
    close(withReserve.supply.total.landMu, base.supply.total.landMu + sum(reserve, (p) => p.areaMu));
    const withRedev = await balance({ includeRedevelopment: '1' });
    const open = sites.filter((s) => s.stage !== 'completed' && s.mode !== 'other');
    close(
      withRedev.supply.total.floorM2,
      sum(open, (s) => s.floorSpaceM2),
    );
    close(withRedev.supply.total.landMu, base.supply.total.landMu + sum(open, (s) => m2ToMu(s.landOutputM2)));
  });

  it('leaves out demand needed after the horizon, and filters by platform and industry', async () => {
    const horizon = '2018-09-30';
    const body = await balance({ horizon });
    const due = pipeline.filter((p) => p.neededBy == null || p.neededBy <= horizon);
    close(
      body.demand.total.landMu,
      sum(due, (p) => p.landDemandMu ?? 0),
    );
    const belt = await balance({ platform: BELT, industry: 'laser' });
    const laser = pipeline.filter((p) => p.targetPlatformId === BELT && p.industry === 'laser');
    expect(belt.demand.items.map((d) => d.projectId).sort()).toEqual(laser.map((p) => p.id).sort());
    expect(belt.supply.items.every((s) => s.platformId === BELT)).toBe(true);
    // Supply rows name the parcel by its code from the files.
    for (const s of belt.supply.items) expect(s.code).toBe(parcelById.get(s.id)?.code);
  });

  it('answers 400 naming the field for bad options', async () => {
    const cases: [Query, string][] = [
      [{ slack: '-0.1' }, 'slack'],
      [{ slack: '2.5' }, 'slack'],
      [{ slack: 'abc' }, 'slack'],
      [{ horizon: '2018-02-30' }, 'horizon'],
      [{ horizon: '2017-12-31' }, 'horizon'],
      [{ industry: 'steel' }, 'industry'],
      [{ includeReserve: 'yes' }, 'includeReserve'],
      [{ platform: 'atlantis' }, 'platform'],
      [{ refDate: '09/03/2018' }, 'refDate'],
    ];
    for (const [query, field] of cases) {
      const res = await client.api['land-balance'].$get({ query });
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(ErrorBody.parse(await res.json()).error).toMatchObject({ code: 'invalid_input', field });
    }
    const res = await client.api['land-balance'].matches.$get({ query: { slack: '9' } });
    expect(res.status).toBe(400);
  });
});

describe('GET /api/land-balance/matches', () => {
  it('lists every pipeline project once, matched to a fitting site or with a reason in zh and en', async () => {
    const body = await matches();
    const slack = body.options.slack;
    expect(body.projects.map((r) => r.projectId).sort()).toEqual(pipeline.map((p) => p.id).sort());
    expect(body.summary.matched).toBe(body.assignments.length);
    expect(body.summary.matched).toBeGreaterThan(0);
    expect(body.summary.unmatched).toBeGreaterThan(0);
    const used = new Set<string>();
    for (const a of body.assignments) {
      expect(a.areaMu).toBeGreaterThanOrEqual(a.demandMu * (1 - 1e-9));
      expect(a.areaMu).toBeLessThanOrEqual(a.demandMu * (1 + slack) * (1 + 1e-9));
      close(a.demandMu, projects.find((p) => p.id === a.projectId)?.landDemandMu ?? Number.NaN);
      // Parcels are in hand (the default options), each used once; the site's area is theirs.
      for (const id of a.parcelIds) {
        expect(
          inHand.some((p) => p.id === id),
          id,
        ).toBe(true);
        expect(used.has(id), id).toBe(false);
        used.add(id);
      }
      close(
        a.areaMu,
        sum(a.parcelIds, (id) => parcelById.get(id)?.areaMu ?? Number.NaN),
      );
      expect(a.parcelCodes).toEqual(a.parcelIds.map((id) => parcelById.get(id)?.code));
      const project = projects.find((p) => p.id === a.projectId)!;
      for (const id of a.parcelIds) {
        expect(platformSuits(project, parcelById.get(id)!.platformId), `${a.projectId} on ${id}`).toBe(true);
      }
    }
    for (const [projectId, list] of Object.entries(body.candidates)) {
      const project = projects.find((p) => p.id === projectId)!;
      for (const c of list)
        expect(platformSuits(project, c.platformId), `${projectId} ${c.siteId}`).toBe(true);
    }
    for (const r of body.projects.filter((x) => x.status === 'unmatched')) {
      expect(r.reason?.zh, r.projectId).toMatch(/[\u4e00-\u9fff]/);
      expect(r.reason?.en, r.projectId).toMatch(/[a-z]{3}/);
    }
  });

  it('leaves Shenzhen projects without land and says why', async () => {
    const body = await matches();
    const shenzhen = new Set(pipeline.filter((p) => p.origin === 'shenzhen').map((p) => p.id));
    const left = body.unmatched.filter((u) => shenzhen.has(u.projectId));
    expect(left.length).toBeGreaterThan(0);
    // Land-demanding projects left out have a land reason, not just "floor space only".
    const codes = new Set(left.map((u) => u.reason.code));
    expect([...codes].some((c) => c !== 'floor_space_only')).toBe(true);
  });

  it('tells floor-space-only projects the truth: 三旧 not counted by default, else their platform’s floor space', async () => {
    const floorOnly = pipeline.filter((p) => (p.landDemandMu ?? 0) === 0 && (p.floorDemandM2 ?? 0) > 0);
    expect(floorOnly.length).toBeGreaterThan(0);
    const off = await matches();
    const on = await matches({ includeRedevelopment: 'true' });
    const open = sites.filter((s) => s.stage !== 'completed' && s.mode !== 'other');
    for (const p of floorOnly) {
      const r0 = off.unmatched.find((u) => u.projectId === p.id)?.reason;
      expect(r0?.code).toBe('floor_space_only');
      expect(r0?.zh).toContain('三旧改造厂房未计入供给');
      expect(r0?.zh).not.toMatch(/[^0-9,]0 ㎡/);
      expect(r0?.en).toContain('not counted');
      const r1 = on.unmatched.find((u) => u.projectId === p.id)?.reason;
      expect(r1?.zh).toContain('用地匹配只分配地块');
      expect(r1?.en).toContain('matching assigns land parcels only');
      // The target platform's own 三旧 floor space, not the zone total.
      const floor = sum(
        open.filter((s) => s.platformId === p.targetPlatformId),
        (s) => s.floorSpaceM2,
      );
      close(Number(r1?.details.platformFloorM2), floor);
      expect(r1?.zh).toContain(`${Math.round(floor).toLocaleString('en')} ㎡`);
    }
  });

  it('ranks candidates per project inside the demand window', async () => {
    const body = await matches();
    for (const [projectId, list] of Object.entries(body.candidates)) {
      const demand = projects.find((p) => p.id === projectId)?.landDemandMu ?? Number.NaN;
      const ranks = list.map((c) => c.rank);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      for (const c of list) {
        expect(c.areaMu).toBeGreaterThanOrEqual(demand * (1 - 1e-9));
        expect(c.areaMu).toBeLessThanOrEqual(demand * 1.3 * (1 + 1e-9));
        expect(c.parcelCodes).toEqual(c.parcelIds.map((id) => parcelById.get(id)?.code));
        // A merged site's remark names its parcels by code, as planners know them.
        const merged = c.reasons.find((r) => r.code === 'merged');
        if (c.parcelIds.length > 1) {
          for (const code of c.parcelCodes) expect(merged?.zh).toContain(code);
          expect(merged?.details.parcelIds).toEqual(c.parcelIds);
        }
      }
    }
  });

  it('recomputes with the what-if options: no slack matches fewer projects than a slack of 1', async () => {
    const none = await matches({ slack: '0' });
    const wide = await matches({ slack: '1' });
    expect(none.options.slack).toBe(0);
    expect(none.summary.matched).toBeLessThan(wide.summary.matched);
    for (const a of wide.assignments) expect(a.areaMu).toBeLessThanOrEqual(a.demandMu * 2 * (1 + 1e-9));
  });
});

describe('GET /api/projects/:id/candidates', () => {
  it('gives a matched project its assigned site and ranked candidates', async () => {
    const all = await matches();
    const a = all.assignments[0];
    if (!a) throw new Error('no assignment on the sample');
    const res = await client.api.projects[':id'].candidates.$get({ param: { id: a.projectId }, query: {} });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe('matched');
    expect(body.assignment?.siteId).toBe(a.siteId);
    expect(body.candidates.map((c) => c.siteId)).toEqual(all.candidates[a.projectId]?.map((c) => c.siteId));
    // The map features: every parcel of the assigned site flagged, each candidate parcel with its ranks.
    const assigned = body.features.features.filter((f) => f.properties.assigned).map((f) => f.id);
    expect(assigned.sort()).toEqual([...a.parcelIds].sort());
    for (const c of body.candidates) {
      for (const pid of c.parcelIds) {
        const f = body.features.features.find((x) => x.id === pid);
        expect(f?.properties.ranks).toContain(c.rank);
        expect(f?.properties.code).toBe(parcelById.get(pid)?.code);
        expect(f?.geometry.type).toMatch(/Polygon$/);
      }
    }
  });

  it('gives an unmatched project its reason', async () => {
    const all = await matches();
    const u = all.unmatched.find((x) => x.reason.code !== 'floor_space_only');
    if (!u) throw new Error('no unmatched land project on the sample');
    const res = await client.api.projects[':id'].candidates.$get({ param: { id: u.projectId }, query: {} });
    const body = await res.json();
    expect(body.status).toBe('unmatched');
    expect(body.reason?.zh).toBe(u.reason.zh);
  });

  it('says when options leave the project out, 422 for a project with land, 404 for an unknown one', async () => {
    const other = pipeline.find((p) => p.targetPlatformId !== BELT && p.targetPlatformId != null);
    if (!other) throw new Error('no pipeline project off the belt');
    const res = await client.api.projects[':id'].candidates.$get({
      param: { id: other.id },
      query: { platform: BELT },
    });
    const body = await res.json();
    expect([body.status, body.excluded, body.candidates]).toEqual(['excluded', 'filtered_out', []]);

    const landed = projects.find((p) => p.stage === 'land_acquired');
    if (!landed) throw new Error('no landed project');
    const res422 = await client.api.projects[':id'].candidates.$get({ param: { id: landed.id }, query: {} });
    expect(res422.status).toBe(422);
    expect(ErrorBody.parse(await res422.json()).error.code).toBe('not_in_pipeline');

    const res404 = await client.api.projects[':id'].candidates.$get({ param: { id: 'prj-nope' }, query: {} });
    expect(res404.status).toBe(404);
  });
});
