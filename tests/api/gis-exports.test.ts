import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS } from '../../server/import/import-limits.ts';
import { readImport } from '../../server/import/read-import.ts';
import { maxVertexError } from '../fixtures/geometry-compare.ts';
import { testApp } from './helpers/test-app.ts';

const { app, cleanup } = testApp();
afterAll(cleanup);

type ListFeature = { id: string; geometry: Polygon; properties: { code: string; areaM2: number } };
const filenameStar = (cd: string | null) =>
  decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(cd ?? '')?.[1] ?? '');

async function list(query: string): Promise<ListFeature[]> {
  return ((await (await app.request(`/api/parcels${query}`)).json()) as { features: ListFeature[] }).features;
}

async function download(url: string) {
  const res = await app.request(url);
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

describe('GET /api/exports/parcels.shp.zip and parcels.txt', () => {
  it('the shapefile holds exactly the filtered parcels, in the chosen CRS, readable back within 1 cm', async () => {
    const want = await list('?platform=test-belt');
    const { res, bytes } = await download('/api/exports/parcels.shp.zip?platform=test-belt&crs=EPSG:4547');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(filenameStar(res.headers.get('content-disposition'))).toBe(
      '仲恺地块_测试产业带_2018-03-09.shp.zip',
    );
    expect(res.headers.get('x-total-count')).toBe(String(want.length));
    const back = await readImport({ name: 'x.zip', bytes }, { limits: DEFAULT_IMPORT_LIMITS });
    expect(back.crs?.id).toBe('EPSG:4547');
    expect(back.features.map((f) => f.attributes.CODE)).toEqual(want.map((f) => f.properties.code));
    back.features.forEach((f, i) => {
      expect(maxVertexError(f.geometry as Polygon, want[i]!.geometry)).toBeLessThan(0.01);
    });
  });

  it('the TXT defaults to CGCS2000 3° CM 114°E in GBK and reads back', async () => {
    const want = await list('?platform=test-belt&state=ready,listed');
    const { res, bytes } = await download('/api/exports/parcels.txt?platform=test-belt&state=ready,listed');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=gbk');
    expect(filenameStar(res.headers.get('content-disposition'))).toBe(
      '仲恺地块_测试产业带_净地可供+挂牌_2018-03-09.txt',
    );
    const back = await readImport({ name: 'x.txt', bytes }, { limits: DEFAULT_IMPORT_LIMITS });
    expect(back).toMatchObject({ encoding: 'gbk', crs: { id: 'EPSG:4547' } });
    expect(back.features.map((f) => f.attributes.地块编号)).toEqual(want.map((f) => f.properties.code));
    const utf8 = await download('/api/exports/parcels.txt?platform=test-belt&crs=EPSG:4526&encoding=utf-8');
    expect(new TextDecoder().decode(utf8.bytes)).toContain('带号=38');
  });

  it('a CRS the format cannot carry is 422 crs_not_exportable naming crs; a bad encoding is 400', async () => {
    for (const url of [
      '/api/exports/parcels.txt?crs=EPSG:4490',
      '/api/exports/parcels.txt?crs=EPSG:2383',
      '/api/exports/parcels.shp.zip?crs=GCJ02',
      '/api/exports/parcels.shp.zip?crs=EPSG:99999',
    ]) {
      const res = await app.request(url);
      expect(res.status, url).toBe(422);
      expect(await res.json()).toMatchObject({ error: { code: 'crs_not_exportable', field: 'crs' } });
    }
    const bad = await app.request('/api/exports/parcels.txt?encoding=latin1');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid_input', field: 'encoding' } });
  });
});

const hasGdal = spawnSync('ogrinfo', ['--version']).status === 0;

/** Runs a GDAL tool on `bytes` written to a temp .gpkg; returns its stdout. */
function gdal(bytes: Uint8Array, run: (file: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gpkg-test-'));
  try {
    const file = join(dir, 'parcels.gpkg');
    writeFileSync(file, bytes);
    return run(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('GET /api/exports/parcels.gpkg (GeoPackage, OGC 12-128r18)', () => {
  it.skipIf(!hasGdal)(
    'GDAL reads it: EPSG:4547, feature count, full-length fields equal to the API, coordinates within 1 cm',
    async () => {
      const want = await list('?platform=test-belt');
      const { res, bytes } = await download('/api/exports/parcels.gpkg?platform=test-belt&crs=EPSG:4547');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/geopackage+sqlite3');
      expect(filenameStar(res.headers.get('content-disposition'))).toBe(
        '仲恺地块_测试产业带_2018-03-09.gpkg',
      );
      const info = gdal(bytes, (f) =>
        execFileSync('ogrinfo', ['-ro', '-so', '-al', f], { encoding: 'utf8' }),
      );
      expect(info).toContain(`Feature Count: ${want.length}`);
      expect(info).toContain('Geometry: Multi Polygon');
      expect(info).toMatch(/ID\["EPSG",4547\]\]\s*$/m);
      expect(info).toContain('contract_signed: Date');
      // GDAL reprojects to lon/lat CGCS2000 and writes GeoJSON: the oracle for values and coordinates.
      const out = gdal(bytes, (f) =>
        execFileSync('ogr2ogr', ['-f', 'GeoJSON', '-t_srs', 'EPSG:4490', '/vsistdout/', f], {
          encoding: 'utf8',
        }),
      );
      const back = JSON.parse(out) as {
        features: { properties: Record<string, unknown>; geometry: MultiPolygon }[];
      };
      expect(back.features.map((f) => f.properties.code)).toEqual(want.map((f) => f.properties.code));
      back.features.forEach((f, i) => {
        expect(f.properties.areaM2).toBeCloseTo(want[i]!.properties.areaM2, 2);
        expect(f.properties.id).toBe(want[i]!.id);
        const only: Polygon = { type: 'Polygon', coordinates: f.geometry.coordinates[0]! };
        expect(f.geometry.coordinates).toHaveLength(1);
        expect(maxVertexError(only, want[i]!.geometry)).toBeLessThan(0.01);
      });
    },
  );

  it.skipIf(!hasGdal)(
    'passes GDAL’s integrity check and validate_gpkg.py; our importer reads it back',
    async () => {
      const want = await list('');
      const { bytes } = await download('/api/exports/parcels.gpkg');
      const info = gdal(bytes, (f) =>
        execFileSync('ogrinfo', ['--config', 'OGR_GPKG_INTEGRITY_CHECK', 'YES', '-ro', '-so', '-al', f], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        }),
      );
      expect(info).toMatch(/ID\["EPSG",4490\]\]\s*$/m);
      const validator = '/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py';
      if (existsSync(validator)) {
        // The validator raises (exit 1, traceback on stderr) at the first requirement a file breaks.
        const v = gdal(bytes, (f) => {
          const r = spawnSync('python3', [validator, f], { encoding: 'utf8' });
          return `${r.status} ${r.stderr}`;
        });
        expect(v).toBe('0 ');
      }
      const read = await readImport({ name: 'x.gpkg', bytes }, { limits: DEFAULT_IMPORT_LIMITS });
      expect(read.crs?.id).toBe('EPSG:4490');
      expect(read.features.map((f) => f.attributes.code)).toEqual(want.map((f) => f.properties.code));
    },
  );

  it('a CRS a GeoPackage export cannot carry is 422 crs_not_exportable', async () => {
    const res = await app.request('/api/exports/parcels.gpkg?crs=GCJ02');
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: { code: 'crs_not_exportable', field: 'crs' } });
  });
});
