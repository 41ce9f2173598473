/**
 * The whole-zone figures computed in the database: the per-platform × state totals kept by triggers match a
 * scan of the parcels after seeding and after an edit; capped lists say so (idle land, land-balance items,
 * search); search finds code substrings through the trigram index exactly as a plain substring test does;
 * JSON answers are gzip-compressed when asked.
 */

import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { bbox } from '@turf/turf';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { listMigrations, migrate } from '../../server/db/migrate.ts';
import { sharedJobPool } from '../../server/jobs/shared-pool.ts';
import { landBalanceService } from '../../server/land-balance/service.ts';
import { seedDatabase } from '../../server/seed/seed-database.ts';
import { tileCache } from '../../server/tiles/tile-cache.ts';
import { addUser, as, signIn } from './helpers/auth.ts';
import { freshSummary, keptSummary } from './helpers/contract-clock-summary.ts';
import { REAL_GEODATA, tempDir, testApp } from './helpers/test-app.ts';

const mini = testApp();
/** Records a state change on the fixture as a signed-in editor. */
let editor: Promise<string> | null = null;
const transition = async (id: string, body: object) => {
  editor ??= addUser(mini.db, { login: 'zhang', role: 'editor' }).then(() => signIn(mini.app, 'zhang'));
  return as(mini.app, await editor)(`/api/parcels/${id}/transitions`, { method: 'POST', json: body });
};
const real = testApp({ geodataDir: REAL_GEODATA });
afterAll(() => {
  mini.cleanup();
  real.cleanup();
});

type Totals = { platform_id: string; state: string; count: number; area_m2: number; area_mu: number }[];
const kept = (db: typeof mini.db) =>
  db.prepare('SELECT * FROM parcel_state_totals ORDER BY 1, 2').all() as Totals;
const scanned = (db: typeof mini.db) =>
  db
    .prepare(
      `SELECT platform_id, state, count(*) AS count, sum(area_m2) AS area_m2, sum(area_mu) AS area_mu
       FROM parcels GROUP BY 1, 2 ORDER BY 1, 2`,
    )
    .all() as Totals;
const expectSame = (a: Totals, b: Totals) => {
  expect(a.map((r) => [r.platform_id, r.state, r.count])).toEqual(
    b.map((r) => [r.platform_id, r.state, r.count]),
  );
  a.forEach((r, i) => {
    expect(r.area_m2).toBeCloseTo(b[i]!.area_m2, 3);
    expect(r.area_mu).toBeCloseTo(b[i]!.area_mu, 5);
  });
};

describe('parcel totals per platform × state', () => {
  it('match a scan of the parcels after seeding the sample', () => {
    expectSame(kept(real.db), scanned(real.db));
  });

  it('follow a recorded state change (one parcel leaves ready for listed)', async () => {
    const res = await transition('P-002', { to: 'listed', date: '2018-03-01', version: 1 });
    expect(res.status).toBe(200);
    expectSame(kept(mini.db), scanned(mini.db));
    expect(kept(mini.db).some((r) => r.state === 'ready')).toBe(false);
  });
});

describe('migration 002 on a database seeded before it', () => {
  it('fills the totals and the code index from the parcels already there', () => {
    const tmp = tempDir();
    const db = new BetterSqlite3(join(tmp.dir, 'old.sqlite'));
    try {
      migrate(
        db,
        listMigrations().filter((m) => m.version === 1),
      );
      // Today's seed writes the later migrations' columns too, so the version-1 database gets the sample's
      // platforms and parcels copied column by column from a fully seeded one.
      const fresh = join(tmp.dir, 'fresh.sqlite');
      const full = new BetterSqlite3(fresh);
      migrate(full);
      seedDatabase(full, REAL_GEODATA);
      full.close();
      db.prepare('ATTACH DATABASE ? AS src').run(fresh);
      const columns = (table: string) =>
        (db.prepare(`SELECT name FROM main.pragma_table_info('${table}')`).pluck().all() as string[]).join(
          ', ',
        );
      for (const table of ['platforms', 'parcels', 'parcel_rtree'])
        db.exec(`INSERT INTO main.${table} (${columns(table)}) SELECT ${columns(table)} FROM src.${table}`);
      db.exec('DETACH DATABASE src');
      // 002 and the later migrations (003: grant records, 004: accounts and audit, 005: record editing,
      // 006: land-balance overrides, 007: imports, 008: idle-clock flag and indexes, 009: zone settings and
      // import templates, 010: land-balance supply indexes, 012: transition corrections, 013: contract-clock
      // summary, 014: geometry undo) apply.
      expect(migrate(db)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17]);
      expectSame(kept(db), scanned(db));
      // 013's backfill: the contract-only clock groups of the copied parcels, as a rebuild gives them.
      const clockGroups = keptSummary(db);
      expect(clockGroups.groups.length).toBeGreaterThan(100);
      expect(clockGroups).toEqual(freshSummary(db));
      const code = db.prepare('SELECT code FROM parcels ORDER BY rowid LIMIT 1').pluck().get() as string;
      const hits = db
        .prepare('SELECT count(*) FROM parcel_code_fts WHERE parcel_code_fts MATCH ?')
        .pluck()
        .get(`"${code.slice(1)}"`);
      expect(hits).toBeGreaterThanOrEqual(1);
    } finally {
      db.close();
      tmp.cleanup();
    }
  });
});

