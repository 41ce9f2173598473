import { describe, expect, it } from 'vitest';
import { expectSourceGeometry, read, SOURCE } from './fixtures.ts';

describe('shapefile import (fixtures written by GDAL ogr2ogr)', () => {
  it('EPSG:4547 with GBK .dbf and .cpg: CRS from the ESRI .prj, coordinates within 1 cm, Chinese decoded', async () => {
    const r = await read('shp-4547-gbk.zip');
    expect(r.format).toBe('shapefile');
    expect(r.crs).toMatchObject({ id: 'EPSG:4547', source: 'declared' });
    expect(r.encoding).toBe('gbk');
    expect(r.fields).toEqual(['DKBH', 'DKMC', 'YDXZ', 'MJ', 'PZRQ', '备注']);
    expectSourceGeometry(r, 'DKBH');
    const first = r.features.find((f) => f.attributes.DKBH === 'ZK-T-002')!;
    expect(first.attributes).toEqual({
      DKBH: 'ZK-T-002',
      DKMC: '陈江新型产业用地（M0）',
      YDXZ: '新型产业用地',
      MJ: 41000,
      PZRQ: '2018-01-15',
      备注: '内有保留变电站',
    });
    expect(first.geometry?.type === 'Polygon' && first.geometry.coordinates.length).toBe(2);
    expect(r.problems).toEqual([]);
  });

  it('EPSG:4526 (zone 38 prefixed), GBK without .cpg: GBK assumed, Chinese layer and field names', async () => {
    const r = await read('shp-4526-gbk-nocpg.zip');
    expect(r.crs?.id).toBe('EPSG:4526');
    expect(r.encoding).toBe('gbk');
    expect(r.features.map((f) => f.attributes.DKMC)).toEqual(SOURCE.features.map((f) => f.properties.DKMC));
    expect(r.features[3]!.attributes.备注).toBeNull();
    expectSourceGeometry(r, 'DKBH');
  });

  it('EPSG:4490 lon/lat with UTF-8 .dbf', async () => {
    const r = await read('shp-4490-utf8.zip');
    expect(r.crs?.id).toBe('EPSG:4490');
    expect(r.encoding).toBe('utf-8');
    expectSourceGeometry(r, 'DKBH');
    expect(r.features[2]!.geometry?.type).toBe('MultiPolygon');
  });

  it('Web Mercator without .prj: inferred from the coordinates range', async () => {
    const r = await read('shp-3857-noprj.zip');
    expect(r.crs).toMatchObject({ id: 'EPSG:3857', source: 'inferred' });
    expectSourceGeometry(r, 'DKBH');
  });

  it("Xi'an 1980 is recognised and refused without 7 parameters (422 needs_seven_parameters)", async () => {
    await expect(read('shp-xian80.zip')).rejects.toMatchObject({
      status: 422,
      code: 'needs_seven_parameters',
      field: 'crs',
    });
  });

  it('the user may override the CRS; a declared CRS this app does not know stops the import', async () => {
    const r = await read('shp-4547-gbk.zip', { crs: 'EPSG:4547' });
    expect(r.crs?.source).toBe('user');
    await expect(read('shp-4547-gbk.zip', { crs: 'EPSG:32649' })).rejects.toMatchObject({
      code: 'crs_unsupported',
    });
  });
});
