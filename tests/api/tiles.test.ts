/**
 * GET /api/tiles/… on the hand-made fixture: tiles decode (with @mapbox/vector-tile, maplibre's decoder) to the
 * parcels /api/parcels lists; caching headers follow the data version; a recorded state change invalidates
 * exactly the tiles drawing the parcel (those change, every other tile comes back byte-identical), in memory
 * and in the persistent tile table.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import type { Database } from 'better-sqlite3';
import { PbfReader } from 'pbf';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../server/app.ts';
import { openDatabase } from '../../server/db/open.ts';
import { seedDatabase } from '../../server/seed/seed-database.ts';
import { MAX_PENDING_TILES, TileCache, tileCache } from '../../server/tiles/tile-cache.ts';
import { addUser, ORIGIN, signIn } from './helpers/auth.ts';
import { MINI_GEODATA, seededDb, tempDir } from './helpers/test-app.ts';

const s = seededDb();
const app = createApp({ db: s.db, clock: () => new Date('2018-03-09T08:00:00Z') });
afterAll(s.cleanup);

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

const version = async () =>
  ((await (await app.request('/api/config')).json()) as { dataVersion: string }).dataVersion;

async function fetchTile(path: string, gzip = true) {
  const res = await app.request(path, { headers: gzip ? { 'Accept-Encoding': 'gzip' } : {} });
  const body = new Uint8Array(await res.arrayBuffer());
  const raw = res.headers.get('Content-Encoding') === 'gzip' ? new Uint8Array(gunzipSync(body)) : body;
  return { res, raw };
}

/** Every tile of zooms 10–16 over AREA: key → raw MVT bytes (empty for 204) and the cache header. */
async function allTiles(v: string) {
  const out = new Map<string, { raw: Uint8Array; cache: string | null }>();
  for (let z = 10; z <= 16; z++) {
    const a = tileOf(AREA[0], AREA[3], z);
    const b = tileOf(AREA[2], AREA[1], z);
    for (let x = a.x; x <= b.x; x++) {
      for (let y = a.y; y <= b.y; y++) {
        const { res, raw } = await fetchTile(`/api/tiles/parcels/${z}/${x}/${y}.mvt?v=${v}`);
        expect([200, 204]).toContain(res.status);
        out.set(`${z}/${x}/${y}`, { raw, cache: res.headers.get('X-Tile-Cache') });
      }
    }
  }
  return out;
}

/** Rows of the tile table holding parcel tile z/x/y (of the current tile rules). */
const storedTiles = (db: Database, z: number, t: { x: number; y: number }) =>
  db
    .prepare("SELECT count(*) FROM tile_cache WHERE layer = 'parcels@2' AND z = ? AND x = ? AND y = ?")
    .pluck()
    .get(z, t.x, t.y);

/** Properties of the features of the `parcels` layer, by parcel id. */
function parcelsIn(raw: Uint8Array): Map<string, Record<string, unknown>> {
  const layer = new VectorTile(new PbfReader(raw)).layers.parcels;
  const out = new Map<string, Record<string, unknown>>();
  for (let i = 0; layer && i < layer.length; i++) {
    const f = layer.feature(i);
    out.set(String(f.properties.id), { ...f.properties, fid: f.id });
  }
  return out;
}

