/**
 * PATCH /api/parcels/:id/geometry (moving a parcel's vertices) against the hand-made fixture: P-002
 * (ZK-2017-002, test-belt, the rectangle 114.220–114.224 E × 22.980–22.983 N) has its east edge moved from
 * 114.224 to 114.225 E, i.e. its area grows by a quarter (on so small a rectangle geodesic areas scale with the
 * longitude span to ≈ 1e-6). Oracle of the absolute area: proj4 to CGCS2000 3° Gauss-Krüger CM 114° E
 * (EPSG:4547) and the planar shoelace area, which agrees with turf's spherical area to 0.5 %.
 * Preview writes nothing; commit needs If-Match (428 / 412), is audited and bumps the ETag; refusals are 422
 * (overlap naming the parcel, outside the platform, invalid geometry); viewers and editors of another platform
 * get 403; the tiles of the changed area change while a far tile stays byte-identical.
 */
import { gunzipSync } from 'node:zlib';
import proj4 from 'proj4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countAudit } from '../../server/db/queries/audit.ts';
import { type as, parcelEditCallers } from './helpers/auth.ts';
import { dataDigest } from './helpers/db-digest.ts';
import { rect } from './helpers/rect-polygon.ts';
import { testApp } from './helpers/test-app.ts';

const { app, db, cleanup } = testApp();
afterAll(cleanup);

let editor: ReturnType<typeof as>;
let viewer: ReturnType<typeof as>;
let parkEditor: ReturnType<typeof as>;
beforeAll(async () => {
  ({ editor, viewer, parkEditor } = await parcelEditCallers(app, db));
});

/** P-002 with its east edge moved 0.001° east. */
const WIDER = rect(114.22, 22.98, 114.225, 22.983);
const MU_PER_M2 = 15 / 10000;

const GK_4547 = '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
/** Planar area (㎡) of a ring in EPSG:4547 by the shoelace formula. */
function gkArea(ring: number[][]): number {
  const xy = ring.map((p) => proj4('EPSG:4326', GK_4547, p));
  let s = 0;
  for (let i = 0; i + 1 < xy.length; i++) s += xy[i]![0]! * xy[i + 1]![1]! - xy[i + 1]![0]! * xy[i]![1]!;
  return Math.abs(s) / 2;
}

type ErrorJson = { error: { code: string; message: string; field?: string } };
type Answer = {
  preview: boolean;
  version: number;
  before: { areaM2: number; areaMu: number };
  after: { areaM2: number; areaMu: number };
  deltaM2: number;
};

const row = () =>
  db.prepare(`SELECT area_m2 a, area_mu mu, version, geometry FROM parcels WHERE id = 'P-002'`).get() as {
    a: number;
    mu: number;
    version: number;
    geometry: string;
  };

async function unchanged(send: () => Response | Promise<Response>, status: number, code: string) {
  const digest = dataDigest(db);
  const audits = countAudit(db);
  const res = await send();
  const body = (await res.json()) as ErrorJson;
  expect(res.status, JSON.stringify(body)).toBe(status);
  expect(body.error.code).toBe(code);
  expect(dataDigest(db)).toBe(digest);
  expect(countAudit(db)).toBe(audits);
  return body;
}

const patch =
  (who: typeof editor, geometry: unknown, headers: Record<string, string> = {}, q = '') =>
  () =>
    who(`/api/parcels/P-002/geometry${q}`, { method: 'PATCH', headers, json: { geometry } });

/** XYZ tile of lon/lat at zoom z (standard Web-Mercator formulas). */
const tileOf = (lon: number, lat: number, z: number) => {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  return {
    x: Math.floor(((lon + 180) / 360) * n),
    y: Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n),
  };
};
async function tileBytes(lon: number, lat: number, z: number) {
  const v = ((await (await app.request('/api/config')).json()) as { dataVersion: string }).dataVersion;
  const t = tileOf(lon, lat, z);
  const res = await app.request(`/api/tiles/parcels/${z}/${t.x}/${t.y}.mvt?v=${v}`, {
    headers: { 'Accept-Encoding': 'gzip' },
  });
  const body = new Uint8Array(await res.arrayBuffer());
  return res.headers.get('Content-Encoding') === 'gzip' ? Buffer.from(gunzipSync(body)) : Buffer.from(body);
}

