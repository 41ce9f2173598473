/**
 * Read-API additions against the hand-made fixture: the parcel's idle clock on a chosen reference date (and the
 * dossier's), `industry` on the parcel list, projects by industry per platform, English town names.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from './helpers/test-app.ts';

const { app, client, db, cleanup } = testApp();
afterAll(cleanup);

async function json(path: string) {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('GET /api/parcels/:id?refDate=', () => {
  it('measures the idle clock against refDate and echoes it', async () => {
    // P-005: delivered on time, agreed start 2018-06-01 — due soon on the server's 2018-03-09, two years on
    // 2020-05-31 (730 days).
    const dflt = await (await client.api.parcels[':id'].$get({ param: { id: 'P-005' }, query: {} })).json();
    expect(dflt.referenceDate).toBe('2018-03-09');
    expect(dflt.idle.status).toBe('due_soon');
    const later = await (
      await client.api.parcels[':id'].$get({ param: { id: 'P-005' }, query: { refDate: '2020-05-31' } })
    ).json();
    expect(later.referenceDate).toBe('2020-05-31');
    expect(later.idle).toMatchObject({ status: 'reclaimable', daysOverdue: 730, daysUntilReclaim: 0 });
    const earlier = await (
      await client.api.parcels[':id'].$get({ param: { id: 'P-005' }, query: { refDate: '2018-04-17' } })
    ).json();
    expect(earlier.idle).toMatchObject({ status: 'due_soon', daysToStart: 45 });
  });

  it('agrees with the 闲置预警 list on the same reference date', async () => {
    const list = await (await client.api['idle-land'].$get({ query: { refDate: '2018-12-01' } })).json();
    expect(list.items.length).toBeGreaterThan(0);
    for (const r of list.items) {
      const p = await (
        await client.api.parcels[':id'].$get({ param: { id: r.parcelId }, query: { refDate: '2018-12-01' } })
      ).json();
      expect(p.idle).toMatchObject({ status: r.status, daysToStart: r.daysToStart, feeWan: r.feeWan });
    }
  });

  it('answers 400 naming refDate when it is not a real date', async () => {
    for (const bad of ['2018-02-30', '2018-3-9', 'today']) {
      const { status, body } = await json(`/api/parcels/P-001?refDate=${bad}`);
      expect(status).toBe(400);
      expect(body.error).toMatchObject({ code: 'invalid_input', field: 'refDate' });
    }
  });
});

describe('GET /api/reports/parcels/:id.pdf?refDate=', () => {
  const pdfText = async (query: string) => {
    const res = await app.request(`/api/reports/parcels/P-001.pdf${query}`);
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    return execFileSync('pdftotext', ['-layout', '-', '-'], { input: bytes }).toString('utf8');
  };

  it('dates the idle-land line by refDate', async () => {
    // pdftotext may break lines or insert spaces between CJK glyphs; compare without whitespace.
    const dflt = (await pdfText('')).replace(/\s+/g, '');
    const later = (await pdfText('?refDate=2019-02-01')).replace(/\s+/g, '');
    // P-001: agreed delivery 2017-01-10, never delivered — 423 days late on 2018-03-09, 752 on 2019-02-01; the
    // government's delay (国土资源部令第53号 第八条): no idle fee is printed.
    expect(dflt).toContain('交地逾期（政府原因）423天');
    expect(later).toContain('交地逾期（政府原因）752天');
    expect(later).not.toContain('闲置费风险');
    expect(later).not.toContain('应缴');
  });

  it('answers 400 naming refDate when it is not a real date', async () => {
    const { status, body } = await json('/api/reports/parcels/P-001.pdf?refDate=2018-13-01');
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'invalid_input', field: 'refDate' });
  });
});

describe('GET /api/parcels light properties', () => {
  it('carry the industry of the first holding project by id, null without a project', async () => {
    // A second project on P-004 (held by proj-004, laser): proj-004 still comes first by id.
    db.prepare('INSERT INTO parcel_projects (parcel_id, project_id) VALUES (?, ?)').run('P-004', 'proj-006');
    // Two projects on the unheld P-002: proj-002 (laser) precedes proj-006 (semiconductor).
    db.prepare('INSERT INTO parcel_projects (parcel_id, project_id) VALUES (?, ?)').run('P-002', 'proj-006');
    db.prepare('INSERT INTO parcel_projects (parcel_id, project_id) VALUES (?, ?)').run('P-002', 'proj-002');
    try {
      const body = await (await client.api.parcels.$get({ query: {} })).json();
      const industry = Object.fromEntries(body.features.map((f) => [f.id, f.properties.industry]));
      expect(industry).toEqual({
        'P-001': 'semiconductor',
        'P-002': 'laser',
        'P-003': null,
        'P-004': 'laser',
        'P-005': 'ai',
        'P-006': null,
      });
      // The bbox path (R*Tree) carries it too.
      const boxed = await (
        await client.api.parcels.$get({ query: { bbox: '114.205,22.975,114.225,22.99' } })
      ).json();
      expect(boxed.features.map((f) => [f.id, f.properties.industry])).toEqual([
        ['P-001', 'semiconductor'],
        ['P-002', 'laser'],
      ]);
    } finally {
      db.prepare(
        "DELETE FROM parcel_projects WHERE (parcel_id, project_id) IN (VALUES ('P-004', 'proj-006'), ('P-002', 'proj-006'), ('P-002', 'proj-002'))",
      ).run();
    }
  });
});

describe('GET /api/platforms projects.byIndustry', () => {
  it('counts and sums the non-terminated projects targeting each platform by industry', async () => {
    const body = await (await client.api.platforms.$get()).json();
    const belt = body.items.find((p) => p.id === 'test-belt')!;
    const park = body.items.find((p) => p.id === 'test-park')!;
    expect(belt.projects.byIndustry).toEqual({
      semiconductor: { count: 1, investmentWan: 200000 },
      laser: { count: 1, investmentWan: 80000 },
      beidou: { count: 1, investmentWan: 30000 },
    });
    expect(park.projects.byIndustry).toEqual({
      laser: { count: 1, investmentWan: 50000 },
      ai: { count: 1, investmentWan: 10000 },
      semiconductor: { count: 1, investmentWan: 60000 },
    });
  });

  it('leaves terminated projects out (they still count under byStage.terminated)', async () => {
    db.prepare("UPDATE projects SET target_platform_id = 'test-belt' WHERE id = 'proj-007'").run();
    try {
      const belt = await (await client.api.platforms[':id'].$get({ param: { id: 'test-belt' } })).json();
      expect(belt.projects.byStage.terminated).toEqual({ count: 1, investmentWan: 5000 });
      expect(belt.projects.byIndustry.bigdata_iot).toBeUndefined();
      const sum = Object.values(belt.projects.byIndustry).reduce((s, t) => s + (t?.count ?? 0), 0);
      expect(sum).toBe(belt.projects.count - belt.projects.byStage.terminated.count);
    } finally {
      db.prepare("UPDATE projects SET target_platform_id = NULL WHERE id = 'proj-007'").run();
    }
  });
});

describe('English town names', () => {
  it('gives the parcel its town in English, joined on the Chinese name without 镇/街道', async () => {
    // The fixture's towns layer spells them 沥林镇 / 陈江街道; parcels say 沥林 / 陈江.
    const p1 = await (await client.api.parcels[':id'].$get({ param: { id: 'P-001' }, query: {} })).json();
    expect([p1.town, p1.townEn]).toEqual(['沥林', 'Lilin']);
    const p3 = await (await client.api.parcels[':id'].$get({ param: { id: 'P-003' }, query: {} })).json();
    expect([p3.town, p3.townEn]).toEqual(['陈江', 'Chenjiang']);
    // 潼侨 is not in the fixture's towns layer.
    const p4 = await (await client.api.parcels[':id'].$get({ param: { id: 'P-004' }, query: {} })).json();
    expect([p4.town, p4.townEn]).toEqual(['潼侨', null]);
  });

  it('gives each platform its towns in English, in the same order', async () => {
    const body = await (await client.api.platforms.$get()).json();
    const belt = body.items.find((p) => p.id === 'test-belt')!;
    expect(belt.towns).toEqual(['沥林', '陈江']);
    expect(belt.townsEn).toEqual(['Lilin', 'Chenjiang']);
  });
});
