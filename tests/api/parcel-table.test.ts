/**
 * GET /api/parcel-table (the attribute table) and the drawn query area: counts compared with an independent
 * count over the bundled geodata file (read here, tested with turf here), with GET /api/parcels' own bbox
 * query for a rectangle, and with the export of the same query.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanIntersects, booleanWithin, area as turfArea } from '@turf/turf';
import type { FeatureCollection, Polygon } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { lineBuffer } from '../../domain/measure/measure.ts';
import { formatQueryArea, QUERY_AREA_VERTICES_MAX } from '../../domain/spatial-query/query-area.ts';
import { REAL_GEODATA, testApp } from './helpers/test-app.ts';

const { app, cleanup } = testApp({ geodataDir: REAL_GEODATA });
afterAll(cleanup);

type Props = { code: string; platformId: string; state: string };
const parcels = JSON.parse(readFileSync(join(REAL_GEODATA, 'parcels.geojson'), 'utf8')) as FeatureCollection<
  Polygon,
  Props
>;

// S357 as sketched south-west → north-east (geodata/README.md), and 1 km either side of it.
const S357 = {
  type: 'LineString' as const,
  coordinates: [
    [114.15, 22.966],
    [114.185, 22.975],
    [114.222, 22.986],
    [114.262, 22.996],
    [114.3, 23.008],
    [114.33, 23.024],
    [114.352, 23.042],
    [114.378, 23.064],
  ],
};
const BELT_1KM = lineBuffer(S357, 1000);

type Table = {
  rows: { id: string; code: string; areaM2: number; areaMu: number; state: string }[];
  total: number;
  limit: number;
  offset: number;
  truncated: boolean;
  totals: { count: number; areaM2: number; areaMu: number };
  bbox: [number, number, number, number] | null;
  located: { id: string; index: number | null } | null;
};

async function table(query: string): Promise<Table> {
  const res = await app.request(`/api/parcel-table?${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as Table;
}

const areaParam = (p: Polygon) => `area=${encodeURIComponent(formatQueryArea(p))}`;

describe('GET /api/parcel-table', () => {
  it('pages every current parcel by code with totals in ㎡ and 亩 (1 亩 = 10000/15 ㎡)', async () => {
    const t = await table('limit=50');
    expect(t.total).toBe(parcels.features.length);
    expect(t.rows).toHaveLength(50);
    expect(t.truncated).toBe(true);
    const codes = parcels.features.map((f) => f.properties.code).sort();
    expect(t.rows.map((r) => r.code)).toEqual(codes.slice(0, 50));
    const m2 = parcels.features.reduce((s, f) => s + turfArea(f), 0);
    expect(Math.abs(t.totals.areaM2 - m2) / m2).toBeLessThan(1e-6);
    expect(t.totals.areaMu).toBeCloseTo((t.totals.areaM2 * 15) / 10000, 3);
    expect(t.rows[0]).not.toHaveProperty('geometry');
  });

  it('sorts by area descending on the server and locates a parcel in that order', async () => {
    const t = await table('sort=areaM2&dir=desc&limit=5&platform=belt-357');
    const areas = parcels.features
      .filter((f) => f.properties.platformId === 'belt-357')
      .map((f) => turfArea(f))
      .sort((a, b) => b - a);
    expect(t.rows.map((r) => r.areaM2)).toEqual(areas.slice(0, 5).map((a) => expect.closeTo(a, 3)));
    const third = t.rows[2]!;
    const loc = await table(`sort=areaM2&dir=desc&limit=1&platform=belt-357&locate=${third.id}`);
    expect(loc.located).toEqual({ id: third.id, index: 2 });
  });

  it('counts the parcels within 1 km of S357 as an independent turf count over the geodata file does', async () => {
    const want = parcels.features.filter((f) => booleanIntersects(f, BELT_1KM)).length;
    const wantWithin = parcels.features.filter((f) => booleanWithin(f, BELT_1KM)).length;
    expect(want).toBeGreaterThan(20);
    expect(wantWithin).toBeLessThan(want);
    expect((await table(`${areaParam(BELT_1KM)}&limit=1`)).total).toBe(want);
    expect((await table(`${areaParam(BELT_1KM)}&relation=within&limit=1`)).total).toBe(wantWithin);
  });

  it('combines an area with the filters (净地 over 50 亩 within 1 km of S357)', async () => {
    const want = parcels.features.filter(
      (f) => f.properties.state === 'ready' && turfArea(f) * 0.0015 >= 50 && booleanIntersects(f, BELT_1KM),
    );
    const t = await table(`${areaParam(BELT_1KM)}&state=ready&minAreaMu=50&limit=1000`);
    expect(t.rows.map((r) => r.code).sort()).toEqual(want.map((f) => f.properties.code).sort());
    expect(t.truncated).toBe(false);
  });

  it('matches GET /api/parcels?bbox= for a rectangle, and gives the results’ bbox', async () => {
    const box = [114.2, 22.97, 114.26, 23.0] as const;
    const rect: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [box[0], box[1]],
          [box[2], box[1]],
          [box[2], box[3]],
          [box[0], box[3]],
          [box[0], box[1]],
        ],
      ],
    };
    const list = (await (await app.request(`/api/parcels?bbox=${box.join(',')}`)).json()) as {
      total: number;
    };
    const t = await table(`${areaParam(rect)}&limit=1`);
    expect(t.total).toBe(list.total);
    expect(t.bbox![0]).toBeLessThan(box[2]);
    expect(t.bbox![2]).toBeGreaterThan(box[0]);
  });

  it('exports exactly the table’s rows for the same filter and area', async () => {
    const q = `${areaParam(BELT_1KM)}&state=ready`;
    const t = await table(`${q}&limit=1000`);
    const res = await app.request(`/api/exports/parcels.geojson?${q}`);
    expect(res.status).toBe(200);
    const fc = (await res.json()) as FeatureCollection<Polygon, { code: string }>;
    expect(fc.features.map((f) => f.properties.code).sort()).toEqual(t.rows.map((r) => r.code).sort());
  });
});

describe('GET /api/parcel-table refuses bad input, naming the field', () => {
  const error = async (query: string, status: number) => {
    const res = await app.request(`/api/parcel-table?${query}`);
    expect(res.status).toBe(status);
    return ((await res.json()) as { error: { code: string; message: string; field?: string } }).error;
  };

  it('400 for a malformed vertex, a bow-tie area, a relation without an area', async () => {
    expect(await error('area=114.2,23;114.3', 400)).toMatchObject({ field: 'area' });
    expect(
      await error(`area=${encodeURIComponent('114.20,23.00;114.22,23.02;114.22,23.00;114.20,23.02')}`, 400),
    ).toMatchObject({ field: 'area' });
    expect(await error('relation=within', 400)).toMatchObject({ field: 'relation' });
    expect(await error('relation=touches&area=114.2,23;114.3,23;114.3,23.1', 400)).toMatchObject({
      field: 'relation',
    });
  });

  it('400 for an unknown sort column, a page over 1,000 rows, and parameters the table does not take', async () => {
    expect(await error('sort=geometry', 400)).toMatchObject({ field: 'sort' });
    const big = await error('limit=1001', 400);
    expect(big).toMatchObject({ field: 'limit' });
    expect(big.message).toMatch(/1000/);
    expect(await error('bbox=114,22,115,23', 400)).toMatchObject({ field: 'bbox' });
  });

  it(`413 naming area and the limit for a polygon of more than ${QUERY_AREA_VERTICES_MAX} vertices`, async () => {
    const n = QUERY_AREA_VERTICES_MAX + 10;
    const ring = Array.from({ length: n }, (_, i) => {
      const t = (2 * Math.PI * i) / n;
      return `${(114.25 + 0.02 * Math.cos(t)).toFixed(5)},${(23.0 + 0.02 * Math.sin(t)).toFixed(5)}`;
    }).join(';');
    const e = await error(`area=${encodeURIComponent(ring)}`, 413);
    expect(e).toMatchObject({ code: 'query_area_too_large', field: 'area' });
    expect(e.message).toMatch(/limit is 500/);
    const exp = await app.request(`/api/exports/parcels.csv?area=${encodeURIComponent(ring)}`);
    expect(exp.status).toBe(413);
  });
});
