/** GET /api/platforms[/:id] and /api/projects[/:id] against the hand-made fixture. */
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from './helpers/test-app.ts';

const { app, client, cleanup } = testApp();
afterAll(cleanup);

describe('GET /api/platforms', () => {
  it('lists platforms with boundary, geodesic area in ㎡ and 亩, and parcel counts and areas by state', async () => {
    const body = await (await client.api.platforms.$get()).json();
    expect(body.items.map((p) => p.id)).toEqual(['test-belt', 'test-park']);
    const belt = body.items[0]!;
    expect(belt).toMatchObject({
      nameZh: '测试产业带',
      nameEn: 'Test Belt',
      kind: 'industry_belt',
      focusIndustries: ['semiconductor', 'laser', 'beidou'],
      towns: ['沥林', '陈江'],
      bbox: [114.2, 22.97, 114.26, 23.0],
    });
    // 0.06° × 0.03° at 23° N ≈ 20.49 km².
    expect(belt.areaM2 / 1e6).toBeCloseTo(20.49, 2);
    expect(belt.areaMu).toBeCloseTo((belt.areaM2 * 15) / 10000, 6);
    expect(belt.parcels.count).toBe(3);
    expect(belt.parcels.byState.ready.count).toBe(1);
    expect(belt.parcels.byState.ready.areaMu).toBeCloseTo(204.89, 1);
    expect(belt.parcels.byState.listed.count).toBe(1);
    expect(belt.parcels.byState.transferred.count).toBe(1);
    expect(belt.parcels.byState.planned).toEqual({ count: 0, areaM2: 0, areaMu: 0 });
    const sumMu = Object.values(belt.parcels.byState).reduce((s, t) => s + t.areaMu, 0);
    expect(belt.parcels.areaMu).toBeCloseTo(sumMu, 6);
  });

  it('sums planned investment by stage of the projects targeting each platform', async () => {
    const body = await (await client.api.platforms.$get()).json();
    const belt = body.items.find((p) => p.id === 'test-belt')!;
    expect(belt.projects.count).toBe(3);
    expect(belt.projects.investmentWan).toBe(310000);
    expect(belt.projects.byStage.land_acquired).toEqual({ count: 1, investmentWan: 200000 });
    expect(belt.projects.byStage.signed).toEqual({ count: 1, investmentWan: 80000 });
    expect(belt.projects.byStage.approved).toEqual({ count: 1, investmentWan: 30000 });
    expect(belt.projects.byStage.producing).toEqual({ count: 0, investmentWan: 0 });
    const park = body.items.find((p) => p.id === 'test-park')!;
    expect(park.projects.investmentWan).toBe(120000);
    expect(park.redevelopment.count).toBe(1);
    expect(park.redevelopment.floorSpaceM2).toBe(60000);
  });

  it('returns one platform by id and 404 for an unknown one', async () => {
    const res = await client.api.platforms[':id'].$get({ param: { id: 'test-park' } });
    expect(res.status).toBe(200);
    const park = await res.json();
    expect(park.id).toBe('test-park');
    expect(park.parcels.count).toBe(3);
    const missing = await app.request('/api/platforms/atlantis');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: { code: 'not_found', message: 'platform not found: atlantis' },
    });
  });
});

async function projectIds(query: string): Promise<string[]> {
  const res = await app.request(`/api/projects${query}`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { items: { id: string }[]; total: number };
  expect(body.total).toBe(body.items.length);
  return body.items.map((p) => p.id).sort();
}

describe('GET /api/projects', () => {
  it('lists all projects with the land they hold and their investment intensity', async () => {
    const body = await (await client.api.projects.$get({ query: {} })).json();
    expect(body.total).toBe(7);
    const baiwei = body.items.find((p) => p.id === 'proj-001')!;
    expect(baiwei.parcelIds).toEqual(['P-001']);
    expect(baiwei.landAreaMu).toBeCloseTo(68.298, 2);
    // Fixed-asset investment (150,000 of the 200,000 万元) ÷ land held (国土资发〔2008〕24号).
    expect(baiwei.intensityWanPerMu).toBeCloseTo(150000 / baiwei.landAreaMu, 6);
    const pipeline = body.items.find((p) => p.id === 'proj-002')!;
    expect(pipeline).toMatchObject({ landAreaMu: 0, intensityWanPerMu: null, neededBy: '2018-09-01' });
  });

  it('filters by platform, stage, industry, origin and q', async () => {
    expect(await projectIds('?platform=test-belt')).toEqual(['proj-001', 'proj-002', 'proj-003']);
    expect(await projectIds('?stage=signed&stage=approved')).toEqual(['proj-002', 'proj-003']);
    expect(await projectIds('?stage=signed,approved')).toEqual(['proj-002', 'proj-003']);
    expect(await projectIds('?industry=laser')).toEqual(['proj-002', 'proj-004']);
    expect(await projectIds('?origin=korea')).toEqual(['proj-006']);
    expect(await projectIds('?origin=shenzhen&industry=semiconductor')).toEqual(['proj-001']);
    expect(await projectIds('?q=激光')).toEqual(['proj-002', 'proj-004']);
    expect(await projectIds('?q=杰普特')).toEqual(['proj-002']);
    expect(await projectIds('?platform=test-park&stage=terminated')).toEqual([]);
  });

  it('rejects unknown enum values with 400 naming the field', async () => {
    for (const [query, field] of [
      ['?stage=won', 'stage'],
      ['?industry=steel', 'industry'],
      ['?origin=mars', 'origin'],
      ['?platform=nope', 'platform'],
      ['?platform=test-belt,nope', 'platform'],
    ] as const) {
      const res = await app.request(`/api/projects${query}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { field: string } }).error.field).toBe(field);
    }
  });

  it('GET /api/redevelopment answers 400 naming platform for an unknown platform id', async () => {
    const res = await app.request('/api/redevelopment?platform=nope');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { field: string; message: string } };
    expect(body.error.field).toBe('platform');
    expect(body.error.message).toContain('nope');
    expect((await app.request('/api/redevelopment?platform=test-park')).status).toBe(200);
  });

  it('returns one project with its parcels and target platform, and 404 for an unknown one', async () => {
    const p = await (await client.api.projects[':id'].$get({ param: { id: 'proj-004' } })).json();
    expect(p).toMatchObject({
      name: '本地激光扩产项目',
      stage: 'producing',
      origin: 'local',
      targetPlatform: { id: 'test-park', nameZh: '测试产业园', nameEn: 'Test Park' },
      keyDates: { producing: '2017-05-01' },
    });
    expect(p.parcels.map((x) => x.code)).toEqual(['ZK-2014-004']);
    const orphan = await (await client.api.projects[':id'].$get({ param: { id: 'proj-007' } })).json();
    expect(orphan.targetPlatform).toBeNull();
    expect(orphan.parcels).toEqual([]);
    const res = await app.request('/api/projects/nope');
    expect(res.status).toBe(404);
  });
});
