/** GET /api/parcels and /api/parcels/:id against the hand-made fixture (tests/fixtures/geodata-mini). */
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from './helpers/test-app.ts';

const { app, client, cleanup } = testApp();
afterAll(cleanup);

/** Spherical area (turf's radius) of a lon/lat rectangle, ㎡ — an independent check of the seed's areas. */
const rectAreaM2 = (x0: number, y0: number, x1: number, y1: number) => {
  const r = 6371008.8;
  const rad = Math.PI / 180;
  return r * r * (x1 - x0) * rad * (Math.sin(y1 * rad) - Math.sin(y0 * rad));
};

async function codes(query: string): Promise<{ codes: string[]; total: number }> {
  const res = await app.request(`/api/parcels${query}`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { features: { properties: { code: string } }[]; total: number };
  return { codes: body.features.map((f) => f.properties.code), total: body.total };
}

async function error(query: string) {
  const res = await app.request(`/api/parcels${query}`);
  return {
    status: res.status,
    body: (await res.json()) as { error: { code: string; message: string; field?: string } },
  };
}

describe('GET /api/parcels', () => {
  it('returns every parcel as a FeatureCollection with light properties and geodesic areas', async () => {
    const res = await client.api.parcels.$get({ query: {} });
    const body = await res.json();
    expect(body.type).toBe('FeatureCollection');
    expect(body.total).toBe(6);
    expect(body.limit).toBe(10_000);
    expect(body.features.map((f) => f.properties.code)).toEqual([
      'ZK-2014-004',
      'ZK-2017-001',
      'ZK-2017-002',
      'ZK-2017-005',
      'ZK-2018-003',
      'ZK-R-006',
    ]);
    const p1 = body.features.find((f) => f.id === 'P-001')!;
    expect(Object.keys(p1.properties).sort()).toEqual(
      ['areaM2', 'areaMu', 'code', 'id', 'industry', 'landUse', 'platformId', 'state'].sort(),
    );
    expect(p1.properties).toMatchObject({ platformId: 'test-belt', state: 'transferred', landUse: '100101' });
    expect(p1.properties.areaM2).toBeCloseTo(rectAreaM2(114.21, 22.98, 114.212, 22.982), 0);
    expect(p1.properties.areaMu).toBeCloseTo((p1.properties.areaM2 * 15) / 10000, 9);
    expect(p1.geometry.type).toBe('Polygon');
    expect(p1.geometry.coordinates[0]).toHaveLength(5);
  });

  it('filters by bbox on the real geometry, not just the bounding box', async () => {
    expect(await codes('?bbox=114.205,22.975,114.225,22.99')).toEqual({
      codes: ['ZK-2017-001', 'ZK-2017-002'],
      total: 2,
    });
    // Touches the triangle P-006's bbox in its empty north-east corner only.
    expect(await codes('?bbox=114.2531,23.0531,114.26,23.06')).toEqual({ codes: [], total: 0 });
    // Overlaps the triangle itself near its right angle.
    expect((await codes('?bbox=114.249,23.049,114.251,23.051')).codes).toEqual(['ZK-R-006']);
    // A box inside a parcel (zoomed in far) still finds it.
    expect((await codes('?bbox=114.2105,22.9805,114.2106,22.9806')).codes).toEqual(['ZK-2017-001']);
  });

  it('filters by platform, several states (repeated or comma-separated) and land use', async () => {
    expect((await codes('?platform=test-park')).codes).toEqual(['ZK-2014-004', 'ZK-2017-005', 'ZK-R-006']);
    const repeated = await codes('?state=ready&state=listed');
    const comma = await codes('?state=ready,listed');
    expect(repeated.codes).toEqual(['ZK-2017-002', 'ZK-2018-003']);
    expect(comma).toEqual(repeated);
    expect((await codes('?landUse=M0')).codes).toEqual(['ZK-2018-003']);
    expect((await codes('?landUse=100101,100102')).codes).toEqual([
      'ZK-2014-004',
      'ZK-2017-001',
      'ZK-2017-005',
    ]);
    expect((await codes('?platform=test-belt&state=transferred,ready')).codes).toEqual([
      'ZK-2017-001',
      'ZK-2017-002',
    ]);
  });

  it('a level-2 land use (1001 工业用地) matches its whole family; a level-3 code only itself', async () => {
    // P-001 100101, P-002 1001, P-004 100102, P-005 100101; P-003 M0 and P-006 1101 are other families.
    expect(await codes('?landUse=1001')).toEqual({
      codes: ['ZK-2014-004', 'ZK-2017-001', 'ZK-2017-002', 'ZK-2017-005'],
      total: 4,
    });
    expect((await codes('?landUse=100102')).codes).toEqual(['ZK-2014-004']);
    expect((await codes('?landUse=1001,M0&platform=test-belt')).codes).toEqual([
      'ZK-2017-001',
      'ZK-2017-002',
      'ZK-2018-003',
    ]);
    expect((await codes('?landUse=1101')).codes).toEqual(['ZK-R-006']);
  });

  it('filters by area in 亩 (inclusive bounds)', async () => {
    // Areas: P-001 68.3, P-002 204.9, P-003 68.3, P-004 102.4, P-005 34.1, P-006 ≈136 亩.
    expect((await codes('?minAreaMu=60&maxAreaMu=110')).codes).toEqual([
      'ZK-2014-004',
      'ZK-2017-001',
      'ZK-2018-003',
    ]);
    expect((await codes('?minAreaMu=150')).codes).toEqual(['ZK-2017-002']);
    expect((await codes('?maxAreaMu=40')).codes).toEqual(['ZK-2017-005']);
  });

  it('filters by the industry of the projects on the parcel', async () => {
    expect((await codes('?industry=semiconductor')).codes).toEqual(['ZK-2017-001']);
    expect((await codes('?industry=laser&industry=ai')).codes).toEqual(['ZK-2014-004', 'ZK-2017-005']);
    expect((await codes('?industry=beidou')).codes).toEqual([]);
  });

  it('searches the parcel code and the enterprise with q', async () => {
    expect((await codes('?q=zk-2018')).codes).toEqual(['ZK-2018-003']);
    expect((await codes('?q=佰维')).codes).toEqual(['ZK-2017-001']);
    expect((await codes('?q=HYPERLINK')).codes).toEqual(['ZK-2017-005']);
  });

  it('cuts at limit but reports the total of all matches', async () => {
    expect(await codes('?limit=2')).toEqual({ codes: ['ZK-2014-004', 'ZK-2017-001'], total: 6 });
    expect(await codes('?limit=1&bbox=114.2,22.97,114.26,23.0')).toEqual({
      codes: ['ZK-2017-001'],
      total: 3,
    });
  });

  it.each([
    ['?bbox=114.2,22.9,114.3', 'four numbers'],
    ['?bbox=a,b,c,d', 'four numbers'],
    ['?bbox=114.3,22.9,114.2,23.0', 'min must be less than max'],
    ['?bbox=22.9,114.2,23.0,114.3', 'within ±90'],
    ['?bbox=', 'four numbers'],
  ])('rejects bbox %s with 400 naming bbox', async (query, message) => {
    const { status, body } = await error(query);
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.field).toBe('bbox');
    expect(body.error.message).toContain(message);
  });

  it('rejects an unknown state, land use or industry with 400 naming the field', async () => {
    for (const [query, field] of [
      ['?state=ready,sold', 'state'],
      ['?landUse=M9', 'landUse'],
      ['?industry=steel', 'industry'],
      ['?platform=nope', 'platform'],
      ['?platform=test-belt&platform=nope', 'platform'],
    ] as const) {
      const { status, body } = await error(query);
      expect(status).toBe(400);
      expect(body.error.field).toBe(field);
    }
  });

  it('rejects non-numeric areas and bad limits with 400 naming the field', async () => {
    for (const [query, field] of [
      ['?minAreaMu=abc', 'minAreaMu'],
      ['?maxAreaMu=', 'maxAreaMu'],
      ['?maxAreaMu=Infinity', 'maxAreaMu'],
      ['?minAreaMu=-5', 'minAreaMu'],
      ['?maxAreaMu=-1', 'maxAreaMu'],
      ['?limit=0', 'limit'],
      ['?limit=100001', 'limit'],
      ['?limit=ten', 'limit'],
    ] as const) {
      const { status, body } = await error(query);
      expect(status, query).toBe(400);
      expect(body.error.field).toBe(field);
    }
  });

  it('answers 422 when minAreaMu exceeds maxAreaMu', async () => {
    const { status, body } = await error('?minAreaMu=100&maxAreaMu=50');
    expect(status).toBe(422);
    expect(body.error).toMatchObject({ code: 'unprocessable', field: 'minAreaMu' });
  });
});

