/**
 * Platform (kind=platforms) and 三旧 site (kind=redevelopment) imports through the same pipeline as parcels: dry
 * run with problems, commit in one transaction with an audit row, revert that restores exactly. Fixtures: the
 * new-zone shapefiles written by GDAL in EPSG:4547 with GBK .dbf (tests/fixtures/import/new-zone/make-fixtures.sh)
 * from lon/lat rectangles — the oracle for positions is the source rectangle, for areas the closed-form area of a
 * lon/lat rectangle on the sphere (what turf computes), for names the literal Chinese text.
 */

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  overlapM2?: number;
};
type Summary = {
  id: string;
  kind: string;
  status: string;
  count: number;
  detectedCrs: { id: string } | null;
  newCount: number;
  updateCount: number;
  blockingRecords: number[];
  problems: Problem[];
  commit: { counts: Record<string, number> } | null;
};
type PlatformItem = {
  id: string;
  nameZh: string;
  nameEn: string;
  kind: string;
  towns: string[];
  areaM2: number;
};
type Site = {
  properties: {
    id: string;
    code: string;
    name: string;
    type: string;
    mode: string;
    stage: string;
    platformId: string;
    areaM2: number;
    targetYear: number;
    floorSpaceM2: number;
    expectedCompletion: string;
  };
};

/** Digest of the zone's own rows (import history and audit excluded: a dry run and a revert add to them). */
const zoneDigest = () => {
  const h = createHash('sha256');
  for (const table of ['platforms', 'redevelopment_sites', 'parcels', 'projects', 'parcel_state_totals'])
    for (const row of t.db.prepare(`SELECT * FROM ${table} ORDER BY 1`).raw().iterate())
      h.update(JSON.stringify(row));
  return h.digest('hex');
};

const NEW_ZONE = join(IMPORT_FIXTURES, 'new-zone');
const fixture = (name: string) => new Uint8Array(readFileSync(join(NEW_ZONE, name)));

const t = importZoneApp();
let editor: ReturnType<typeof as>;
let limited: ReturnType<typeof as>;

