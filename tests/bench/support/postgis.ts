/**
 * A throw-away PostGIS for side-by-side figures: Debian's postgresql-15-postgis-3 cluster `bench` on port 55432
 * (created and started here, stopped by `stop()`), loaded with the parcels of a bench database in Web
 * Mercator with a GiST index, and ST_AsMVT timed through psql's `\timing`. `startPostgis` answers null with
 * the reason when the package is not installed.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

const PORT = '55432';
const EXTENSION = '/usr/share/postgresql/15/extension/postgis.control';

const sh = (cmd: string, args: string[], input?: string) =>
  execFileSync(cmd, args, {
    encoding: 'utf8',
    input,
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
/** Runs SQL as the postgres user against database `db`; returns psql's output. */
const psql = (db: string, sql: string) =>
  sh('su', ['postgres', '-c', `psql -X -q -At -v ON_ERROR_STOP=1 -p ${PORT} -d ${db}`], sql);

/** A running cluster. */
export type Postgis = {
  /** Loads the parcels of SQLite file `sqlitePath` into database `name` (once per name). */
  load(name: string, sqlitePath: string): void;
  /** Milliseconds of ST_AsMVT for each tile, in order, and the MVT byte sizes. */
  mvt(name: string, tiles: { z: number; x: number; y: number }[]): { ms: number[]; bytes: number[] };
  stop(): void;
};

/** Starts the bench cluster, or returns the reason it cannot. */
export function startPostgis(): Postgis | string {
  if (!existsSync(EXTENSION)) return 'PostGIS absent (apt-get install -y postgresql-15-postgis-3)';
  const clusters = sh('pg_lsclusters', ['-h']);
  if (!clusters.split('\n').some((l) => /^15\s+bench\s/.test(l)))
    sh('pg_createcluster', ['15', 'bench', '-p', PORT]);
  sh('pg_ctlcluster', ['15', 'bench', 'start']);
  const tmp = mkdtempSync(join(tmpdir(), 'zk-pg-'));
  chmodSync(tmp, 0o755);
  const databases = () => psql('postgres', 'SELECT datname FROM pg_database').split('\n');
  return {
    load(name, sqlitePath) {
      if (databases().includes(name)) return;
      psql('postgres', `CREATE DATABASE ${name}`);
      psql(name, 'CREATE EXTENSION postgis');
      const file = join(tmp, `${name}.tsv`);
      const db = new BetterSqlite3(sqlitePath, { readonly: true });
      const rows = db
        .prepare(
          `SELECT p.rid, p.id, p.code, p.platform_id, p.state, p.land_use, p.area_m2, p.area_mu,
             (SELECT pr.industry FROM parcel_projects pp JOIN projects pr ON pr.id = pp.project_id
               WHERE pp.parcel_id = p.id ORDER BY pr.id LIMIT 1) AS industry, p.geometry FROM parcels p`,
        )
        .raw()
        .iterate() as Iterable<unknown[]>;
      const lines: string[] = [];
      for (const r of rows) lines.push(r.map((v) => (v == null ? '\\N' : String(v))).join('\t'));
      db.close();
      writeFileSync(file, `${lines.join('\n')}\n`);
      chmodSync(file, 0o644);
      psql(
        name,
        `CREATE TABLE staging (rid bigint, id text, code text, platform_id text, state text, land_use text,
           area_m2 float8, area_mu float8, industry text, geometry text);
         \\copy staging FROM '${file}'
         CREATE TABLE parcels AS SELECT rid, id, code, platform_id, state, land_use, area_m2, area_mu, industry,
           ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(geometry), 4326), 3857) AS geom FROM staging;
         DROP TABLE staging;
         CREATE INDEX parcels_geom ON parcels USING gist (geom);
         VACUUM ANALYZE parcels;`,
      );
      rmSync(file);
    },
    mvt(name, tiles) {
      // The same tile as ours: extent 4096, buffer 64, the same properties, rid as the feature id.
      const query = ({ z, x, y }: { z: number; x: number; y: number }) =>
        `SELECT length(ST_AsMVT(t.*, 'parcels', 4096, 'geom', 'rid')) FROM (
           SELECT ST_AsMVTGeom(p.geom, ST_TileEnvelope(${z}, ${x}, ${y}), 4096, 64, true) AS geom, p.rid, p.id,
             p.code, p.platform_id AS "platformId", p.state, p.land_use AS "landUse",
             round(p.area_m2)::int AS "areaM2", round(p.area_mu::numeric, 4)::float8 AS "areaMu", p.industry
           FROM parcels p
           WHERE p.geom && ST_TileEnvelope(${z}, ${x}, ${y}, margin => 64.0 / 4096)) t;`;
      const out = psql(name, `\\timing on\n${tiles.map(query).join('\n')}\n`);
      const ms = [...out.matchAll(/^Time: ([\d.]+) ms/gm)].map((m) => Number(m[1]));
      const bytes = out
        .split('\n')
        .filter((l) => /^\d+$/.test(l))
        .map(Number);
      return { ms, bytes };
    },
    stop() {
      sh('pg_ctlcluster', ['15', 'bench', 'stop']);
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
