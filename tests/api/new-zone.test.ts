/**
 * A new zone from nothing: a database started with SEED=none (and one from an empty GEODATA_DIR) holds no
 * platform, parcel or project and the empty zone's settings; an administrator sets the zone's name, towns, map
 * view and validity box (PUT /api/settings, audited; editors are refused); then platforms and parcels come in from
 * the checked-in new-zone shapefiles (GDAL-written, EPSG:4547, GBK) and are listed. Oracles: literal names and
 * codes, the source rectangles' closed-form areas, the audit rows read directly.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_ZONE_SETTINGS } from '../../domain/settings/zone-settings.ts';
import { createApp } from '../../server/app.ts';
import { openDatabase } from '../../server/db/open.ts';
import { readEnv } from '../../server/env.ts';
import { seedDatabase } from '../../server/seed/seed-database.ts';
import { rectAreaM2 } from '../unit/domain/parcel-edit/spherical-rectangle.ts';
import { addUser, as, signIn, TEST_COST } from './helpers/auth.ts';
import { IMPORT_FIXTURES, importForm } from './helpers/import-zone.ts';
import { tempDir } from './helpers/test-app.ts';

const NEW_ZONE = join(IMPORT_FIXTURES, 'new-zone');
const fixture = (name: string) => new Uint8Array(readFileSync(join(NEW_ZONE, name)));

const tmp = tempDir('zk-new-zone-');
const db = openDatabase(join(tmp.dir, 'zone.sqlite'));
const env = readEnv({ SEED: 'none' });
seedDatabase(db, env.GEODATA_DIR, env.SEED, new Date('2026-05-04T02:00:00Z'));
const app = createApp({
  db,
  clock: () => new Date('2026-05-04T02:00:00Z'),
  auth: { passwordCost: TEST_COST },
});
let admin: ReturnType<typeof as>;
let editor: ReturnType<typeof as>;

const ZONE = {
  nameZh: '新湖高新区',
  nameEn: 'Xinhu Hi-tech Zone',
  mapView: { mode: 'fixed', center: [113.34, 23.115], zoom: 12 },
  towns: ['新湖镇', '东岸街道'],
  parcelCodePattern: '^(XH-\\d{4})-(\\d{3})(?:-(\\d+))?$',
  validityBox: [113.0, 22.9, 113.7, 23.4],
};

beforeAll(async () => {
  await addUser(db, { login: 'admin', role: 'admin', displayName: '管理员' });
  await addUser(db, { login: 'editor', role: 'editor', displayName: '李工' });
  admin = as(app, await signIn(app, 'admin'));
  editor = as(app, await signIn(app, 'editor'));
});
afterAll(() => {
  db.close();
  tmp.cleanup();
});

const json = async <T>(res: Response | Promise<Response>) => (await (await res).json()) as T;

describe('SEED=none', () => {
  it('starts an empty zone: no platforms, parcels or projects; the empty settings; as of its first day', async () => {
    expect((await json<{ items: unknown[] }>(admin('/api/platforms'))).items).toEqual([]);
    expect((await json<{ total: number }>(admin('/api/parcels'))).total).toBe(0);
    expect(await json(admin('/api/settings'))).toEqual(EMPTY_ZONE_SETTINGS);
    expect((await json<{ asOf: string }>(admin('/api/config'))).asOf).toBe('2026-05-04');
  });

  it('an empty GEODATA_DIR also starts an empty zone', () => {
    const dir = join(tmp.dir, 'empty-geodata');
    mkdirSync(dir);
    const other = openDatabase(join(tmp.dir, 'other.sqlite'));
    try {
      expect(seedDatabase(other, dir).dataVersion).toBe('empty');
      expect(other.prepare('SELECT count(*) FROM platforms').pluck().get()).toBe(0);
    } finally {
      other.close();
    }
  });
});

describe('settings', () => {
  it('an editor may read them but not change them (403); bad values are refused naming the field', async () => {
    expect((await editor('/api/settings', { method: 'PUT', json: ZONE })).status).toBe(403);
    const bad = await admin('/api/settings', {
      method: 'PUT',
      json: { ...ZONE, parcelCodePattern: '([A-Z' },
    });
    const body = (await bad.json()) as { error: { code: string; field?: string } };
    expect([bad.status, body.error.field]).toEqual([400, 'parcelCodePattern']);
    const box = await admin('/api/settings', {
      method: 'PUT',
      json: { ...ZONE, validityBox: [114, 23, 113, 24] },
    });
    expect(box.status).toBe(400);
    expect(await json(admin('/api/settings'))).toEqual(EMPTY_ZONE_SETTINGS);
  });

  it('an administrator sets the zone name, view, towns and code pattern, with one audit row', async () => {
    const res = await admin('/api/settings', { method: 'PUT', json: ZONE });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await json(editor('/api/settings'))).toEqual(ZONE);
    const rows = db
      .prepare(`SELECT user_name, before, after FROM audit_log WHERE action = 'settings.update'`)
      .all() as {
      user_name: string;
      before: string;
      after: string;
    }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.user_name).toBe('管理员');
    expect(JSON.parse(rows[0]!.before).nameZh).toBe('新区');
    expect(JSON.parse(rows[0]!.after).nameZh).toBe('新湖高新区');
  });
});

describe('then platforms, then parcels, from the checked-in shapefiles', () => {
  const stageAndCommit = async (kind: string, file: string, mapping?: unknown) => {
    const dry = await admin('/api/imports', {
      method: 'POST',
      form: importForm(file, { kind, bytes: fixture(file), ...(mapping ? { mapping } : {}) }),
    });
    expect(dry.status, await dry.clone().text()).toBe(201);
    const s = (await dry.json()) as { id: string; problems: unknown[] };
    expect(s.problems).toEqual([]);
    const res = await admin(`/api/imports/${s.id}/commit`, { method: 'POST', json: { mode: 'insert' } });
    expect(res.status, await res.clone().text()).toBe(200);
  };

  it('platforms come in and are listed', async () => {
    await stageAndCommit('platforms', 'platforms-4547-gbk.zip');
    const items = (await json<{ items: { id: string; nameZh: string }[] }>(editor('/api/platforms'))).items;
    expect(items.map((p) => [p.id, p.nameZh]).sort()).toEqual([
      ['xh-belt', '新湖科技产业带'],
      ['xh-park', '新湖产业园'],
    ]);
  });

  it('parcels come in, placed in their platforms, created on the import day', async () => {
    await stageAndCommit('parcels', 'parcels-4547-gbk.zip', { defaults: { plotRatioMax: 2 } });
    const fc = await json<{
      features: { properties: { code: string; platformId: string; landUse: string; areaM2: number } }[];
    }>(editor('/api/parcels?limit=100'));
    const byCode = new Map(fc.features.map((f) => [f.properties.code, f.properties]));
    expect([...byCode.keys()].sort()).toEqual(['XH-2026-001', 'XH-2026-002', 'XH-2026-003']);
    expect(byCode.get('XH-2026-001')).toMatchObject({ platformId: 'xh-park', landUse: '1001' });
    // The town is the platform's first (the file names none).
    expect(db.prepare(`SELECT town FROM parcels WHERE code = 'XH-2026-001'`).pluck().get()).toBe('新湖镇');
    expect(byCode.get('XH-2026-003')).toMatchObject({ platformId: 'xh-belt' });
    expect(byCode.get('XH-2026-003')!.areaM2 / rectAreaM2(113.35, 23.11, 113.354, 23.113)).toBeCloseTo(1, 3);
    expect(db.prepare(`SELECT DISTINCT created_on FROM parcels`).pluck().all()).toEqual(['2026-05-04']);
  });

  it('a geometry outside the zone’s validity box is named with the zone’s own name', async () => {
    const far = new TextEncoder().encode(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { DKBH: 'XH-2026-099', YDXZ: '工业用地' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [114.3, 23.0],
                  [114.31, 23.0],
                  [114.31, 23.01],
                  [114.3, 23.0],
                ],
              ],
            },
          },
        ],
      }),
    );
    const res = await admin('/api/imports', {
      method: 'POST',
      form: importForm('far.geojson', { bytes: far }),
    });
    const s = (await res.json()) as { problems: { code: string; message: string }[] };
    const p = s.problems.find((x) => x.code === 'invalid_geometry')!;
    expect(p.message).toContain('新湖高新区');
    expect(p.message).toContain('Xinhu Hi-tech Zone');
  });
});
