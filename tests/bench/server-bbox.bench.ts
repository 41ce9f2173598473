/**
 * GET /api/parcels?bbox= against PostGIS returning the same GeoJSON, on the synthetic zones (100k and 1M parcels
 * by default): viewport-sized boxes (1280 × 800 px at zoom 14 and 16, seeded), our answer through createApp
 * (R*Tree, exact test of edge parcels, stored geometry text copied into the answer) against one PostgreSQL query
 * building the same FeatureCollection (GiST `&&` + ST_Intersects, ST_AsGeoJSON, json_agg ordered by code), timed by
 * psql's `\timing` in the same run. Needs Debian's postgresql-15-postgis-3 (the bench says so when absent).
 * `npm run bench -- server-bbox --sizes=100000`.
 */
import { execFileSync } from 'node:child_process';
import { createApp } from '../../server/app.ts';
import { openDatabase } from '../../server/db/open.ts';
import { startPostgis } from './support/postgis.ts';
import { ms, size, sizesArg, stats } from './support/stats.ts';
import { zoneDb } from './support/synthetic-zone.ts';

const PORT = '55432';
const BOXES = 40;
const EXTENT = [114.12, 22.92, 114.48, 23.18] as const;

/** Degrees per pixel at zoom z with 256-px tiles (longitude; latitude scaled by cos 23°). */
const degPerPx = (z: number) => 360 / 2 ** z / 256;

/** mulberry32. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `BOXES` viewports of a 1280 × 800 px map at zoom `z` inside the zone. */
function viewports(z: number): [number, number, number, number][] {
  const r = prng(z);
  const w = 1280 * degPerPx(z);
  const h = 800 * degPerPx(z) * Math.cos((23 * Math.PI) / 180);
  return Array.from({ length: BOXES }, () => {
    const x = EXTENT[0] + r() * (EXTENT[2] - EXTENT[0] - w);
    const y = EXTENT[1] + r() * (EXTENT[3] - EXTENT[1] - h);
    return [x, y, x + w, y + h];
  });
}

const psql = (db: string, sql: string) =>
  execFileSync('su', ['postgres', '-c', `psql -X -q -At -v ON_ERROR_STOP=1 -p ${PORT} -d ${db}`], {
    encoding: 'utf8',
    input: sql,
    maxBuffer: 256 * 1024 * 1024,
  });

/** The same FeatureCollection from PostGIS (lon/lat copy of the loaded parcels); psql prints its length. */
const pgQuery = ([a, b, c, d]: number[]) => {
  const env = `ST_MakeEnvelope(${a}, ${b}, ${c}, ${d}, 4326)`;
  return `SELECT length(json_build_object('type', 'FeatureCollection',
      'features', coalesce(json_agg(f ORDER BY code), '[]'::json), 'total', count(*))::text) FROM (
    SELECT code, json_build_object('type', 'Feature', 'id', id, 'geometry', ST_AsGeoJSON(geom)::json,
      'properties', json_build_object('id', id, 'code', code, 'platformId', platform_id, 'state', state,
        'landUse', land_use, 'areaM2', area_m2, 'areaMu', area_mu, 'industry', industry)) AS f
    FROM parcels_ll WHERE geom && ${env} AND ST_Intersects(geom, ${env})) t;`;
};

export default async function serverBboxBench(): Promise<void> {
  const pg = startPostgis();
  if (typeof pg === 'string') {
    console.log(`  PostGIS comparison skipped: ${pg}`);
    return;
  }
  try {
    for (const n of sizesArg([100_000, 1_000_000])) {
      const path = zoneDb(n);
      const name = `zk_${n}`;
      pg.load(name, path);
      psql(
        name,
        `CREATE TABLE IF NOT EXISTS parcels_ll AS SELECT id, code, platform_id, state, land_use, area_m2, area_mu,
           industry, ST_Transform(geom, 4326) AS geom FROM parcels;
         CREATE INDEX IF NOT EXISTS parcels_ll_geom ON parcels_ll USING gist (geom);
         ANALYZE parcels_ll;`,
      );
      const db = openDatabase(path);
      const app = createApp({ db });
      console.log(`\n${n.toLocaleString('en')} parcels — ${BOXES} viewports per zoom, ms (p50 / p95)`);
      console.log('  zoom | ours | PostGIS JSON | ratio p50 | answer p50');
      for (const z of [14, 16]) {
        const boxes = viewports(z);
        // One warm-up pass each, then the timed pass.
        psql(name, boxes.map(pgQuery).join('\n'));
        const out = psql(name, `\\timing on\n${boxes.map(pgQuery).join('\n')}\n`);
        const theirs = [...out.matchAll(/^Time: ([\d.]+) ms/gm)].map((m) => Number(m[1]));
        const ours: number[] = [];
        const bytes: number[] = [];
        for (const pass of [0, 1])
          for (const b of boxes) {
            const t = performance.now();
            const text = await (await app.request(`/api/parcels?bbox=${b.join(',')}`)).text();
            if (pass) ours.push(performance.now() - t);
            if (pass) bytes.push(Buffer.byteLength(text));
          }
        const [o, p] = [stats(ours), stats(theirs)];
        console.log(
          `  ${z} | ${ms(o.p50)} / ${ms(o.p95)} | ${ms(p.p50)} / ${ms(p.p95)} | ${(o.p50 / p.p50).toFixed(2)}× | ${size(stats(bytes).p50)}`,
        );
      }
      db.close();
    }
  } finally {
    pg.stop();
  }
}
