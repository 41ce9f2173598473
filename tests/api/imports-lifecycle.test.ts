/**
 * The life of an imported parcel after the commit, and of a dry run never committed, against the import zone
 * (helpers/import-zone.ts; server clock 2018-03-09 08:00Z = 2018-03-09 in Beijing unless moved):
 * - a revert refused (409 naming the parcel and the project) once the new parcel was linked to a project;
 * - a file reusing the code of a parcel retired by a split (分宗) names it as a blocking problem in the dry run;
 * - an imported parcel exists from its commit day (`created_on`): `asOf` the day before does not list it;
 * - dry runs older than the staging TTL are deleted at start-up and before the next dry run.
 * Oracles: literal codes, ids and dates; the database rows read directly (dataDigest).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { DEFAULT_IMPORT_LIMITS } from '../../server/import/import-limits.ts';
import { addUser, as, signIn } from './helpers/auth.ts';
import { dataDigest } from './helpers/db-digest.ts';
import { importForm, importZoneApp } from './helpers/import-zone.ts';

type Problem = { record: number | null; code: string; message: string; blocking: boolean };
type Summary = { id: string; status: string; blockingRecords: number[]; problems: Problem[] };
type ErrorJson = { error: { code: string; message: string; field?: string } };

const rect = (w: number, s: number, e: number, n: number) => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];
const geojson = (features: { code: string; ring: number[][] }[]) =>
  new TextEncoder().encode(
    JSON.stringify({
      type: 'FeatureCollection',
      features: features.map((f) => ({
        type: 'Feature',
        properties: { DKBH: f.code, YDXZ: '工业用地' },
        geometry: { type: 'Polygon', coordinates: [f.ring] },
      })),
    }),
  );

let now = new Date('2018-03-09T08:00:00Z');
const t = importZoneApp({ clock: () => now });
let editor: ReturnType<typeof as>;

const stage = async (bytes: Uint8Array, name = 'zone.geojson') => {
  const res = await editor('/api/imports', {
    method: 'POST',
    form: importForm(name, { bytes, mapping: { defaults: { plotRatioMax: 1.5 } } }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as Summary;
};
const commit = (id: string) =>
  editor(`/api/imports/${id}/commit`, { method: 'POST', json: { mode: 'upsert' } });

beforeAll(async () => {
  await addUser(t.db, { login: 'editor', role: 'editor', displayName: '张工' });
  editor = as(t.app, await signIn(t.app, 'editor'));
});
afterAll(() => t.cleanup());

describe('revert after the imported parcel was linked to a project', () => {
  it('answers 409 linked_since_import naming the parcel and the project, and changes nothing', async () => {
    const s = await stage(geojson([{ code: 'ZK-LINK-001', ring: rect(114.3, 23.01, 114.302, 23.012) }]));
    expect((await commit(s.id)).status).toBe(200);
    const id = t.db.prepare(`SELECT id FROM parcels WHERE code = 'ZK-LINK-001'`).pluck().get() as string;
    const tag = (await editor('/api/projects/proj-002')).headers.get('ETag') as string;
    const link = await editor('/api/projects/proj-002/parcels', {
      method: 'PUT',
      headers: { 'If-Match': tag },
      json: { parcelIds: [id] },
    });
    expect(link.status, await link.clone().text()).toBe(200);
    const projectName = t.db
      .prepare(`SELECT name FROM projects WHERE id = 'proj-002'`)
      .pluck()
      .get() as string;
    const digest = dataDigest(t.db);
    const res = await editor(`/api/imports/${s.id}/revert`, { method: 'POST' });
    const body = (await res.json()) as ErrorJson;
    expect([res.status, body.error.code]).toEqual([409, 'linked_since_import']);
    expect(body.error.message).toContain('ZK-LINK-001');
    expect(body.error.message).toContain('proj-002');
    expect(body.error.message).toContain(projectName);
    expect(dataDigest(t.db)).toBe(digest);
    expect(((await (await editor(`/api/imports/${s.id}`)).json()) as Summary).status).toBe('committed');
  });
});

describe('a file reusing the code of a retired parcel', () => {
  it('names the code and the retired parcel as a blocking problem; the commit is refused', async () => {
    const tag = (await editor('/api/parcels/P-002')).headers.get('ETag') as string;
    const split = await editor('/api/parcels/P-002/split', {
      method: 'POST',
      headers: { 'If-Match': tag },
      json: {
        line: {
          type: 'LineString',
          coordinates: [
            [114.221, 22.979],
            [114.221, 22.984],
          ],
        },
      },
    });
    expect(split.status, await split.clone().text()).toBe(201);
    // ZK-2017-002 now belongs to the retired P-002; a new shape for it in test-import.
    const s = await stage(geojson([{ code: 'ZK-2017-002', ring: rect(114.31, 23.01, 114.312, 23.012) }]));
    const retired = s.problems.find((p) => p.code === 'retired_code');
    expect(retired?.record).toBe(1);
    expect(retired?.blocking).toBe(true);
    expect(retired?.message).toContain('ZK-2017-002');
    expect(retired?.message).toContain('P-002');
    expect(retired?.message).toContain('2018-03-09');
    expect(s.blockingRecords).toEqual([1]);
    const digest = dataDigest(t.db);
    const res = await commit(s.id);
    expect(res.status).toBe(422);
    expect(dataDigest(t.db)).toBe(digest);
  });
});

describe('created_on of an imported parcel', () => {
  it('is the commit day: listed as of that day, absent the day before', async () => {
    now = new Date('2018-03-12T02:00:00Z'); // 2018-03-12 10:00 in Beijing
    editor = as(t.app, await signIn(t.app, 'editor'));
    const s = await stage(geojson([{ code: 'ZK-DAY-001', ring: rect(114.32, 23.01, 114.322, 23.012) }]));
    expect((await commit(s.id)).status).toBe(200);
    const row = t.db.prepare(`SELECT created_on FROM parcels WHERE code = 'ZK-DAY-001'`).pluck().get();
    expect(row).toBe('2018-03-12');
    const codes = async (asOf: string) =>
      (
        (await (await editor(`/api/parcels?asOf=${asOf}&limit=5000`)).json()) as {
          features: { properties: { code: string } }[];
        }
      ).features.map((f) => f.properties.code);
    expect(await codes('2018-03-12')).toContain('ZK-DAY-001');
    expect(await codes('2018-03-11')).not.toContain('ZK-DAY-001');
  });
});

describe('dry runs left uncommitted', () => {
  it('are deleted once older than the staging TTL, before the next dry run and at start-up', async () => {
    const countStaged = () =>
      t.db.prepare(`SELECT count(*) FROM imports WHERE status = 'staged'`).pluck().get() as number;
    const ring = rect(114.33, 23.01, 114.332, 23.012);
    const old = await stage(geojson([{ code: 'ZK-TTL-001', ring }]));
    now = new Date(now.getTime() + (DEFAULT_IMPORT_LIMITS.stagingTtlHours - 1) * 3_600_000);
    editor = as(t.app, await signIn(t.app, 'editor'));
    const younger = await stage(geojson([{ code: 'ZK-TTL-002', ring }]));
    // One hour short of the TTL: the first is kept.
    expect((await editor(`/api/imports/${old.id}`)).status).toBe(200);
    now = new Date(now.getTime() + 2 * 3_600_000);
    editor = as(t.app, await signIn(t.app, 'editor'));
    await stage(geojson([{ code: 'ZK-TTL-003', ring }]));
    expect((await editor(`/api/imports/${old.id}`)).status).toBe(404);
    expect(t.db.prepare('SELECT count(*) FROM import_records WHERE import_id = ?').pluck().get(old.id)).toBe(
      0,
    );
    expect((await commit(old.id)).status).toBe(404);
    // Committed imports are history and stay whatever their age.
    const committed = t.db.prepare(`SELECT count(*) FROM imports WHERE status = 'committed'`).pluck().get();
    const before = countStaged();
    expect(before).toBe(2);
    // Start-up (a new app over the same database) a TTL after the younger dry run removes it too.
    const later = new Date(now.getTime() + DEFAULT_IMPORT_LIMITS.stagingTtlHours * 3_600_000 + 60_000);
    createApp({ db: t.db, clock: () => later });
    expect(countStaged()).toBe(0);
    expect(t.db.prepare('SELECT count(*) FROM imports WHERE id = ?').pluck().get(younger.id)).toBe(0);
    expect(t.db.prepare(`SELECT count(*) FROM imports WHERE status = 'committed'`).pluck().get()).toBe(
      committed,
    );
  });
});
