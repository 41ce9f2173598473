import { describe, expect, it } from 'vitest';
import { expectSourceGeometry, read, SOURCE, ZONE_HINT } from './fixtures.ts';

describe('KML / KMZ / GeoJSON / CSV / XLSX import', () => {
  it('KML written by GDAL: WGS84 by definition, name and attributes kept, styling dropped', async () => {
    const r = await read('parcels.kml');
    expect(r.crs).toMatchObject({ id: 'EPSG:4326', source: 'declared' });
    expectSourceGeometry(r, 'name');
    expect(r.features[1]!.attributes).toMatchObject({ name: 'ZK-T-002', DKMC: '陈江新型产业用地（M0）' });
    expect(r.fields).not.toContain('styleUrl');
  });

  it('KMZ (the same document zipped)', async () => {
    const r = await read('parcels.kmz');
    expect(r.format).toBe('kmz');
    expectSourceGeometry(r, 'name');
  });

  it('GeoJSON in EPSG:4547 with the legacy crs member (GDAL)', async () => {
    const r = await read('parcels-4547.geojson');
    expect(r.crs).toMatchObject({ id: 'EPSG:4547', source: 'declared' });
    // GDAL rounded the metres to 4 decimals (0.1 mm).
    expectSourceGeometry(r, 'DKBH');
  });

  it('GeoJSON shifted to GCJ-02 / BD-09 (independent formula): back within 1 cm when the user says so', async () => {
    const gcj = await read('parcels-gcj02.geojson', { crs: 'GCJ02' });
    expectSourceGeometry(gcj, 'DKBH');
    const bd = await read('parcels-bd09.geojson', { crs: 'BD09' });
    expectSourceGeometry(bd, 'DKBH');
    const unsaid = await read('parcels-gcj02.geojson');
    expect(unsaid.crs).toMatchObject({
      id: 'EPSG:4490',
      source: 'inferred',
      alternatives: ['GCJ02', 'BD09'],
    });
  });

  it('CSV with a WKT column in EPSG:4547 and no CRS: the zone hint picks CM 114°E', async () => {
    const r = await read('parcels-4547-wkt.csv', { hint: ZONE_HINT });
    expect(r.crs).toMatchObject({ id: 'EPSG:4547', source: 'inferred' });
    expectSourceGeometry(r, 'DKBH');
    expect(r.features[0]!.attributes.DKMC).toBe('潼湖科技小镇一期');
    await expect(read('parcels-4547-wkt.csv')).rejects.toMatchObject({ code: 'crs_unknown' });
  });

  it('XLSX with a WKT column (GDAL XLSX driver)', async () => {
    const r = await read('parcels-wkt.xlsx');
    expect(r.format).toBe('xlsx');
    expectSourceGeometry(r, 'DKBH');
    expect(r.features.map((f) => f.record)).toEqual([2, 3, 4, 5]);
    expect(r.features.map((f) => f.attributes.MJ)).toEqual(SOURCE.features.map((f) => f.properties.MJ));
  });
});
