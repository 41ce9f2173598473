/**
 * The parcel list as a GeoPackage (OGC 12-128r18, GeoPackage 1.3): an SQLite file written with better-sqlite3
 * into a private temporary directory, read back as bytes and deleted. It holds the required tables —
 * gpkg_spatial_ref_sys (the three rows the standard requires: EPSG:4326, undefined cartesian −1, undefined
 * geographic 0, plus the chosen CRS), gpkg_contents (with the layer's extent in that CRS) and
 * gpkg_geometry_columns — and the feature table `parcels`: `fid`, `geom` (MULTIPOLYGON, every parcel written as
 * a multipolygon as GDAL's PROMOTE_TO_MULTI does) and the shapefile export's fields under their API names
 * (`contract.signed` → `contract_signed`, no 10-character limit), text as UTF-8, dates as ISO DATE text.
 * Geometry is GeoPackageBinary: header `GP`, version 0, flags 0b0000_0011 (xy envelope, little-endian), srs_id,
 * envelope [minx, maxx, miny, maxy], then ISO WKB written by wkx.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { MultiPolygon, Position } from 'geojson';
import { Geometry } from 'wkx';
import type { CrsInfo } from '../../../domain/crs/crs-catalog.ts';
import { esriWkt } from '../../../domain/crs/esri-wkt.ts';
import { lonLatTransform } from '../../../domain/crs/transform.ts';
import type { ParcelListModel, ParcelRow } from '../models.ts';
import { PARCEL_SHP_FIELDS } from '../shapefile/parcel-shapefile.ts';

type Db = InstanceType<typeof Database>;
type Envelope = [minX: number, maxX: number, minY: number, maxY: number];

/** 'GPKG' as the big-endian integer SQLite stores in its header (OGC 12-128r18 Req. 2). */
const APPLICATION_ID = 0x47504b47;
/** GeoPackage 1.3 (Req. 2: user_version 10300 for 1.3.x). */
const USER_VERSION = 10300;
const TABLE = 'parcels';

/** Column name of an export field: its API name with `.` → `_` (a plain SQL identifier in QGIS/ArcGIS). */
export const gpkgColumnName = (wire: string): string => wire.replaceAll('.', '_');

const SQL_TYPE = { C: 'TEXT', N: 'REAL', D: 'DATE' } as const;

const WGS84_WKT =
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],' +
  'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,' +
  'AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]';

function createSchema(db: Db, crs: CrsInfo, srsId: number, definition: string) {
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma(`user_version = ${USER_VERSION}`);
  db.exec(`
    CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,
      organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,
      description TEXT);
    CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
      identifier TEXT UNIQUE, description TEXT DEFAULT '',
      last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
      min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
      CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
    CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
      geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
      CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
      CONSTRAINT uk_gc_table_name UNIQUE (table_name),
      CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
      CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));`);
  const srs = db.prepare('INSERT OR REPLACE INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)');
  srs.run(
    'Undefined cartesian SRS',
    -1,
    'NONE',
    -1,
    'undefined',
    'undefined cartesian coordinate reference system',
  );
  srs.run(
    'Undefined geographic SRS',
    0,
    'NONE',
    0,
    'undefined',
    'undefined geographic coordinate reference system',
  );
  srs.run(
    'WGS 84 geodetic',
    4326,
    'EPSG',
    4326,
    WGS84_WKT,
    'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid',
  );
  srs.run(crs.name, srsId, 'EPSG', srsId, definition, crs.name);
  const columns = PARCEL_SHP_FIELDS.map((f) => `"${gpkgColumnName(f.wire)}" ${SQL_TYPE[f.column.type]}`);
  db.exec(
    `CREATE TABLE ${TABLE} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom MULTIPOLYGON, ${columns.join(', ')})`,
  );
}

/** The parcel as a multipolygon in the target CRS, with its envelope. */
function projected(r: ParcelRow, project: (lon: number, lat: number) => [number, number]) {
  const polys = r.geometry.type === 'Polygon' ? [r.geometry.coordinates] : r.geometry.coordinates;
  const env: Envelope = [Infinity, -Infinity, Infinity, -Infinity];
  const coordinates = polys.map((poly) =>
    poly.map((ring) =>
      ring.map(([lon = 0, lat = 0]: Position) => {
        const [x, y] = project(lon, lat);
        env[0] = Math.min(env[0], x);
        env[1] = Math.max(env[1], x);
        env[2] = Math.min(env[2], y);
        env[3] = Math.max(env[3], y);
        return [x, y];
      }),
    ),
  );
  return { geometry: { type: 'MultiPolygon', coordinates } satisfies MultiPolygon, env };
}

/** GeoPackageBinary: header with the xy envelope (little-endian), then WKB (OGC 12-128r18 §2.1.3). */
export function geoPackageBinary(geometry: MultiPolygon, env: Envelope, srsId: number): Buffer {
  const header = Buffer.alloc(8 + 32);
  header.write('GP', 0, 'latin1');
  header[2] = 0; // version 1
  header[3] = 0b0000_0011; // envelope type 1 (minx, maxx, miny, maxy), little-endian
  header.writeInt32LE(srsId, 4);
  for (const [i, v] of env.entries()) header.writeDoubleLE(v, 8 + i * 8);
  return Buffer.concat([header, Geometry.parseGeoJSON(geometry).toWkb()]);
}

function writeRows(db: Db, model: ParcelListModel, crs: CrsInfo, srsId: number): Envelope | null {
  const t = lonLatTransform(crs);
  if (!t.ok) return null;
  const names = PARCEL_SHP_FIELDS.map((f) => `"${gpkgColumnName(f.wire)}"`);
  const insert = db.prepare(
    `INSERT INTO ${TABLE} (geom, ${names.join(', ')}) VALUES (?${', ?'.repeat(names.length)})`,
  );
  const all: Envelope = [Infinity, -Infinity, Infinity, -Infinity];
  for (const r of model.rows) {
    const { geometry, env } = projected(r, t.transform.fromLonLat);
    insert.run(geoPackageBinary(geometry, env, srsId), ...PARCEL_SHP_FIELDS.map((f) => f.value(r)));
    all[0] = Math.min(all[0], env[0]);
    all[1] = Math.max(all[1], env[1]);
    all[2] = Math.min(all[2], env[2]);
    all[3] = Math.max(all[3], env[3]);
  }
  return all;
}

/** GeoPackage bytes of the parcel list in `crs` (an EPSG CRS); null when `crs` cannot be written. */
export function parcelListGeoPackage(model: ParcelListModel, crs: CrsInfo): Uint8Array | null {
  const srsId = /^EPSG:(\d+)$/.exec(crs.id)?.[1];
  const definition = esriWkt(crs);
  if (!srsId || !definition) return null;
  const dir = mkdtempSync(join(tmpdir(), 'zk-gpkg-out-'));
  try {
    const path = join(dir, 'parcels.gpkg');
    const db = new Database(path);
    try {
      db.transaction(() => {
        createSchema(db, crs, Number(srsId), definition);
        const env = writeRows(db, model, crs, Number(srsId));
        const some = env && model.rows.length > 0;
        db.prepare(
          `INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change,
             min_x, min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          TABLE,
          TABLE,
          '地块 parcels',
          model.generatedAt,
          ...(some ? [env[0], env[2], env[1], env[3]] : [null, null, null, null]),
          Number(srsId),
        );
        db.prepare(`INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', 'MULTIPOLYGON', ?, 0, 0)`).run(
          TABLE,
          Number(srsId),
        );
      })();
    } finally {
      db.close();
    }
    return new Uint8Array(readFileSync(path));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
