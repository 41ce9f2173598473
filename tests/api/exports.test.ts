import { kml as kmlToGeoJson } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import type { FeatureCollection, Polygon } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from './helpers/test-app.ts';

const { app, cleanup } = testApp();
afterAll(cleanup);

type ListFeature = {
  id: string;
  geometry: Polygon;
  properties: { code: string; areaM2: number; areaMu: number };
};
const filenameStar = (cd: string | null) =>
  decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(cd ?? '')?.[1] ?? '');

async function list(query: string): Promise<ListFeature[]> {
  const body = (await (await app.request(`/api/parcels${query}`)).json()) as { features: ListFeature[] };
  return body.features;
}

async function get(url: string) {
  const res = await app.request(url);
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('GET /api/exports/parcels.xlsx', () => {
  it('holds exactly the parcels /api/parcels returns for the same filter, with the same areas', async () => {
    const want = await list('?platform=test-belt');
    const { res, bytes } = await get('/api/exports/parcels.xlsx?platform=test-belt');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml.sheet');
    expect(filenameStar(res.headers.get('content-disposition'))).toBe('仲恺地块_测试产业带_2018-03-09.xlsx');
    const wb = new ExcelJS.Workbook();
    // exceljs types predate Node 20's generic Buffer; the bytes are what matter.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('地块')!;
    const header = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    expect(ws.rowCount - 1).toBe(want.length);
    want.forEach((f, i) => {
      const row = ws.getRow(i + 2);
      expect(row.getCell(col('地块编号')).value).toBe(f.properties.code);
      expect(row.getCell(col('面积（㎡）')).value).toBeCloseTo(f.properties.areaM2, 6);
      expect(row.getCell(col('面积（亩）')).value).toBeCloseTo(f.properties.areaMu, 6);
      expect(row.getCell(col('所属平台')).value).toBe('测试产业带');
    });
    expect(wb.getWorksheet('项目')!.getColumn(2).values.slice(2)).toContain('深圳佰维存储科技股份有限公司');
  });

  it('names a multi-part filter and lists every parcel when nothing is filtered', async () => {
    const { res } = await get('/api/exports/parcels.xlsx?platform=test-belt&state=ready,listed');
    expect(filenameStar(res.headers.get('content-disposition'))).toBe(
      '仲恺地块_测试产业带_净地可供+挂牌_2018-03-09.xlsx',
    );
    expect(res.headers.get('x-total-count')).toBe('2');
    const all = await get('/api/exports/parcels.xlsx');
    expect(filenameStar(all.res.headers.get('content-disposition'))).toBe('仲恺地块_全部_2018-03-09.xlsx');
    expect(all.res.headers.get('x-total-count')).toBe(String((await list('')).length));
  });
});

describe('GET /api/exports/parcels.csv', () => {
  it('is UTF-8 with a BOM and neutralises the enterprise name that starts with =', async () => {
    const { res, bytes } = await get('/api/exports/parcels.csv?platform=test-park');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^地块编号,所属平台,镇街,/);
    expect(lines).toHaveLength(1 + (await list('?platform=test-park')).length);
    const p005 = lines.find((l) => l.startsWith('ZK-2017-005,'))!;
    expect(p005).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(p005).not.toMatch(/,=HYPERLINK/);
  });
});

describe('GET /api/exports/parcels.geojson and .kml', () => {
  it('GeoJSON has the same features and geometry as /api/parcels', async () => {
    const want = await list('?state=transferred,delivered');
    const { res, bytes } = await get('/api/exports/parcels.geojson?state=transferred,delivered');
    expect(res.headers.get('content-type')).toBe('application/geo+json');
    const fc = JSON.parse(bytes.toString('utf8')) as FeatureCollection<Polygon>;
    expect(fc.features.map((f) => f.id)).toEqual(want.map((f) => f.id));
    fc.features.forEach((f, i) => {
      const ring = f.geometry.coordinates[0]!;
      expect(ring.length).toBe(want[i]!.geometry.coordinates[0]!.length);
    });
  });

  it('KML parses back to placemarks named by code with the GeoJSON export geometry', async () => {
    const geo = JSON.parse(
      (await get('/api/exports/parcels.geojson')).bytes.toString('utf8'),
    ) as FeatureCollection<Polygon>;
    const { res, bytes } = await get('/api/exports/parcels.kml');
    expect(res.headers.get('content-type')).toContain('application/vnd.google-earth.kml+xml');
    const dom = new DOMParser().parseFromString(bytes.toString('utf8'), 'text/xml');
    const back = kmlToGeoJson(dom as unknown as Document);
    expect(back.features.map((f) => f.properties?.name)).toEqual(geo.features.map((f) => f.properties?.code));
    back.features.forEach((f, i) => {
      const a = (f.geometry as Polygon).coordinates[0]!;
      const b = geo.features[i]!.geometry.coordinates[0]!;
      a.forEach((p, j) => {
        expect(p[0]).toBeCloseTo(b[j]![0]!, 6);
        expect(p[1]).toBeCloseTo(b[j]![1]!, 6);
      });
    });
  });
});

describe('export filters', () => {
  it('landUse=1001 exports the whole industrial family, like /api/parcels', async () => {
    const want = await list('?landUse=1001');
    expect(want.map((f) => f.properties.code)).toEqual([
      'ZK-2014-004',
      'ZK-2017-001',
      'ZK-2017-002',
      'ZK-2017-005',
    ]);
    const { res, bytes } = await get('/api/exports/parcels.geojson?landUse=1001');
    expect(res.headers.get('x-total-count')).toBe('4');
    const fc = JSON.parse(bytes.toString('utf8')) as FeatureCollection<Polygon>;
    expect(fc.features.map((f) => f.id)).toEqual(want.map((f) => f.id));
  });
});

describe('export errors', () => {
  it.each(['xlsx', 'csv', 'geojson', 'kml'])(
    '%s: an invalid filter is a 400 naming the field',
    async (ext) => {
      const res = await app.request(`/api/exports/parcels.${ext}?state=bogus`);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: 'invalid_input', field: 'state' } });
    },
  );

  it.each(['xlsx', 'csv', 'geojson', 'kml'])(
    '%s: an unknown platform or a negative area is a 400 naming the field',
    async (ext) => {
      for (const [query, field] of [
        ['platform=nope', 'platform'],
        ['minAreaMu=-5', 'minAreaMu'],
      ] as const) {
        const res = await app.request(`/api/exports/parcels.${ext}?${query}`);
        expect(res.status).toBe(400);
        expect(await res.json()).toMatchObject({ error: { code: 'invalid_input', field } });
      }
    },
  );

  it('a contradictory area range is a 422', async () => {
    const res = await app.request('/api/exports/parcels.csv?minAreaMu=50&maxAreaMu=10');
    expect(res.status).toBe(422);
  });
});
