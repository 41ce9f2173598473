/**
 * Parcel tiles on a past date (`asOf=YYYY-MM-DD`) against the hand-made fixture, decoded with
 * @mapbox/vector-tile + pbf (maplibre's own decoder). Oracle: the fixture's event history read by hand —
 * P-001 went reserve 2015-06-01 → ready 2016-05-01 → listed 2016-11-01 → transferred 2016-12-20; P-003's and
 * P-005's first events are in 2017, so on 2016-12-01 they are not yet in the ledger.
 */
import { gunzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, as, signIn } from './helpers/auth.ts';
import { testApp } from './helpers/test-app.ts';

const { app, db, cleanup } = testApp();
afterAll(cleanup);
let editor: ReturnType<typeof as>;
beforeAll(async () => {
  await addUser(db, { login: 'zhang', displayName: '张工', role: 'editor' });
  editor = as(app, await signIn(app, 'zhang'));
});

/** XYZ tile of lon/lat at zoom z (standard Web-Mercator formulas). */
const tileOf = (lon: number, lat: number, z: number) => {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  return {
    x: Math.floor(((lon + 180) / 360) * n),
    y: Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n),
  };
};
/** The fixture's parcels lie within this box (lon/lat). */
const AREA = [114.2, 22.97, 114.27, 23.06] as const;

/** Parcel id → state over every zoom-12 tile of AREA, for the query string `q` (e.g. `asOf=2016-12-01`). */
async function statesInTiles(q: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const a = tileOf(AREA[0], AREA[3], 12);
  const b = tileOf(AREA[2], AREA[1], 12);
  for (let x = a.x; x <= b.x; x++) {
    for (let y = a.y; y <= b.y; y++) {
      const res = await app.request(`/api/tiles/parcels/12/${x}/${y}.mvt?${q}`, {
        headers: { 'Accept-Encoding': 'gzip' },
      });
      expect([200, 204]).toContain(res.status);
      if (res.status === 204) continue;
      const raw = new Uint8Array(gunzipSync(new Uint8Array(await res.arrayBuffer())));
      const layer = new VectorTile(new PbfReader(raw)).layers.parcels;
      for (let i = 0; layer && i < layer.length; i++) {
        const p = layer.feature(i).properties;
        out.set(String(p.id), String(p.state));
      }
    }
  }
  return out;
}

describe('parcel tiles on a past date (asOf)', () => {
  it('a parcel transferred after the date shows its earlier state; parcels not yet in the ledger are absent', async () => {
    const today = await statesInTiles('');
    expect(today.get('P-001')).toBe('transferred');
    const then = await statesInTiles('asOf=2016-12-01');
    expect(then.get('P-001')).toBe('listed');
    expect(then.get('P-002')).toBe('reserve');
    expect(then.get('P-004')).toBe('under_construction');
    expect(then.get('P-006')).toBe('planned');
    expect(then.has('P-003')).toBe(false);
    expect(then.has('P-005')).toBe(false);
    // The day of the transfer itself counts: the event is dated on or before it.
    expect((await statesInTiles('asOf=2016-12-20')).get('P-001')).toBe('transferred');
  });

  it('a parcel retired by a split is drawn on dates before the split, its parts after', async () => {
    const tag = (await editor('/api/parcels/P-002')).headers.get('ETag') as string;
    const res = await editor('/api/parcels/P-002/split', {
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
    expect(res.status).toBe(201);
    const before = await statesInTiles('asOf=2018-03-08');
    expect(before.get('P-002')).toBe('ready');
    expect([...before.keys()].filter((id) => id.startsWith('ZK-2017-002-'))).toEqual([]);
    const after = await statesInTiles('asOf=2018-03-09');
    expect(after.has('P-002')).toBe(false);
    // The parts take the parent's code with a suffix as their id.
    expect([...after.keys()].filter((id) => id.startsWith('ZK-2017-002-')).sort()).toEqual([
      'ZK-2017-002-1',
      'ZK-2017-002-2',
    ]);
    // Today's tiles agree with the past date's on the day of the data.
    expect(await statesInTiles('')).toEqual(after);
  });

  it('the TileJSON carries asOf into its URL template; a malformed date or a date on 三旧 tiles is a 400', async () => {
    const tj = (await (await app.request('/api/tiles/parcels.json?asOf=2016-12-01')).json()) as {
      tiles: string[];
    };
    expect(tj.tiles[0]).toMatch(/\/api\/tiles\/parcels\/\{z\}\/\{x\}\/\{y\}\.mvt\?v=[^&]+&asOf=2016-12-01$/);
    for (const path of [
      '/api/tiles/parcels/12/3395/1782.mvt?asOf=2016-13-01',
      '/api/tiles/redevelopment/12/3395/1782.mvt?asOf=2016-12-01',
      '/api/tiles/parcels.json?asof=2016-12-01',
    ]) {
      const r = await app.request(path);
      expect(r.status, path).toBe(400);
      const field = ((await r.json()) as { error: { field: string } }).error.field;
      expect(field, path).toMatch(/^asOf$|^asof$/);
    }
  });
});