describe('capped lists', () => {
  it('idle land: limit cuts the list, total and truncated say so, the summary still covers every row', async () => {
    const all = (await (await real.app.request('/api/idle-land')).json()) as {
      items: { parcelId: string }[];
      total: number;
      truncated: boolean;
      summary: unknown;
    };
    expect(all.total).toBe(all.items.length);
    expect(all.truncated).toBe(false);
    expect(all.total).toBeGreaterThan(3);
    const cut = (await (await real.app.request('/api/idle-land?limit=3')).json()) as typeof all & {
      limit: number;
    };
    expect(cut.items.map((r) => r.parcelId)).toEqual(all.items.slice(0, 3).map((r) => r.parcelId));
    expect([cut.total, cut.limit, cut.truncated]).toEqual([all.total, 3, true]);
    expect(cut.summary).toEqual(all.summary);
  });

  it('idle land: rows carry ids, list fields and the bbox (turf) but no geometry; default cap 200', async () => {
    const res = await real.app.request('/api/idle-land');
    const text = await res.text();
    const body = JSON.parse(text) as {
      items: ({ parcelId: string; bbox: number[] } & Record<string, unknown>)[];
      total: number;
      limit: number;
      truncated: boolean;
    };
    expect(body.limit).toBe(200);
    expect(body.items.length).toBeGreaterThan(0);
    // The map draws the listed parcels from the tiles by id; the answer stays small.
    expect(body.items.every((r) => !('geometry' in r))).toBe(true);
    expect(Buffer.byteLength(text)).toBeLessThan(200_000);
    const geometryOf = real.db
      .prepare('SELECT geometry FROM parcels WHERE id = ? AND retired_on IS NULL')
      .pluck();
    for (const r of body.items) {
      const box = bbox(JSON.parse(geometryOf.get(r.parcelId) as string));
      for (const [i, v] of r.bbox.entries()) expect(v).toBeCloseTo(box[i]!, 9);
    }
  });

  it('land balance: supply item and exclusion lists carry their totals', async () => {
    const b = (await (await real.app.request('/api/land-balance?includeReserve=true')).json()) as {
      supply: {
        items: unknown[];
        itemsTotal: number;
        excluded: unknown[];
        excludedTotal: number;
        excludedByReason: Record<string, number>;
        truncated: boolean;
      };
    };
    expect(b.supply.itemsTotal).toBe(b.supply.items.length);
    expect(b.supply.excludedTotal).toBe(b.supply.excluded.length);
    expect(Object.values(b.supply.excludedByReason).reduce((a, n) => a + n, 0)).toBe(b.supply.excludedTotal);
    expect(b.supply.truncated).toBe(false);
  });
});

