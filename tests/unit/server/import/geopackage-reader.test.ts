/**
 * GeoPackage import (OGC 12-128r18) against files written by GDAL ogr2ogr -f GPKG (make-fixtures.sh): GDAL
 * projected source.geojson, so the coordinates read back must be within 1 cm of it. Malformed files are built
 * here from those fixtures with better-sqlite3 (a changed application_id, a dropped table, truncated blobs).
 */
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { readGeoPackageBlob } from '../../../../server/import/geopackage/gpkg-binary.ts';
import { DEFAULT_IMPORT_LIMITS } from '../../../../server/import/import-limits.ts';
import { readImport } from '../../../../server/import/read-import.ts';
import { expectSourceGeometry, fixture, read, SOURCE, ZONE_HINT } from './fixtures.ts';

/** The fixture changed by `sql` (run on an in-memory copy, foreign keys and triggers off), as bytes. */
function altered(name: string, sql: string): Uint8Array {
  const db = new Database(Buffer.from(fixture(name)));
  db.pragma('foreign_keys = OFF');
  // GDAL's R-tree triggers call ST_IsEmpty, a function only GDAL's SQLite has.
  for (const { name: t } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as {
    name: string;
  }[])
    db.exec(`DROP TRIGGER "${t}"`);
  db.exec(sql);
  const out = new Uint8Array(db.serialize());
  db.close();
  return out;
}

const readBytes = (bytes: Uint8Array, limits = DEFAULT_IMPORT_LIMITS, layer?: string) =>
  readImport({ name: 'upload.gpkg', bytes }, { limits, hint: ZONE_HINT, ...(layer ? { layer } : {}) });

const budget = { feature() {}, vertices() {} };

/** The importer's temporary directories currently in the temp folder. */
const tempDirs = () => readdirSync(tmpdir()).filter((n) => n.startsWith('zk-gpkg-'));

describe('GeoPackage import (fixtures written by GDAL ogr2ogr -f GPKG)', () => {
  it('EPSG:4547 (3° GK zone 38): CRS from gpkg_spatial_ref_sys, coordinates within 1 cm, attributes', async () => {
    const r = await read('parcels-4547.gpkg');
    expect(r.format).toBe('geopackage');
    expect(r.crs).toMatchObject({ id: 'EPSG:4547', source: 'declared' });
    expect(r.fields).toEqual(['DKBH', 'DKMC', 'YDXZ', 'MJ', 'PZRQ', '备注']);
    expectSourceGeometry(r, 'DKBH');
    expect(r.features.find((f) => f.attributes.DKBH === 'ZK-T-002')!.attributes).toEqual({
      DKBH: 'ZK-T-002',
      DKMC: '陈江新型产业用地（M0）',
      YDXZ: '新型产业用地',
      MJ: 41000,
      PZRQ: '2018-01-15',
      备注: '内有保留变电站',
    });
    expect(r.problems).toEqual([]);
  });

  it('EPSG:4490 lon/lat: MultiPolygon and the hole kept', async () => {
    const r = await read('parcels-4490.gpkg');
    expect(r.crs?.id).toBe('EPSG:4490');
    expectSourceGeometry(r, 'DKBH');
    expect(r.features.map((f) => f.geometry?.type)).toEqual(SOURCE.features.map((f) => f.geometry.type));
  });

  it('several feature tables: 400 listing them, unless layer= names one', async () => {
    await expect(read('parcels-two-layers.gpkg')).rejects.toMatchObject({
      status: 400,
      field: 'layer',
      message: expect.stringContaining('parcels, parcels_geo'),
    });
    const r = await read('parcels-two-layers.gpkg', { layer: 'parcels_geo' });
    expect(r.crs?.id).toBe('EPSG:4490');
    expectSourceGeometry(r, 'DKBH');
    await expect(read('parcels-two-layers.gpkg', { layer: 'roads' })).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('no feature table roads'),
    });
  });

  it('srs_id declared as EPSG 2383 (Xi’an 1980 GK CM 114°E) is recognised and refused without 7 parameters', async () => {
    const bytes = altered(
      'parcels-4547.gpkg',
      `UPDATE gpkg_spatial_ref_sys SET organization_coordsys_id = 2383, srs_id = 2383 WHERE srs_id = 4547;
       UPDATE gpkg_geometry_columns SET srs_id = 2383;`,
    );
    await expect(readBytes(bytes)).rejects.toMatchObject({ status: 422, code: 'needs_seven_parameters' });
  });

  it('an unknown organization falls back to the WKT definition', async () => {
    const bytes = altered(
      'parcels-4547.gpkg',
      "UPDATE gpkg_spatial_ref_sys SET organization = 'NONE' WHERE srs_id = 4547",
    );
    const r = await readBytes(bytes);
    expect(r.crs).toMatchObject({ id: 'EPSG:4547', source: 'declared' });
    expectSourceGeometry(r, 'DKBH');
  });

  it('not SQLite, wrong application_id, missing gpkg_contents: 422 naming the file and what is wrong; no temp file left', async () => {
    const before = tempDirs();
    await expect(readBytes(new TextEncoder().encode('hello, not a database'))).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('not an SQLite (GeoPackage) file'),
    });
    await expect(
      readBytes(altered('parcels-4547.gpkg', 'PRAGMA application_id = 1234')),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining("application_id is not 'GPKG'"),
    });
    await expect(readBytes(altered('parcels-4547.gpkg', 'DROP TABLE gpkg_contents'))).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('gpkg_contents is missing'),
    });
    expect(tempDirs().filter((d) => !before.includes(d))).toEqual([]);
  });

  it('a truncated geometry blob is a problem naming table and record; the others still read', async () => {
    const bytes = altered(
      'parcels-4547.gpkg',
      'UPDATE parcels SET geom = substr(geom, 1, length(geom) - 20) WHERE fid = 2',
    );
    const r = await readBytes(bytes);
    expect(r.features.filter((f) => f.geometry)).toHaveLength(3);
    expect(r.problems).toEqual([
      expect.objectContaining({
        record: 2,
        code: 'bad_wkb',
        message: expect.stringContaining('parcels record 2'),
      }),
    ]);
  });

  it('feature and vertex limits are 422s naming the limit', async () => {
    await expect(
      readBytes(fixture('parcels-4547.gpkg'), { ...DEFAULT_IMPORT_LIMITS, maxFeatures: 3 }),
    ).rejects.toMatchObject({
      status: 422,
      code: 'too_many_features',
      message: expect.stringContaining('maxFeatures'),
    });
    await expect(
      readBytes(fixture('parcels-4547.gpkg'), { ...DEFAULT_IMPORT_LIMITS, maxVertices: 10 }),
    ).rejects.toMatchObject({ status: 422, code: 'too_many_vertices' });
  });
});

