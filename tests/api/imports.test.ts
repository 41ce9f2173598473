/**
 * POST /api/imports (dry run), …/problems.xlsx, …/commit, …/revert and the history, against the import fixtures
 * made by GDAL (tests/fixtures/import/make-fixtures.sh). Oracles: the fixture's source coordinates
 * (source.geojson, which GDAL projected into the shapefile), the closed-form area of a lon/lat rectangle on the
 * sphere, the 国土 TXT grid's own numbers (100 m × 80 m = 0.8 公顷), and the database rows read directly.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rectAreaM2 } from '../unit/domain/parcel-edit/spherical-rectangle.ts';
import { addUser, as, signIn } from './helpers/auth.ts';
import { dataDigest } from './helpers/db-digest.ts';
import { IMPORT_FIXTURES, importForm, importZoneApp } from './helpers/import-zone.ts';

type Problem = {
  record: number | null;
  code: string;
  message: string;
  blocking: boolean;
  parcelCode?: string;
};
type Summary = {
  id: string;
  status: string;
  count: number;
  detectedCrs: { id: string } | null;
  crs: { id: string } | null;
  blockingRecords: number[];
  problemCounts: Record<string, number>;
  problems: Problem[];
  newCount: number;
  updateCount: number;
  commit: { counts: Record<string, number> } | null;
};
type ParcelFeature = {
  geometry: { type: string; coordinates: unknown };
  properties: {
    id: string;
    code: string;
    platformId: string;
    landUse: string;
    areaM2: number;
    areaMu: number;
  };
};

const sha256 = (file: string) =>
  createHash('sha256')
    .update(readFileSync(join(IMPORT_FIXTURES, file)))
    .digest('hex');

/** Great-circle distance between two lon/lat points, metres (haversine, mean radius). */
function metres([a, b]: number[], [c, d]: number[]): number {
  const r = (x: number) => (x * Math.PI) / 180;
  const h = Math.sin(r(d! - b!) / 2) ** 2 + Math.cos(r(b!)) * Math.cos(r(d!)) * Math.sin(r(c! - a!) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

const flatPositions = (coords: unknown): number[][] =>
  Array.isArray(coords) && typeof coords[0] === 'number'
    ? [coords as number[]]
    : (coords as unknown[]).flatMap(flatPositions);

async function setup() {
  const t = importZoneApp();
  await addUser(t.db, { login: 'editor', role: 'editor', displayName: '张工' });
  await addUser(t.db, { login: 'import-only', role: 'editor', platforms: ['test-import'] });
  await addUser(t.db, { login: 'belt-only', role: 'editor', platforms: ['test-belt'] });
  const editor = as(t.app, await signIn(t.app, 'editor'));
  return { ...t, editor, signInAs: async (login: string) => as(t.app, await signIn(t.app, login)) };
}

const parcelsByCode = async (send: ReturnType<typeof as>, prefix: string) => {
  const res = await send('/api/parcels?limit=5000');
  const fc = (await res.json()) as { features: ParcelFeature[] };
  return new Map(
    fc.features.filter((f) => f.properties.code.startsWith(prefix)).map((f) => [f.properties.code, f]),
  );
};

describe('国土 TXT with 200 records, 2 of them broken (make_guotu_txt.py --grid 200 --broken 57,143)', () => {
  let t: Awaited<ReturnType<typeof setup>>;
  let dry: Summary;
  beforeAll(async () => {
    t = await setup();
    const res = await t.editor('/api/imports', {
      method: 'POST',
      form: importForm('guotu-200-broken.txt', { mapping: { defaults: { plotRatioMax: 2 } } }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    dry = (await res.json()) as Summary;
  });
  afterAll(() => t.cleanup());

  it('the dry run names both broken records (57 and 143, with their 地块编号) and only them', () => {
    expect(dry.count).toBe(200);
    expect(dry.blockingRecords).toEqual([57, 143]);
    const blocking = dry.problems.filter((p) => p.blocking);
    expect(blocking.map((p) => [p.record, p.code])).toEqual([
      [57, 'bad_point_line'],
      [143, 'point_count_mismatch'],
    ]);
    expect(blocking[0]!.message).toContain('ZK-G-057');
    expect(blocking[1]!.message).toContain('ZK-G-143');
    // 带号=38 with eastings of 520000 (no zone prefix): CGCS2000 3° GK CM 114°E.
    expect(dry.detectedCrs?.id).toBe('EPSG:4547');
    expect(dry.newCount).toBe(200);
    // 100 m × 80 m = 0.8 公顷 as the file states: no area mismatch.
    expect(dry.problemCounts.area_mismatch).toBeUndefined();
  });

  it('the problem report (XLSX) lists both records as blocking', async () => {
    const res = await t.editor(`/api/imports/${dry.id}/problems.xlsx`);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.getWorksheet('问题')!;
    const rows = ws.getSheetValues().slice(2) as (string | number)[][];
    const blocking = rows.filter((r) => r[4] === '是').map((r) => `${r[1]} ${r[2]}`);
    expect(blocking).toEqual(['57 ZK-G-057', '143 ZK-G-143']);
  });

  it('the commit is refused (422 naming 57 and 143) and writes nothing until both are excluded', async () => {
    const before = dataDigest(t.db);
    const res = await t.editor(`/api/imports/${dry.id}/commit`, { method: 'POST', json: { mode: 'upsert' } });
    expect(res.status).toBe(422);
    const err = (await res.json()) as { error: { code: string; message: string; field: string } };
    expect(err.error.code).toBe('blocking_problems');
    expect(err.error.message).toMatch(/57, 143/);
    expect(err.error.field).toBe('exclude');
    expect(dataDigest(t.db)).toBe(before);
    const only57 = await t.editor(`/api/imports/${dry.id}/commit`, {
      method: 'POST',
      json: { mode: 'upsert', exclude: [57] },
    });
    expect(only57.status).toBe(422);
    expect(dataDigest(t.db)).toBe(before);
  });

  it('nothing is half-written when the commit fails midway (a trigger refuses record 150)', async () => {
    t.db.exec(`CREATE TRIGGER inject_failure BEFORE INSERT ON parcels WHEN NEW.code = 'ZK-G-150'
               BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    const before = dataDigest(t.db);
    const res = await t.editor(`/api/imports/${dry.id}/commit`, {
      method: 'POST',
      json: { mode: 'upsert', exclude: [57, 143] },
    });
    expect(res.status).toBe(500);
    expect(dataDigest(t.db)).toBe(before);
    t.db.exec('DROP TRIGGER inject_failure');
  });

  it('commits the other 198 with one audit row (file name, hash, counts, user)', async () => {
    const audits = t.db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get() as number;
    const res = await t.editor(`/api/imports/${dry.id}/commit`, {
      method: 'POST',
      json: { mode: 'upsert', exclude: [57, 143] },
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const done = (await res.json()) as Summary;
    expect(done.status).toBe('committed');
    expect(done.commit?.counts).toEqual({ inserted: 198, updated: 0, skipped: 0, excluded: 2 });
    const rows = t.db.prepare('SELECT * FROM audit_log WHERE id > ?').all(audits) as {
      user_name: string;
      action: string;
      after: string;
    }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.user_name).toBe('张工');
    expect(rows[0]!.action).toBe('import.commit');
    expect(JSON.parse(rows[0]!.after)).toMatchObject({
      fileName: 'guotu-200-broken.txt',
      fileHash: sha256('guotu-200-broken.txt'),
      inserted: 198,
      excluded: 2,
    });
    const parcels = await parcelsByCode(t.editor, 'ZK-G-');
    expect(parcels.size).toBe(198);
    expect(parcels.has('ZK-G-057')).toBe(false);
    const p = parcels.get('ZK-G-001')!;
    expect(p.properties.platformId).toBe('test-import');
    expect(p.properties.landUse).toBe('1001');
    // 100 m × 80 m in the Gauss-Krüger plane (scale error ≈ 5·10⁻⁶ at 0.2° from the CM); the app's geodesic
    // areas are on the sphere of mean radius (turf), about 0.24 % above the ellipsoid's at 23°N.
    expect(p.properties.areaM2 / 8000 - 1).toBeGreaterThan(0);
    expect(p.properties.areaM2 / 8000 - 1).toBeLessThan(0.005);
    // A second commit of the same import is refused.
    const again = await t.editor(`/api/imports/${dry.id}/commit`, {
      method: 'POST',
      json: { mode: 'upsert' },
    });
    expect(again.status).toBe(409);
  });

  it('the history lists the import as committed', async () => {
    const res = await t.editor('/api/imports');
    const list = (await res.json()) as { imports: Summary[] };
    expect(list.imports.map((i) => [i.id, i.status])).toEqual([[dry.id, 'committed']]);
  });
});

describe('Shapefile in EPSG:4547 with a GBK .dbf (ogr2ogr from source.geojson)', () => {
  let t: Awaited<ReturnType<typeof setup>>;
  const source = JSON.parse(readFileSync(join(IMPORT_FIXTURES, 'source.geojson'), 'utf8')) as {
    features: { properties: { DKBH: string }; geometry: { coordinates: unknown } }[];
  };
  beforeAll(async () => {
    t = await setup();
  });
  afterAll(() => t.cleanup());

  it('an editor limited to test-import is refused the file (record 3, ZK-T-003, lies in test-belt)', async () => {
    const send = await t.signInAs('import-only');
    const before = dataDigest(t.db);
    const res = await send('/api/imports', { method: 'POST', form: importForm('shp-4547-gbk.zip') });
    expect(res.status).toBe(403);
    const err = (await res.json()) as { error: { code: string; message: string } };
    expect(err.error.code).toBe('platform_scope');
    expect(err.error.message).toContain('record 3');
    expect(dataDigest(t.db)).toBe(before);
  });

  it('comes in with the source coordinates (within 1 cm), computed areas, land uses and platforms', async () => {
    const res = await t.editor('/api/imports', {
      method: 'POST',
      form: importForm('shp-4547-gbk.zip', { mapping: { defaults: { plotRatioMax: 2.5 } } }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const dry = (await res.json()) as Summary;
    expect(dry.detectedCrs?.id).toBe('EPSG:4547');
    expect(dry.count).toBe(4);
    expect(dry.blockingRecords).toEqual([]);
    const commit = await t.editor(`/api/imports/${dry.id}/commit`, {
      method: 'POST',
      json: { mode: 'insert' },
    });
    expect(commit.status, await commit.clone().text()).toBe(200);
    const parcels = await parcelsByCode(t.editor, 'ZK-T-');
    expect([...parcels.keys()].sort()).toEqual(['ZK-T-001', 'ZK-T-002', 'ZK-T-003', 'ZK-T-004']);
    for (const f of source.features) {
      const got = flatPositions(parcels.get(f.properties.DKBH)!.geometry.coordinates);
      const want = flatPositions(f.geometry.coordinates);
      // Same vertices (the reader may rewind rings): every source vertex has an imported one within 1 cm.
      for (const w of want) expect(Math.min(...got.map((g) => metres(g, w)))).toBeLessThan(0.01);
      expect(got).toHaveLength(want.length);
    }
    const t1 = parcels.get('ZK-T-001')!.properties;
    expect(Math.abs(t1.areaM2 / rectAreaM2(114.201, 23.011, 114.203, 23.0125) - 1)).toBeLessThan(1e-4);
    expect(t1.areaMu).toBeCloseTo((t1.areaM2 * 15) / 10000, 6);
    expect(parcels.get('ZK-T-002')!.properties.landUse).toBe('M0');
    expect(parcels.get('ZK-T-003')!.properties.landUse).toBe('1101');
    expect(parcels.get('ZK-T-003')!.properties.platformId).toBe('test-belt');
    expect(parcels.get('ZK-T-004')!.properties.platformId).toBe('test-import');
  });
});

describe('GeoPackage (ogr2ogr -f GPKG from source.geojson): dry run → commit → revert', () => {
  let t: Awaited<ReturnType<typeof setup>>;
  const source = JSON.parse(readFileSync(join(IMPORT_FIXTURES, 'source.geojson'), 'utf8')) as {
    features: { properties: { DKBH: string }; geometry: { coordinates: unknown } }[];
  };
  beforeAll(async () => {
    t = await setup();
  });
  afterAll(() => t.cleanup());

  it('a file with two feature tables is 400 naming both until layer= chooses one; nothing written', async () => {
    const before = dataDigest(t.db);
    const res = await t.editor('/api/imports', {
      method: 'POST',
      form: importForm('parcels-two-layers.gpkg'),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: { field: 'layer', message: expect.stringContaining('parcels, parcels_geo') },
    });
    expect(dataDigest(t.db)).toBe(before);
  });

  it('EPSG:4547 detected, committed within 1 cm of the source, reverted to the byte', async () => {
    const parcelRows = () => JSON.stringify(t.db.prepare('SELECT * FROM parcels ORDER BY id').all());
    const before = parcelRows();
    const res = await t.editor('/api/imports', {
      method: 'POST',
      form: importForm('parcels-two-layers.gpkg', {
        layer: 'parcels',
        mapping: { defaults: { plotRatioMax: 2.5 } },
      }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const dry = (await res.json()) as Summary;
    expect(dry.detectedCrs?.id).toBe('EPSG:4547');
    expect([dry.count, dry.blockingRecords]).toEqual([4, []]);
    const commit = await t.editor(`/api/imports/${dry.id}/commit`, {
      method: 'POST',
      json: { mode: 'insert' },
    });
    expect(commit.status, await commit.clone().text()).toBe(200);
    const parcels = await parcelsByCode(t.editor, 'ZK-T-');
    expect([...parcels.keys()].sort()).toEqual(['ZK-T-001', 'ZK-T-002', 'ZK-T-003', 'ZK-T-004']);
    for (const f of source.features) {
      const got = flatPositions(parcels.get(f.properties.DKBH)!.geometry.coordinates);
      for (const w of flatPositions(f.geometry.coordinates))
        expect(Math.min(...got.map((g) => metres(g, w)))).toBeLessThan(0.01);
    }
    expect(parcels.get('ZK-T-002')!.properties.landUse).toBe('M0');
    const revert = await t.editor(`/api/imports/${dry.id}/revert`, { method: 'POST' });
    expect(revert.status, await revert.clone().text()).toBe(200);
    expect((await parcelsByCode(t.editor, 'ZK-T-')).size).toBe(0);
    expect(parcelRows()).toBe(before);
  });
});

describe('upsert by code, insert-only and update-only, and a revert that restores exactly', () => {
  let t: Awaited<ReturnType<typeof setup>>;
  const TABLES = ['parcels', 'parcel_rtree', 'land_events', 'parcel_state_totals'];
  // parcel_state_totals is kept by triggers adding and subtracting areas, so a commit and its revert may leave
  // its sums a few ulps off (45532.16727999772 vs …724): compared to the micro-square-metre, every other row exactly.
  const micro = (r: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [
        k,
        typeof v === 'number' && k.startsWith('area_') ? v.toFixed(6) : v,
      ]),
    );
  const rows = () =>
    Object.fromEntries(
      TABLES.map((n) => {
        const all = t.db.prepare(`SELECT * FROM ${n} ORDER BY 1`).all() as Record<string, unknown>[];
        return [n, n === 'parcel_state_totals' ? all.map(micro) : all];
      }),
    );
  const geojson = (features: { code: string; ring: number[][]; landUse?: string }[]) =>
    new TextEncoder().encode(
      JSON.stringify({
        type: 'FeatureCollection',
        features: features.map((f) => ({
          type: 'Feature',
          properties: { DKBH: f.code, YDXZ: f.landUse ?? '工业用地' },
          geometry: { type: 'Polygon', coordinates: [f.ring] },
        })),
      }),
    );
  const rect = (w: number, s: number, e: number, n: number) => [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ];
  // P-001 (ZK-2017-001, test-belt) grown eastwards, and a new parcel in test-import.
  const file = geojson([
    { code: 'ZK-2017-001', ring: rect(114.21, 22.98, 114.213, 22.982), landUse: '100102' },
    { code: 'ZK-NEW-001', ring: rect(114.3, 23.01, 114.302, 23.012) },
  ]);
  const stage = async () => {
    const res = await t.editor('/api/imports', {
      method: 'POST',
      form: importForm('zone.geojson', { bytes: file, mapping: { defaults: { plotRatioMax: 1.5 } } }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return (await res.json()) as Summary;
  };
  const commit = (id: string, mode: string) =>
    t.editor(`/api/imports/${id}/commit`, { method: 'POST', json: { mode } });
  beforeAll(async () => {
    t = await setup();
  });
  afterAll(() => t.cleanup());

  it('insert-only skips the existing code, update-only skips the new one', async () => {
    const a = await stage();
    expect([a.newCount, a.updateCount]).toEqual([1, 1]);
    const before = rows();
    const ins = (await (await commit(a.id, 'insert')).json()) as Summary;
    expect(ins.commit?.counts).toMatchObject({ inserted: 1, updated: 0, skipped: 1 });
    expect(t.db.prepare(`SELECT version FROM parcels WHERE id = 'P-001'`).pluck().get()).toBe(1);
    await t.editor(`/api/imports/${a.id}/revert`, { method: 'POST' });
    expect(rows()).toEqual(before);
    const b = await stage();
    const upd = (await (await commit(b.id, 'update')).json()) as Summary;
    expect(upd.commit?.counts).toMatchObject({ inserted: 0, updated: 1, skipped: 1 });
    await t.editor(`/api/imports/${b.id}/revert`, { method: 'POST' });
    expect(rows()).toEqual(before);
  });

  it('upsert updates the parcel with the code and inserts the new one; revert restores every row exactly', async () => {
    const before = rows();
    const s = await stage();
    const res = await commit(s.id, 'upsert');
    expect(res.status, await res.clone().text()).toBe(200);
    const p1 = t.db.prepare(`SELECT * FROM parcels WHERE id = 'P-001'`).get() as Record<string, unknown>;
    expect(p1.version).toBe(2);
    expect(p1.land_use).toBe('100102');
    expect(p1.area_m2 as number).toBeCloseTo(rectAreaM2(114.21, 22.98, 114.213, 22.982), -1);
    expect(p1.state).toBe((before.parcels as Record<string, unknown>[]).find((r) => r.id === 'P-001')!.state);
    expect(t.db.prepare(`SELECT platform_id FROM parcels WHERE code = 'ZK-NEW-001'`).pluck().get()).toBe(
      'test-import',
    );
    const rev = await t.editor(`/api/imports/${s.id}/revert`, { method: 'POST' });
    expect(rev.status, await rev.clone().text()).toBe(200);
    expect(rows()).toEqual(before);
    const twice = await t.editor(`/api/imports/${s.id}/revert`, { method: 'POST' });
    expect(twice.status).toBe(409);
  });

  it('a revert is refused (409, naming the parcel) once a parcel changed after the import', async () => {
    const s = await stage();
    await commit(s.id, 'upsert');
    const v = t.db.prepare(`SELECT version FROM parcels WHERE id = 'P-001'`).pluck().get() as number;
    const tr = await t.editor('/api/parcels/P-001/transitions', {
      method: 'POST',
      json: { to: 'reserve', date: '2018-03-09', version: v },
    });
    const digest = dataDigest(t.db);
    const res = await t.editor(`/api/imports/${s.id}/revert`, { method: 'POST' });
    if (tr.status === 200) {
      expect(res.status).toBe(409);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain('ZK-2017-001');
      expect(dataDigest(t.db)).toBe(digest);
    } else {
      // The land rules refused the transition: the revert must then go through.
      expect(res.status).toBe(200);
    }
  });

  it('an overlap with an existing parcel is a blocking problem naming it and its area', async () => {
    // Overlaps P-002 (114.22–114.224 × 22.98–22.983) by 0.001° × 0.001°.
    const bytes = geojson([{ code: 'ZK-OVER-1', ring: rect(114.223, 22.982, 114.226, 22.984) }]);
    const res = await t.editor('/api/imports', {
      method: 'POST',
      form: importForm('over.geojson', { bytes, mapping: { defaults: { plotRatioMax: 1 } } }),
    });
    const s = (await res.json()) as Omit<Summary, 'problems'> & {
      problems: (Problem & { overlapM2: number })[];
    };
    const overlap = s.problems.find((p) => p.code === 'overlap')!;
    expect(overlap.parcelCode).toBe('ZK-2017-002');
    expect(overlap.overlapM2 / rectAreaM2(114.223, 22.982, 114.224, 22.983)).toBeCloseTo(1, 3);
    expect(s.blockingRecords).toEqual([1]);
  });
});

describe('refusals of POST /api/imports', () => {
  let t: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    t = await setup();
  });
  afterAll(() => t.cleanup());

  it('answers 4xx naming the field, and writes nothing', async () => {
    const digest = dataDigest(t.db);
    const noFile = new FormData();
    noFile.set('kind', 'parcels');
    const cases: [FormData | undefined, number, string, string?][] = [
      [noFile, 400, 'invalid_input', 'file'],
      [importForm('guotu-4526.txt', { kind: 'lots' }), 400, 'invalid_input', 'kind'],
      [importForm('guotu-4526.txt', { mapping: { fields: { colour: 'X' } } }), 400, 'invalid_input'],
      [importForm('guotu-4526.txt', { crs: 'EPSG:32650' }), 422, 'crs_unsupported', 'crs'],
      [importForm('shp-xian80.zip'), 422, 'needs_seven_parameters', 'crs'],
    ];
    for (const [form, status, code, field] of cases) {
      const res = await t.editor('/api/imports', { method: 'POST', ...(form ? { form } : {}) });
      const body = (await res.json()) as { error: { code: string; field?: string } };
      expect([res.status, body.error.code]).toEqual([status, code]);
      if (field) expect(body.error.field).toBe(field);
    }
    const json = await t.editor('/api/imports', { method: 'POST', json: { kind: 'parcels' } });
    expect(json.status).toBe(415);
    expect(dataDigest(t.db)).toBe(digest);
  });

  it('limits answer 413/422 naming the limit', async () => {
    const small = importZoneApp({
      importLimits: {
        maxUploadBytes: 20_000,
        maxUnzippedBytes: 1e6,
        maxZipFiles: 10,
        maxFeatures: 100,
        maxVertices: 1e6,
        stagingTtlHours: 24,
      },
    });
    try {
      await addUser(small.db, { login: 'ed', role: 'editor' });
      const send = as(small.app, await signIn(small.app, 'ed'));
      const big = await send('/api/imports', { method: 'POST', form: importForm('guotu-200-broken.txt') });
      expect(big.status).toBe(413);
      expect(((await big.json()) as { error: { message: string } }).error.message).toContain(
        'IMPORT_MAX_UPLOAD_BYTES',
      );
      const many = as(small.app, await signIn(small.app, 'ed'));
      const grid = readFileSync(join(IMPORT_FIXTURES, 'guotu-200-broken.txt'));
      const res = await many('/api/imports', {
        method: 'POST',
        form: importForm('grid.zip', { bytes: zipOne('grid.txt', grid) }),
      });
      const err = (await res.json()) as { error: { code: string; message: string } };
      expect([res.status, err.error.code]).toEqual([422, 'too_many_features']);
      expect(err.error.message).toContain('IMPORT_MAX_FEATURES');
    } finally {
      small.cleanup();
    }
  });
});

/** A zip (deflate) of one file, by the `zip` command line tool — an independent writer. */
function zipOne(name: string, bytes: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'zk-zip-'));
  try {
    writeFileSync(join(dir, name), bytes);
    execFileSync('zip', ['-q', '-X', 'out.zip', name], { cwd: dir });
    return readFileSync(join(dir, 'out.zip'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