describe('moving a parcel’s vertices (PATCH /api/parcels/:id/geometry)', () => {
  it('the stored area of P-002 agrees with the EPSG:4547 planar area (oracle) to 0.5 %', () => {
    const oracle = gkArea(rect(114.22, 22.98, 114.224, 22.983).coordinates[0]!);
    expect(Math.abs(row().a - oracle) / oracle).toBeLessThan(0.005);
  });

  it('preview answers the old and new areas (+¼, ㎡ and 亩) and writes nothing', async () => {
    const digest = dataDigest(db);
    const res = await patch(editor, WIDER, {}, '?preview=true')();
    expect(res.status, await res.clone().text()).toBe(200);
    const a = (await res.json()) as Answer;
    expect(a.preview).toBe(true);
    expect(a.before.areaM2).toBe(row().a);
    expect(a.after.areaM2 / a.before.areaM2).toBeCloseTo(1.25, 5);
    expect(a.after.areaMu).toBeCloseTo(a.after.areaM2 * MU_PER_M2, 6);
    expect(a.deltaM2).toBeCloseTo(a.after.areaM2 - a.before.areaM2, 6);
    const oracle = gkArea(WIDER.coordinates[0]!);
    expect(Math.abs(a.after.areaM2 - oracle) / oracle).toBeLessThan(0.005);
    expect(dataDigest(db)).toBe(digest);
  });

  it('428 without If-Match, 412 when stale, 403 for a viewer and an editor of another platform', async () => {
    await unchanged(patch(editor, WIDER), 428, 'precondition_required');
    const stale = await unchanged(patch(editor, WIDER, { 'If-Match': '"7"' }), 412, 'stale');
    expect(stale.error.message).toBeTruthy();
    await unchanged(patch(viewer, WIDER, { 'If-Match': '"1"' }), 403, 'role_required');
    await unchanged(patch(parkEditor, WIDER, { 'If-Match': '"1"' }), 403, 'platform_scope');
  });

  it('422 overlap naming the parcel: moving the west edge onto P-001 (ZK-2017-001)', async () => {
    // P-001 is 114.210–114.212 × 22.980–22.982; the west edge at 114.211 overlaps half of it.
    const body = await unchanged(
      patch(editor, rect(114.211, 22.98, 114.224, 22.983), { 'If-Match': '"1"' }),
      422,
      'overlaps_parcel',
    );
    expect(body.error.message).toContain('ZK-2017-001');
    expect(body.error.field).toBe('geometry');
  });

  it('422 outside its platform: the south edge pulled below test-belt’s 22.97° N', async () => {
    const body = await unchanged(
      patch(editor, rect(114.22, 22.965, 114.224, 22.983), { 'If-Match': '"1"' }),
      422,
      'outside_platform',
    );
    expect(body.error.field).toBe('geometry');
  });

  it('422 invalid: a self-intersecting (bow-tie) outline', async () => {
    const bowTie = {
      type: 'Polygon',
      coordinates: [
        [
          [114.22, 22.98],
          [114.224, 22.983],
          [114.224, 22.98],
          [114.22, 22.983],
          [114.22, 22.98],
        ],
      ],
    };
    const body = await unchanged(patch(editor, bowTie, { 'If-Match': '"1"' }), 422, 'invalid_result');
    expect(body.error.field).toBe('geometry');
  });

  it('commits: new ETag and area, audit row with the old outline, totals kept, tiles of the area only', async () => {
    const nearBefore = await tileBytes(114.222, 22.981, 16);
    const farBefore = await tileBytes(114.231, 23.041, 16); // P-004, test-park, ≈ 7 km away
    const total = () =>
      db
        .prepare(
          `SELECT area_m2 FROM parcel_state_totals WHERE platform_id = 'test-belt' AND state = 'ready'`,
        )
        .pluck()
        .get() as number;
    const totalBefore = total();
    const old = row();
    const tag = (await editor('/api/parcels/P-002')).headers.get('ETag') as string;
    const res = await patch(editor, WIDER, { 'If-Match': tag })();
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get('ETag')).toBe(`"${old.version + 1}"`);
    const a = (await res.json()) as Answer;
    expect(a.after.areaM2 / old.a).toBeCloseTo(1.25, 5);
    const now = row();
    expect(now).toMatchObject({ a: a.after.areaM2, version: old.version + 1 });
    expect(now.mu).toBeCloseTo(now.a * MU_PER_M2, 6);
    expect(JSON.parse(now.geometry)).toEqual(WIDER);
    expect(total() - totalBefore).toBeCloseTo(now.a - old.a, 3);
    const audit = db
      .prepare(`SELECT action, entity_id, user_name, before, after FROM audit_log ORDER BY id DESC LIMIT 1`)
      .get() as { action: string; entity_id: string; user_name: string; before: string; after: string };
    expect(audit).toMatchObject({ action: 'parcel.reshape', entity_id: 'P-002', user_name: '张工' });
    expect(JSON.parse(audit.before).geometry).toEqual(JSON.parse(old.geometry));
    expect(JSON.parse(audit.after).geometry).toEqual(WIDER);
    // The map list answers the new area; the detail the new ETag.
    const detail = await editor('/api/parcels/P-002');
    expect(detail.headers.get('ETag')).toBe(`"${old.version + 1}"`);
    expect(((await detail.json()) as { areaM2: number }).areaM2).toBeCloseTo(a.after.areaM2, 6);
    expect((await tileBytes(114.222, 22.981, 16)).equals(nearBefore)).toBe(false);
    expect((await tileBytes(114.231, 23.041, 16)).equals(farBefore)).toBe(true);
    // The R*Tree box follows: a bbox query east of the old edge finds it.
    const hits = (await (await editor('/api/parcels?bbox=114.2245,22.981,114.2248,22.982')).json()) as {
      features: { properties: { code: string } }[];
    };
    expect(hits.features.map((f) => f.properties.code)).toContain('ZK-2017-002');
  });
});