describe('GeoPackageBinary header and WKB (OGC 12-128r18 §2.1.3; ISO and EWKB Z/M)', () => {
  // Hand-written blobs: header GP, version 0, flags, srs_id, then WKB of POLYGON((0 0,1 0,1 1,0 0)).
  const ring = [0, 0, 1, 0, 1, 1, 0, 0];
  function wkb(type: number, dims: number, le = true): Buffer {
    const b = Buffer.alloc(1 + 4 + 4 + 4 + 4 * dims * 8);
    b[0] = le ? 1 : 0;
    const u32 = (v: number, at: number) => (le ? b.writeUInt32LE(v, at) : b.writeUInt32BE(v, at));
    u32(type, 1);
    u32(1, 5);
    u32(4, 9);
    for (let p = 0; p < 4; p++)
      for (let d = 0; d < dims; d++) {
        const v = d < 2 ? ring[p * 2 + d]! : 7;
        if (le) b.writeDoubleLE(v, 13 + (p * dims + d) * 8);
        else b.writeDoubleBE(v, 13 + (p * dims + d) * 8);
      }
    return b;
  }
  const gp = (flags: number, envelope: number, body: Buffer) =>
    Buffer.concat([Buffer.from([0x47, 0x50, 0, flags, 0, 0, 0x11, 0xc3]), Buffer.alloc(envelope), body]);
  const polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ],
  };

  it.each([
    ['ISO 2-D, no envelope', gp(0b0000_0001, 0, wkb(3, 2))],
    ['ISO Z (1003), xyz envelope', gp(0b0000_0101, 48, wkb(1003, 3))],
    ['ISO M (2003), xym envelope', gp(0b0000_0111, 48, wkb(2003, 3))],
    ['ISO ZM (3003), xyzm envelope', gp(0b0000_1001, 64, wkb(3003, 4))],
    ['EWKB Z flag 0x80000003, big-endian WKB', gp(0b0000_0011, 32, wkb(0x80000003, 3, false))],
  ])('%s → the 2-D polygon', (_, blob) => {
    expect(readGeoPackageBlob(new Uint8Array(blob), budget)).toEqual({ geometry: polygon });
  });

  it('empty flag, bad magic, extended type, truncated envelope, a LineString', () => {
    expect(readGeoPackageBlob(gp(0b0001_0001, 0, wkb(3, 2)), budget)).toEqual({ problem: 'no_geometry' });
    expect(readGeoPackageBlob(Buffer.from('XP\0\x01abcd'), budget)).toMatchObject({ detail: 'no GP magic' });
    expect(readGeoPackageBlob(gp(0b0010_0001, 0, wkb(3, 2)), budget)).toMatchObject({
      problem: 'not_geopackage_binary',
    });
    expect(readGeoPackageBlob(gp(0b0000_1011, 0, Buffer.alloc(10)), budget)).toMatchObject({
      detail: 'invalid envelope type 5',
    });
    const line = Buffer.alloc(41); // LINESTRING(0 0, 1 1), little-endian
    line[0] = 1;
    line.writeUInt32LE(2, 1);
    line.writeUInt32LE(2, 5);
    line.writeDoubleLE(1, 25);
    line.writeDoubleLE(1, 33);
    expect(readGeoPackageBlob(gp(1, 0, line), budget)).toEqual({
      problem: 'not_polygon',
      type: 'LineString',
    });
  });
});