describe('GET /api/parcels/:id', () => {
  it('returns the whole parcel: attributes, geometry, platform, projects with intensity, history, idle clock', async () => {
    const res = await client.api.parcels[':id'].$get({ param: { id: 'P-001' }, query: {} });
    expect(res.status).toBe(200);
    const p = await res.json();
    expect(p).toMatchObject({
      id: 'P-001',
      code: 'ZK-2017-001',
      town: '沥林',
      plotRatioMax: 2.5,
      state: 'transferred',
      stateSince: '2016-12-20',
      contract: { signed: '2016-12-20', agreedStart: '2017-01-15', agreedCompletion: '2019-01-15' },
      landPriceWan: 3000,
      projectIds: ['proj-001'],
      version: 1,
      platform: { id: 'test-belt', nameZh: '测试产业带', nameEn: 'Test Belt' },
      bbox: [114.21, 22.98, 114.212, 22.982],
      redevelopment: null,
      referenceDate: '2018-03-09',
    });
    expect(p.geometry.type).toBe('Polygon');
    expect(p.projects).toHaveLength(1);
    expect(p.projects[0]).toMatchObject({ id: 'proj-001', enterprise: '深圳佰维存储科技股份有限公司' });
    // Fixed-asset investment 150,000 万元 (of 200,000 in all) on the one parcel of ≈68.30 亩 (国土资发〔2008〕24号).
    expect(p.projects[0]!.intensityWanPerMu).toBeCloseTo(150000 / p.areaMu, 6);
    expect(p.projects[0]!.intensityWanPerMu).toBeCloseTo(2196.2, 0);
    expect(p.projects[0]!.intensityYuanPerM2).toBeCloseTo((150000 * 10000) / p.areaM2, 6);
    expect(p.projects[0]!.landUseFit).toEqual({ ok: true });
    expect(p.events.map((e) => [e.from, e.to, e.date])).toEqual([
      [null, 'reserve', '2015-06-01'],
      ['reserve', 'ready', '2016-05-01'],
      ['ready', 'listed', '2016-11-01'],
      ['listed', 'transferred', '2016-12-20'],
    ]);
    // Agreed delivery 2017-01-10, never delivered: 423 days late on 2018-03-09 — the government's delay
    // (国土资源部令第53号 第八条), so the clock is suspended and there is no idle fee, exposure or owed.
    expect(p.delivery).toEqual({
      agreed: '2017-01-10',
      actual: null,
      overdueDays: 423,
      governmentDelay: true,
    });
    expect(p.idle).toMatchObject({ status: 'government_delay', feeWan: null, idleDate: null });
    expect(p.compliance).toMatchObject({
      status: 'government_delay',
      stage: null,
      exposureWan: 0,
      owedWan: 0,
    });
    expect(p.grant).toEqual({
      mode: 'listing',
      legalBasis: null,
      termYears: 50,
      leaseFirst: false,
      flexibleTerm: false,
    });
    expect(p.conditions).toMatchObject({
      plotRatioMin: 1.2,
      plotRatioMax: 2.5,
      investmentIntensityWanPerMu: 300,
    });
    expect(p.contract).toMatchObject({ amendments: [], effectiveStart: null, effectiveCompletion: null });
    expect(p.started).toBeNull();
    expect(p.readiness).toBeNull();
  });

  it('shows the countdown for a parcel due to start soon and the redevelopment site on a parcel', async () => {
    const p5 = await (await client.api.parcels[':id'].$get({ param: { id: 'P-005' }, query: {} })).json();
    expect(p5.idle).toMatchObject({ status: 'due_soon', daysToStart: 84, feeWan: 240 });
    expect(p5.delivery).toEqual({
      agreed: '2018-01-10',
      actual: '2018-01-10',
      overdueDays: 0,
      governmentDelay: false,
    });
    // 30 years with lease first: 弹性年期 / 先租后让.
    expect(p5.grant).toMatchObject({ termYears: 30, leaseFirst: true, flexibleTerm: true });
    expect(p5.projects[0]!.enterprise).toBe('=HYPERLINK("http://x")');
    const p6 = await (await client.api.parcels[':id'].$get({ param: { id: 'P-006' }, query: {} })).json();
    expect(p6.idle.status).toBe('not_applicable');
    expect(p6.expectedReadyDate).toBe('2019-01-01');
    // 批而未供 since 2016-02-01: 767 days on 2018-03-09, past the two-year mark (自然资规〔2018〕1号).
    expect(p6.readiness).toEqual({
      conversionApproved: '2016-02-01',
      quotaAllocated: true,
      demolitionPct: 60,
      siteLevelled: false,
      expectedReady: '2019-01-01',
      approvedUnsuppliedDays: 767,
      approvedUnsuppliedWarning: true,
    });
    expect(p6.redevelopment).toMatchObject({
      id: 'R-001',
      type: 'old_factory',
      mode: 'industrial_to_industrial',
    });
  });

  it('measures the idle clock against a configured reference date', async () => {
    const later = testApp({ referenceDate: '2020-06-01' });
    try {
      // P-005: delivered on time, agreed start 2018-06-01 — 731 days later it is two years past.
      const p5 = await (
        await later.client.api.parcels[':id'].$get({ param: { id: 'P-005' }, query: {} })
      ).json();
      expect(p5.idle.status).toBe('reclaimable');
      expect(p5.compliance).toMatchObject({ status: 'suspected_idle', exposureWan: 240, owedWan: 0 });
      expect(p5.referenceDate).toBe('2020-06-01');
    } finally {
      later.cleanup();
    }
  });

  it('answers 404 with the error shape for an unknown id', async () => {
    const res = await app.request('/api/parcels/P-999');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'parcel not found: P-999' } });
  });
});
