import type { Polygon } from 'geojson';
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
