/**
 * GET /api/redevelopment, /api/targets, /api/tech-upgrades, /api/layers/:name, /api/search, /api/health,
 * /api/config, and unknown API paths — against the hand-made fixture.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from './helpers/test-app.ts';

const { app, client, cleanup } = testApp({ tiandituKey: 'test-key' });
afterAll(cleanup);

const json = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('GET /api/redevelopment', () => {
  it('returns the sites as features with computed areas', async () => {
    const body = await (await client.api.redevelopment.$get({ query: {} })).json();
    expect(body.total).toBe(2);
    expect(body.features.map((f) => f.properties.code)).toEqual(['SJ-2018-01', 'SJ-2018-02']);
    const r2 = body.features[1]!.properties;
    expect(r2).toMatchObject({
      type: 'old_village',
      mode: 'industrial_to_tech',
      stage: 'planning',
      parcelId: null,
    });
    // 0.003° × 0.002° at 22.99° N.
    expect(r2.areaM2).toBeCloseTo(68296, -1);
  });

  it('filters by platform, type, mode, stage and year', async () => {
    const ids = async (q: string) =>
      ((await json(`/api/redevelopment${q}`)).body.features as { id: string }[]).map((f) => f.id);
    expect(await ids('?platform=test-belt')).toEqual(['R-002']);
    expect(await ids('?type=old_factory')).toEqual(['R-001']);
    expect(await ids('?mode=industrial_to_tech')).toEqual(['R-002']);
    expect(await ids('?stage=demolition,planning')).toEqual(['R-001', 'R-002']);
    expect(await ids('?year=2018')).toEqual(['R-001']);
    const bad = await json('/api/redevelopment?stage=razed');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { field: 'stage' } });
  });
});

describe('GET /api/targets and /api/tech-upgrades', () => {
  it('lists targets, filtered by scope, year and metric', async () => {
    const all = await (await client.api.targets.$get({ query: {} })).json();
    expect(all.items).toHaveLength(4);
    const zone = await (
      await client.api.targets.$get({ query: { scope: 'zone', metric: 'redevelopment_area' } })
    ).json();
    expect(zone.items).toEqual([
      {
        id: 'T-3',
        scope: 'zone',
        year: 2018,
        metric: 'redevelopment_area',
        value: 130000,
        unit: 'm2',
        source: '2018年工作目标',
      },
    ]);
    const belt = await json('/api/targets?scope=test-belt&year=2020');
    expect((belt.body.items as { id: string }[]).map((t) => t.id)).toEqual(['T-4']);
    expect((await json('/api/targets?year=twenty')).status).toBe(400);
    expect((await json('/api/targets?metric=gdp')).body).toMatchObject({ error: { field: 'metric' } });
  });

  it('lists technical-upgrade investments', async () => {
    const body = await (await client.api['tech-upgrades'].$get()).json();
    expect(body.items).toEqual([
      {
        id: 'TU-1',
        enterprise: '惠州市本地激光有限公司',
        platformId: 'test-park',
        year: 2018,
        investmentWan: 12000,
        completedWan: 3000,
      },
    ]);
  });
});

describe('GET /api/layers/:name', () => {
  it('returns towns, roads and water as FeatureCollections', async () => {
    const towns = await (await client.api.layers[':name'].$get({ param: { name: 'towns' } })).json();
    expect(towns.features.map((f) => f.properties.nameZh)).toEqual(['沥林镇', '陈江街道']);
    expect(towns.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [114.2, 22.965] });
    const roads = await (await client.api.layers[':name'].$get({ param: { name: 'roads' } })).json();
    expect(roads.features[0]!.properties).toMatchObject({ ref: 'S357', kind: 'provincial' });
    const water = await (await client.api.layers[':name'].$get({ param: { name: 'water' } })).json();
    expect(water.features[0]!.geometry.type).toBe('Polygon');
  });

  it('answers 404 for an unknown layer', async () => {
    const { status, body } = await json('/api/layers/parcels');
    expect(status).toBe(404);
    expect(body).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('GET /api/search', () => {
  it('finds projects and enterprises by a Chinese substring, with the parcels they hold', async () => {
    const body = await (await client.api.search.$get({ query: { q: '激光' } })).json();
    expect(body.projects.map((p) => p.id).sort()).toEqual(['proj-002', 'proj-004']);
    expect(body.enterprises).toEqual([
      { enterprise: '惠州市本地激光有限公司', projectIds: ['proj-004'], parcelIds: ['P-004'] },
    ]);
    // The parcel held by the matching enterprise is a parcel hit too (proj-004 holds P-004; proj-002 none).
    expect(body.parcels.map((p) => p.id)).toEqual(['P-004']);
  });

  it('lists parcels held by a matching enterprise, code matches first, each once, cut at limit', async () => {
    const byName = await (await client.api.search.$get({ query: { q: '佰维' } })).json();
    expect(byName.parcels).toEqual([
      {
        id: 'P-001',
        code: 'ZK-2017-001',
        platformId: 'test-belt',
        state: 'transferred',
        areaMu: expect.any(Number),
      },
    ]);
    // 'ZK-2017' matches four codes by prefix; nothing else.
    const byCode = await (await client.api.search.$get({ query: { q: 'zk-2017' } })).json();
    expect(byCode.parcels.map((p) => p.code)).toEqual(['ZK-2017-001', 'ZK-2017-002', 'ZK-2017-005']);
    const cut = await (await client.api.search.$get({ query: { q: 'zk-2017', limit: '2' } })).json();
    expect(cut.parcels.map((p) => p.code)).toEqual(['ZK-2017-001', 'ZK-2017-002']);
  });

  it('finds an enterprise name that looks like a formula as plain text', async () => {
    const body = await (await client.api.search.$get({ query: { q: '=HYPER' } })).json();
    expect(body.enterprises[0]).toEqual({
      enterprise: '=HYPERLINK("http://x")',
      projectIds: ['proj-005'],
      parcelIds: ['P-005'],
    });
    expect(body.parcels.map((p) => p.id)).toEqual(['P-005']);
  });

  it('requires q', async () => {
    for (const path of ['/api/search', '/api/search?q=', '/api/search?q=%20']) {
      const { status, body } = await json(path);
      expect(status).toBe(400);
      expect(body).toMatchObject({ error: { code: 'invalid_input', field: 'q' } });
    }
  });
});

describe('GET /api/health, /api/config and unknown paths', () => {
  it('reports health with the data version and counts', async () => {
    const body = await (await client.api.health.$get()).json();
    expect(body).toMatchObject({
      ok: true,
      time: '2018-03-09T08:00:00.000Z',
      counts: { platforms: 2, parcels: 6, projects: 7, redevelopment: 2, targets: 4 },
    });
    expect(body.dataVersion).toMatch(/^[0-9a-f]{12}$/);
  });

  it('gives the client the as-of date, data version, 天地图 key and reference date', async () => {
    const body = await (await client.api.config.$get()).json();
    expect(body).toMatchObject({
      asOf: '2018-03-09',
      tiandituKey: 'test-key',
      referenceDate: '2018-03-09',
      illustrativeGeometry: true,
    });
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const { status, body } = await json('/api/nothing-here');
    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: 'not_found', message: 'no route for GET /api/nothing-here' } });
  });
});
