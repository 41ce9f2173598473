/**
 * Vector tiles at 10k / 100k / 1M synthetic parcels (support/synthetic-zone.ts): for zooms 10–16, up to 30
 * tiles per zoom (100 from zoom 13) chosen at random (seeded) inside the parcels' extent, the time to build each
 * tile cold (R*Tree read, geojson-vt, the MVT writer, gzip) after a warm-up on other tiles, warm from the memory
 * LRU and from the tile table, the largest tile, and — when Debian's postgresql-15-postgis-3 is installed —
 * PostGIS ST_AsMVT on the same parcels and tiles (a cluster on port 55432 started and stopped here). Sizes:
 * `npm run bench -- tiles --sizes=10000,100000`.
 */
import { gunzipSync } from 'node:zlib';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../server/db/open.ts';
import { parcelsExtent } from '../../server/db/queries/tiles.ts';
import { TileCache } from '../../server/tiles/tile-cache.ts';
import { type TileAddress, tileRange } from '../../server/tiles/tile-math.ts';
import { type Postgis, startPostgis } from './support/postgis.ts';
import { ms, size, sizesArg, stats } from './support/stats.ts';
import { zoneDb } from './support/synthetic-zone.ts';

const ZOOMS = [10, 11, 12, 13, 14, 15, 16];
/**
 * Tiles timed per zoom: 30 up to zoom 12, 100 from zoom 13. A p95 of 30 tiles is their second slowest, moved by
 * one slow tile either side (at zoom 16, 1–3 ms tiles, ours and PostGIS's p95 each varied by a third between runs);
 * the deep zooms' tiles take milliseconds, so more of them cost little.
 */
const perZoom = (z: number) => (z >= 13 ? 100 : 30);

function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Up to `count` (perZoom) distinct tiles of zoom z inside `bbox`, seeded. */
function sampleTiles(
  bbox: [number, number, number, number],
  z: number,
  seed = z,
  count = perZoom(z),
): TileAddress[] {
  const r = tileRange(bbox, z);
  const all: TileAddress[] = [];
  for (let x = r.minX; x <= r.maxX; x++) for (let y = r.minY; y <= r.maxY; y++) all.push({ z, x, y });
  const rand = prng(seed);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, count);
}

/**
 * Builds (and keeps nowhere) 10 other tiles of every zoom, so the tile code is compiled by V8's optimising tiers
 * before anything is timed, as in a server that has been up a while: the first 15–20 tiles a fresh process
 * builds at a zoom took 6–14 ms where the rest took 1–2 ms (10,000 parcels, zoom 13). PostGIS's C needs none.
 */
function warmUp(db: Database, bbox: [number, number, number, number]): void {
  const builder = new TileCache(db);
  for (const z of ZOOMS) for (const t of sampleTiles(bbox, z, z + 1000, 10)) builder.build('parcels', t);
}

const time = <T>(f: () => T): [number, T] => {
  const t = performance.now();
  const v = f();
  return [performance.now() - t, v];
};

/** Our figures for one zoom's tiles: cold, warm (memory), warm (tile table) times and the largest tile. */
type Ours = { cold: number[]; warm: number[]; disk: number[]; largest: number; largestGz: number };

/** Builds each of `tiles` cold, then reads it warm from memory and, from a new cache, from the tile table. */
function ourTiles(db: Database, cache: TileCache, tiles: TileAddress[]): Ours {
  const out: Ours = { cold: [], warm: [], disk: [], largest: 0, largestGz: 0 };
  for (const t of tiles) {
    const [c, built] = time(() => cache.get('parcels', t));
    if (built.source !== 'built') throw new Error(`tile ${t.z}/${t.x}/${t.y} was not cold`);
    out.cold.push(c);
    if (built.gzip.byteLength) {
      out.largest = Math.max(out.largest, gunzipSync(built.gzip).byteLength);
      out.largestGz = Math.max(out.largestGz, built.gzip.byteLength);
    }
    out.warm.push(time(() => cache.get('parcels', t))[0]);
  }
  // The built tiles' deferred writes to the tile table, then a new cache (empty memory) reads them back.
  cache.flush();
  const fresh = new TileCache(db);
  for (const t of tiles) out.disk.push(time(() => fresh.get('parcels', t))[0]);
  return out;
}

function benchSize(n: number, pg: Postgis | null): void {
  const path = zoneDb(n);
  const db = openDatabase(path);
  const cache = new TileCache(db);
  cache.clear();
  const bbox = parcelsExtent(db)!;
  console.log(`\n${n.toLocaleString('en')} parcels`);
  if (pg) {
    const [loadMs] = time(() => pg.load(`zk_${n}`, path));
    if (loadMs > 1000) console.log(`  (loaded into PostGIS in ${(loadMs / 1000).toFixed(0)} s)`);
  }
  const sample = ZOOMS.map((z) => sampleTiles(bbox, z));
  warmUp(db, bbox);
  // Every zoom of ours first, then every zoom of PostGIS: run in turn per zoom, each slowed the other (ours at
  // zoom 16 of 100,000 parcels: 0.7 ms a tile alone, 2.7 ms right after PostGIS's zoom-15 queries).
  const ours = sample.map((tiles) => ourTiles(db, cache, tiles));
  const theirs = sample.map((tiles) => pg?.mvt(`zk_${n}`, tiles) ?? null);
  console.log(
    '  zoom tiles | ours cold p50 / p95 | warm memory p50 / p95 | warm table p50 | largest tile (raw, gzip) | PostGIS ST_AsMVT p50 / p95 | cold p95 ratio ours/PostGIS',
  );
  ZOOMS.forEach((z, i) => {
    const o = ours[i]!;
    const p = theirs[i];
    const c = stats(o.cold);
    const w = stats(o.warm);
    const d = stats(o.disk);
    let pgText = 'n/a';
    let ratio = '';
    if (p) {
      const s = stats(p.ms);
      pgText = `${ms(s.p50)} / ${ms(s.p95)} ms (largest ${size(Math.max(...p.bytes))})`;
      ratio = (c.p95 / s.p95).toFixed(2);
    }
    console.log(
      `  z${z} ${String(sample[i]!.length).padStart(5)} | ${ms(c.p50)} / ${ms(c.p95)} ms | ${ms(w.p50)} / ${ms(w.p95)} ms | ${ms(d.p50)} ms | ${size(o.largest)}, ${size(o.largestGz)} | ${pgText} | ${ratio}`,
    );
  });
  cache.clear();
  db.close();
}

export default async function tilesBench(): Promise<void> {
  const sizes = sizesArg([10_000, 100_000, 1_000_000]);
  const pg = startPostgis();
  if (typeof pg === 'string') console.log(`PostGIS comparison skipped: ${pg}`);
  try {
    for (const n of sizes) benchSize(n, typeof pg === 'string' ? null : pg);
  } finally {
    if (typeof pg !== 'string') pg.stop();
  }
}