describe('parcel tiles', () => {
  it('carry the light properties of /api/parcels and a numeric feature id per parcel', async () => {
    const v = await version();
    const t = tileOf(114.221, 22.981, 14);
    const { res, raw } = await fetchTile(`/api/tiles/parcels/14/${t.x}/${t.y}.mvt?v=${v}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/vnd.mapbox-vector-tile');
    const props = parcelsIn(raw).get('P-002');
    const list = (await (await app.request('/api/parcels?q=ZK-2017-002')).json()) as {
      features: { properties: Record<string, unknown> }[];
    };
    const p = list.features[0]!.properties;
    expect(props).toMatchObject({
      id: 'P-002',
      code: 'ZK-2017-002',
      platformId: p.platformId,
      state: 'ready',
      landUse: p.landUse,
      areaM2: Math.round(Number(p.areaM2)),
    });
    expect(Number(props?.areaMu)).toBeCloseTo(Number(p.areaMu), 3);
    expect(Number.isInteger(props?.fid)).toBe(true);
    // A parcel without a project carries no industry (MVT has no null); the list says null.
    if (p.industry == null) expect(props).not.toHaveProperty('industry');
    else expect(props?.industry).toBe(p.industry);
  });

  it('are immutable under the TileJSON’s version (data and tile rules), revalidated otherwise, and sent plain on request', async () => {
    const tj = (await (await app.request('/api/tiles/parcels.json')).json()) as { tiles: string[] };
    const v = new URL(tj.tiles[0]!.replace(/\{[xyz]\}/g, '0')).searchParams.get('v')!;
    expect(v).toBe(`${await version()}~t2`);
    const t = tileOf(114.221, 22.981, 13);
    const current = await fetchTile(`/api/tiles/parcels/13/${t.x}/${t.y}.mvt?v=${v}`);
    expect(current.res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    for (const old of ['old', await version()]) {
      // An older data version, or the current one under the tile rules before version 2.
      const stale = await fetchTile(`/api/tiles/parcels/13/${t.x}/${t.y}.mvt?v=${old}`);
      expect(stale.res.headers.get('Cache-Control')).toBe('no-cache');
    }
    const plain = await fetchTile(`/api/tiles/parcels/13/${t.x}/${t.y}.mvt?v=${v}`, false);
    expect(plain.res.headers.get('Content-Encoding')).toBeNull();
    expect(plain.raw).toEqual(current.raw);
  });

  it('answer 204 for a tile with nothing in it', async () => {
    const res = await app.request('/api/tiles/parcels/14/0/0.mvt');
    expect(res.status).toBe(204);
  });

  it('refuse unknown layers, zooms beyond 16 and tiles off the grid with 400 naming the field', async () => {
    const cases: [string, string][] = [
      ['/api/tiles/roads/1/0/0.mvt', 'layer'],
      ['/api/tiles/parcels/17/0/0.mvt', 'z'],
      ['/api/tiles/parcels/2/4/0.mvt', 'x'],
      ['/api/tiles/parcels/2/0/0.png', 'y'],
    ];
    for (const [path, field] of cases) {
      const res = await app.request(path);
      expect(res.status, path).toBe(400);
      expect(((await res.json()) as { error: { field: string } }).error.field, path).toBe(field);
    }
  });

  it('are described by a TileJSON whose URL template carries the data version and the tile rules’ version', async () => {
    const tj = (await (await app.request('/api/tiles/parcels.json')).json()) as {
      tiles: string[];
      maxzoom: number;
      bounds: number[];
    };
    expect(tj.tiles[0]).toMatch(
      new RegExp(`/api/tiles/parcels/\\{z\\}/\\{x\\}/\\{y\\}\\.mvt\\?v=${await version()}~t2$`),
    );
    expect(tj.maxzoom).toBe(16);
    expect(tj.bounds[0]).toBeGreaterThanOrEqual(AREA[0]);
    expect(tj.bounds[2]).toBeLessThanOrEqual(AREA[2]);
  });

  it('after a state change: tiles drawing the parcel change, all others come back byte-identical', async () => {
    const before = await allTiles(await version());
    await addUser(s.db, { login: 'zhang', role: 'editor', displayName: '张工' });
    const res = await app.request('/api/parcels/P-002/transitions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN, Cookie: await signIn(app, 'zhang') },
      body: JSON.stringify({ to: 'listed', date: '2018-03-01', version: 1 }),
    });
    expect(res.status).toBe(200);
    const after = await allTiles(await version());
    let changed = 0;
    let same = 0;
    for (const [key, old] of before) {
      const now = after.get(key)!;
      const had = parcelsIn(old.raw).get('P-002');
      if (had) {
        changed++;
        expect(Buffer.from(now.raw).equals(Buffer.from(old.raw)), key).toBe(false);
        expect(parcelsIn(now.raw).get('P-002')?.state, key).toBe('listed');
        expect(had.state).toBe('ready');
      } else {
        same++;
        expect(Buffer.from(now.raw).equals(Buffer.from(old.raw)), key).toBe(true);
      }
    }
    // One tile per zoom at least draws the parcel; most tiles of the area do not.
    expect(changed).toBeGreaterThanOrEqual(7);
    expect(same).toBeGreaterThan(changed);
    // Far from the parcel nothing was rebuilt: P-006 (9 km north-east) is served from memory.
    const t = tileOf(114.251, 23.051, 16);
    const far = after.get(`16/${t.x}/${t.y}`);
    expect(far?.cache).toBe('memory');
  });

  it('after a project changes industry: the tiles drawing its parcels carry the new one', async () => {
    // proj-001 (semiconductor) holds P-001; the zoom-16 tile at P-001's centre draws it.
    const box = s.db
      .prepare("SELECT min_lon, min_lat, max_lon, max_lat FROM parcels WHERE id = 'P-001'")
      .raw()
      .get() as number[];
    const t = tileOf((box[0]! + box[2]!) / 2, (box[1]! + box[3]!) / 2, 16);
    const tile = async () =>
      parcelsIn((await fetchTile(`/api/tiles/parcels/16/${t.x}/${t.y}.mvt?v=${await version()}`)).raw).get(
        'P-001',
      );
    expect(await tile()).toMatchObject({ industry: 'semiconductor', industries: ',semiconductor,' });
    await addUser(s.db, { login: 'wang', role: 'editor', displayName: '王工' });
    const cookie = await signIn(app, 'wang');
    const etag = (await app.request('/api/projects/proj-001', { headers: { Cookie: cookie } })).headers.get(
      'ETag',
    );
    const res = await app.request('/api/projects/proj-001', {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN, Cookie: cookie, 'If-Match': etag ?? '' },
      body: JSON.stringify({ industry: 'ai' }),
    });
    expect(res.status).toBe(200);
    expect(await tile()).toMatchObject({ industry: 'ai', industries: ',ai,' });
  });

  it('persist in the tile table: another connection serves them from disk', async () => {
    const v = await version();
    const t = tileOf(114.221, 22.981, 15);
    const first = await fetchTile(`/api/tiles/parcels/15/${t.x}/${t.y}.mvt?v=${v}`);
    const db2 = openDatabase(s.dbPath);
    try {
      // Written shortly after it was answered (PERSIST_DELAY_MS), with any other tile built meanwhile.
      await vi.waitFor(() => expect(storedTiles(db2, 15, t)).toBe(1), { timeout: 10_000, interval: 50 });
      const app2 = createApp({ db: db2 });
      const res = await app2.request(`/api/tiles/parcels/15/${t.x}/${t.y}.mvt?v=${v}`, {
        headers: { 'Accept-Encoding': 'gzip' },
      });
      expect(res.headers.get('X-Tile-Cache')).toBe('disk');
      expect(new Uint8Array(gunzipSync(new Uint8Array(await res.arrayBuffer())))).toEqual(first.raw);
    } finally {
      db2.close();
    }
  });

  it('built just before an edit that invalidates them are never written to the tile table after it', async () => {
    const v = await version();
    const t = tileOf(114.221, 22.981, 16);
    const cache = tileCache(s.db);
    cache.clear('parcels');
    const built = await fetchTile(`/api/tiles/parcels/16/${t.x}/${t.y}.mvt?v=${v}`);
    expect(built.res.headers.get('X-Tile-Cache')).toBe('built');
    // An edit's invalidation of the tile's area while its write is pending, then the write of what is pending.
    cache.invalidateBBox('parcels', [114.2209, 22.9809, 114.2211, 22.9811]);
    cache.flush();
    expect(storedTiles(s.db, 16, t)).toBe(0);
    // Control: the same tile built again and written, with no edit between, is stored.
    const again = await fetchTile(`/api/tiles/parcels/16/${t.x}/${t.y}.mvt?v=${v}`);
    expect(again.res.headers.get('X-Tile-Cache')).toBe('built');
    cache.flush();
    expect(storedTiles(s.db, 16, t)).toBe(1);
  });

  it(`wait for their table write at most ${MAX_PENDING_TILES} at a time: one more writes them all at once`, () => {
    const cache = new TileCache(s.db);
    cache.clear('parcels');
    const rows = () =>
      s.db.prepare("SELECT count(*) FROM tile_cache WHERE layer = 'parcels@2' AND z = 16").pluck().get();
    const { x, y } = tileOf(114.2, 23.06, 16);
    // Built in one synchronous run, so the write timer cannot fire in between.
    for (let i = 0; i < MAX_PENDING_TILES - 1; i++)
      cache.get('parcels', { z: 16, x: x + (i % 64), y: y + (i >> 6) });
    expect(rows()).toBe(0);
    cache.get('parcels', { z: 16, x: x + 63, y: y + 10 });
    expect(rows()).toBe(MAX_PENDING_TILES);
  });

  it('built by older tile rules (an upgrade) are dropped from the tile table, never served', async () => {
    const tmp = tempDir('zk-tile-rules-');
    const path = `${tmp.dir}/old.sqlite`;
    const old = openDatabase(path);
    seedDatabase(old, MINI_GEODATA);
    const t = tileOf(114.221, 22.981, 15);
    // A row as the tile rules before version 2 stored it (layer name without a version), holding junk.
    old
      .prepare('INSERT INTO tile_cache (layer, z, x, y, data) VALUES (?, 15, ?, ?, ?)')
      .run('parcels', t.x, t.y, gzipSync(Buffer.from('junk')));
    old.close();
    const db2 = openDatabase(path);
    try {
      const res = await createApp({ db: db2 }).request(`/api/tiles/parcels/15/${t.x}/${t.y}.mvt`);
      expect(res.headers.get('X-Tile-Cache')).toBe('built');
      expect(parcelsIn(new Uint8Array(await res.arrayBuffer())).size).toBeGreaterThan(0);
      expect(db2.prepare("SELECT count(*) FROM tile_cache WHERE layer = 'parcels'").pluck().get()).toBe(0);
    } finally {
      db2.close();
      tmp.cleanup();
    }
  });
});

describe('redevelopment tiles', () => {
  it('draw the 三旧 sites with their code, type, mode and stage', async () => {
    const sites = (await (await app.request('/api/redevelopment')).json()) as {
      features: { properties: { id: string; code: string; type: string; mode: string; stage: string } }[];
      bbox?: number[];
    };
    const site = sites.features[0]!.properties;
    const box = s.db
      .prepare('SELECT min_lon, min_lat FROM redevelopment_sites WHERE id = ?')
      .get(site.id) as {
      min_lon: number;
      min_lat: number;
    };
    const t = tileOf(box.min_lon + 1e-6, box.min_lat + 1e-6, 14);
    const { res, raw } = await fetchTile(`/api/tiles/redevelopment/14/${t.x}/${t.y}.mvt`);
    expect(res.status).toBe(200);
    const layer = new VectorTile(new PbfReader(raw)).layers.redevelopment!;
    const props = Array.from({ length: layer.length }, (_, i) => layer.feature(i).properties);
    expect(props).toContainEqual(
      expect.objectContaining({
        id: site.id,
        code: site.code,
        type: site.type,
        mode: site.mode,
        stage: site.stage,
      }),
    );
  });
});