describe('search on the sample', () => {
  const codes = () => (real.db.prepare('SELECT code FROM parcels').pluck().all() as string[]).sort();

  it('finds a code substring (trigram index) exactly as a plain case-insensitive substring test does', async () => {
    const all = codes();
    // A substring inside the codes, not at their start, that few codes contain.
    const sample = all[Math.floor(all.length / 2)]!;
    const q = sample.slice(-5).toLowerCase();
    const expected = all.filter((c) => c.toLowerCase().includes(q));
    expect(expected.length).toBeGreaterThan(0);
    const body = (await (
      await real.app.request(`/api/search?q=${encodeURIComponent(q)}&limit=200`)
    ).json()) as {
      parcels: { code: string }[];
      truncated: { parcels: boolean };
    };
    const found = body.parcels.map((p) => p.code).filter((c) => c.toLowerCase().includes(q));
    expect(found.sort()).toEqual(expected);
    expect(body.truncated.parcels).toBe(false);
  });

  it('flags a parcel list cut at limit', async () => {
    const prefix = codes()[0]!.slice(0, 3);
    const body = (await (
      await real.app.request(`/api/search?q=${encodeURIComponent(prefix)}&limit=5`)
    ).json()) as {
      parcels: { code: string }[];
      limit: number;
      truncated: { parcels: boolean };
    };
    expect(body.parcels).toHaveLength(5);
    expect(body.limit).toBe(5);
    expect(body.truncated.parcels).toBe(true);
  });
});

describe('idle-land watch list kept per data state', () => {
  it('is recomputed after an edit: a parcel whose 动工 is proven leaves the list and the overview count', async () => {
    const list = async () =>
      (await (await mini.app.request('/api/idle-land')).json()) as {
        items: { parcelId: string }[];
        total: number;
      };
    const dueSoon = async () =>
      (
        (await (await mini.app.request('/api/dashboard')).json()) as {
          idleLand: { byStatus: { due_soon: number } };
        }
      ).idleLand.byStatus.due_soon;
    const before = await list();
    expect(before.items.map((r) => r.parcelId)).toContain('P-005');
    const dueBefore = await dueSoon();
    const res = await transition('P-005', { to: 'under_construction', date: '2018-03-01', version: 1 });
    expect(res.status).toBe(200);
    // A construction permit is not 动工 (国土资源部令第53号 第三十条): the parcel stays on the list …
    expect((await list()).items.map((r) => r.parcelId)).toContain('P-005');
    // … until the start is proven.
    const proven = await as(mini.app, await editor!)('/api/parcels/P-005/compliance', {
      method: 'POST',
      json: { step: 'start_verified', date: '2018-03-05', evidence: 'piles_done', version: 2 },
    });
    expect(proven.status).toBe(200);
    const after = await list();
    expect(after.items.map((r) => r.parcelId)).not.toContain('P-005');
    expect(after.total).toBe(before.total - 1);
    expect(await dueSoon()).toBe(dueBefore - 1);
  });
});

describe('land-balance cache', () => {
  it('survives tile requests (tile-cache rows are not data) and is dropped by an edit', async () => {
    await real.app.request('/api/land-balance');
    // The app's service: the one over this database and the shared pool its app uses (createApp's default).
    const service = landBalanceService(real.db, '', sharedJobPool());
    const before = service.balanceBase();
    // The zoom-12 tile holding the first parcel's south-west corner (standard Web-Mercator formulas).
    const { lon, lat } = real.db
      .prepare('SELECT min_lon + 1e-6 AS lon, min_lat + 1e-6 AS lat FROM parcels ORDER BY rowid LIMIT 1')
      .get() as { lon: number; lat: number };
    const r = (lat * Math.PI) / 180;
    const x = Math.floor(((lon + 180) / 360) * 4096);
    const y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 4096);
    expect((await real.app.request(`/api/tiles/parcels/12/${x}/${y}.mvt`)).status).toBe(200);
    // The built tile's deferred write to the tile table, now.
    tileCache(real.db).flush();
    expect(real.db.prepare('SELECT count(*) FROM tile_cache').pluck().get()).toBeGreaterThan(0);
    expect(service.balanceBase()).toBe(before);
    real.db
      .prepare('UPDATE parcels SET area_mu = area_mu WHERE rowid = (SELECT min(rowid) FROM parcels)')
      .run();
    expect(service.balanceBase()).not.toBe(before);
  });
});

describe('compression', () => {
  it('sends JSON gzip-encoded to a client that accepts it', async () => {
    const res = await real.app.request('/api/parcels?limit=500', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.headers.get('Content-Encoding')).toBe('gzip');
    const body = JSON.parse(gunzipSync(new Uint8Array(await res.arrayBuffer())).toString('utf8')) as {
      features: unknown[];
    };
    expect(body.features).toHaveLength(500);
  });
});