const stage = async (kind: string, name: string, bytes: Uint8Array, mapping?: unknown) => {
  const res = await editor('/api/imports', {
    method: 'POST',
    form: importForm(name, { kind, bytes, ...(mapping ? { mapping } : {}) }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as Summary;
};
const commit = async (id: string, exclude: number[] = []) => {
  const res = await editor(`/api/imports/${id}/commit`, {
    method: 'POST',
    json: { mode: 'upsert', exclude },
  });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as Summary;
};
const platforms = async () =>
  ((await (await editor('/api/platforms')).json()) as { items: PlatformItem[] }).items;
const sites = async () =>
  ((await (await editor('/api/redevelopment')).json()) as { features: Site[] }).features;

const rect = (w: number, s: number, e: number, n: number) => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];
const geojson = (features: { props: Record<string, unknown>; ring: number[][] }[]) =>
  new TextEncoder().encode(
    JSON.stringify({
      type: 'FeatureCollection',
      features: features.map((f) => ({
        type: 'Feature',
        properties: f.props,
        geometry: { type: 'Polygon', coordinates: [f.ring] },
      })),
    }),
  );

beforeAll(async () => {
  await addUser(t.db, { login: 'editor', role: 'editor', displayName: '张工' });
  await addUser(t.db, { login: 'belt-only', role: 'editor', platforms: ['test-belt'] });
  editor = as(t.app, await signIn(t.app, 'editor'));
  limited = as(t.app, await signIn(t.app, 'belt-only'));
});
afterAll(() => t.cleanup());

let start = '';
describe('platforms from a GBK shapefile in EPSG:4547', () => {
  let dry: Summary;
  const before = { digest: '' };
  beforeAll(async () => {
    before.digest = zoneDigest();
    start = before.digest;
    dry = await stage('platforms', 'platforms-4547-gbk.zip', fixture('platforms-4547-gbk.zip'));
  });

  it('the dry run reads both platforms with no problem, in the detected CRS, and writes nothing', () => {
    expect(dry.kind).toBe('platforms');
    expect(dry.detectedCrs?.id).toBe('EPSG:4547');
    expect([dry.count, dry.newCount, dry.updateCount]).toEqual([2, 2, 0]);
    expect(dry.problems).toEqual([]);
    expect(zoneDigest()).toBe(before.digest);
  });

  it('an editor limited to test-belt is refused a file of platforms (403 naming the record)', async () => {
    const res = await limited('/api/imports', {
      method: 'POST',
      form: importForm('platforms-4547-gbk.zip', {
        kind: 'platforms',
        bytes: fixture('platforms-4547-gbk.zip'),
      }),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('xh-park');
  });

  it('commits: names, kinds and towns from the GBK .dbf, areas computed (within 0.1 % of the rectangle)', async () => {
    const audits = t.db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get() as number;
    const done = await commit(dry.id);
    expect(done.commit?.counts).toEqual({ inserted: 2, updated: 0, skipped: 0, excluded: 0 });
    const byId = new Map((await platforms()).map((p) => [p.id, p]));
    const park = byId.get('xh-park')!;
    expect([park.nameZh, park.nameEn, park.kind, park.towns]).toEqual([
      '新湖产业园',
      '新湖产业园',
      'industrial_park',
      ['新湖镇'],
    ]);
    expect(park.areaM2 / rectAreaM2(113.3, 23.1, 113.34, 23.13)).toBeCloseTo(1, 3);
    const belt = byId.get('xh-belt')!;
    expect([belt.kind, belt.towns]).toEqual(['industry_belt', ['新湖镇', '东岸街道']]);
    const rows = t.db.prepare('SELECT action, after FROM audit_log WHERE id > ?').all(audits) as {
      action: string;
      after: string;
    }[];
    expect(rows.map((r) => r.action)).toEqual(['import.commit']);
    expect(JSON.parse(rows[0]!.after)).toMatchObject({
      kind: 'platforms',
      fileName: 'platforms-4547-gbk.zip',
      inserted: 2,
    });
  });

  it('names overlaps with existing platforms and between records, duplicates and invalid geometry', async () => {
    const bowtie = [
      [113.5, 23.0],
      [113.52, 23.02],
      [113.52, 23.0],
      [113.5, 23.02],
      [113.5, 23.0],
    ];
    const s = await stage(
      'platforms',
      'bad.geojson',
      geojson([
        // 1: overlaps test-belt (114.2–114.26 × 22.97–23.0) by 0.01° × 0.01°.
        {
          props: { code: 'p-over', name: '越界平台', kind: '产业园', town: '陈江街道' },
          ring: rect(114.25, 22.99, 114.3, 22.995),
        },
        // 2 and 3 overlap each other (and share a code).
        {
          props: { code: 'p-dup', name: '甲', kind: '产业园', town: '甲镇' },
          ring: rect(113.6, 23.0, 113.62, 23.02),
        },
        {
          props: { code: 'p-dup', name: '乙', kind: '产业园', town: '甲镇' },
          ring: rect(113.61, 23.0, 113.63, 23.02),
        },
        // 4: self-intersecting.
        { props: { code: 'p-bow', name: '丙', kind: '产业园', town: '甲镇' }, ring: bowtie },
      ]),
    );
    const codes = (r: number) =>
      s.problems
        .filter((p) => p.record === r)
        .map((p) => p.code)
        .sort();
    const over = s.problems.find((p) => p.record === 1 && p.code === 'overlap')!;
    expect(over.parcelCode).toBe('test-belt');
    expect(over.overlapM2! / rectAreaM2(114.25, 22.99, 114.26, 22.995)).toBeCloseTo(1, 2);
    expect(codes(2)).toEqual(['duplicate_code', 'overlap_in_file']);
    expect(codes(3)).toEqual(['duplicate_code', 'overlap_in_file']);
    expect(codes(4)).toEqual(['invalid_geometry']);
    expect(s.blockingRecords).toEqual([1, 2, 3, 4]);
    const digest = dataDigest(t.db);
    const res = await editor(`/api/imports/${s.id}/commit`, { method: 'POST', json: { mode: 'upsert' } });
    expect(res.status).toBe(422);
    expect(dataDigest(t.db)).toBe(digest);
  });
});

describe('三旧 sites into the new platforms', () => {
  let dry: Summary;
  beforeAll(async () => {
    dry = await stage('redevelopment', 'sanjiu-4547-gbk.zip', fixture('sanjiu-4547-gbk.zip'));
  });

  it('maps type, mode, stage, target year and floor space from the Chinese labels; places each in its platform', async () => {
    expect(dry.problems).toEqual([]);
    const before = dataDigest(t.db);
    await commit(dry.id);
    const byCode = new Map((await sites()).map((f) => [f.properties.code, f.properties]));
    const a = byCode.get('XH-SJ-01')!;
    expect([
      a.name,
      a.type,
      a.mode,
      a.stage,
      a.platformId,
      a.targetYear,
      a.floorSpaceM2,
      a.expectedCompletion,
    ]).toEqual([
      '新湖旧厂房改造一期',
      'old_factory',
      'industrial_to_industrial',
      'demolition',
      'xh-park',
      2026,
      45000,
      '2026-12-31',
    ]);
    expect(a.areaM2 / rectAreaM2(113.32, 23.12, 113.324, 23.123)).toBeCloseTo(1, 3);
    const b = byCode.get('XH-SJ-02')!;
    expect([b.type, b.mode, b.stage, b.platformId]).toEqual(['old_village', 'other', 'mapped', 'xh-belt']);
    expect(dataDigest(t.db)).not.toBe(before);
  });

  it('an overlapping site and one outside every platform are blocking problems naming them', async () => {
    const s = await stage(
      'redevelopment',
      'sj.geojson',
      geojson([
        {
          props: {
            项目编号: 'XH-SJ-09',
            项目名称: '重叠',
            改造类型: '旧厂房',
            改造方式: '工改科',
            改造阶段: '方案',
            计划年度: 2026,
          },
          ring: rect(113.322, 23.121, 113.326, 23.124),
        },
        {
          props: {
            项目编号: 'XH-SJ-10',
            项目名称: '界外',
            改造类型: '旧城镇',
            改造方式: '其他',
            改造阶段: '方案',
            计划年度: 2030,
          },
          ring: rect(113.0, 23.0, 113.002, 23.002),
        },
      ]),
    );
    expect(s.problems.find((p) => p.record === 1)).toMatchObject({ code: 'overlap', parcelCode: 'XH-SJ-01' });
    expect(s.problems.find((p) => p.record === 2)?.code).toBe('outside_platform');
    expect(s.blockingRecords).toEqual([1, 2]);
  });
});

describe('revert of platform and 三旧 imports', () => {
  it('a platform import whose platform now holds 三旧 sites is refused (409 naming the site), nothing changed', async () => {
    const list = (await (await editor('/api/imports')).json()) as { imports: Summary[] };
    const platformImport = list.imports.find((i) => i.kind === 'platforms' && i.status === 'committed')!;
    const digest = dataDigest(t.db);
    const res = await editor(`/api/imports/${platformImport.id}/revert`, { method: 'POST' });
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect([res.status, body.error.code]).toEqual([409, 'linked_since_import']);
    expect(body.error.message).toContain('新湖旧厂房改造一期');
    expect(dataDigest(t.db)).toBe(digest);
  });

  it('reverting the 三旧 import, then the platform import, restores the database exactly', async () => {
    const digest = zoneDigest();
    const fresh = await stage('platforms', 'platforms-4547-gbk.zip', fixture('platforms-4547-gbk.zip'));
    // Same codes: two updates (the boundary and names again), revertible to the rows before.
    expect([fresh.newCount, fresh.updateCount]).toEqual([0, 2]);
    const done = await commit(fresh.id);
    expect(done.commit?.counts).toMatchObject({ updated: 2 });
    expect((await editor(`/api/imports/${fresh.id}/revert`, { method: 'POST' })).status).toBe(200);
    expect(zoneDigest()).toBe(digest);
    const list = (await (await editor('/api/imports')).json()) as { imports: Summary[] };
    const committed = list.imports.filter((i) => i.status === 'committed' && i.kind !== 'parcels');
    for (const kind of ['redevelopment', 'platforms']) {
      const imp = committed.find((i) => i.kind === kind)!;
      const res = await editor(`/api/imports/${imp.id}/revert`, { method: 'POST' });
      expect(res.status, await res.clone().text()).toBe(200);
    }
    expect((await platforms()).map((p) => p.id).sort()).toEqual(['test-belt', 'test-import', 'test-park']);
    expect((await sites()).some((f) => f.properties.code.startsWith('XH-'))).toBe(false);
    expect(zoneDigest()).toBe(start);
  });
});
