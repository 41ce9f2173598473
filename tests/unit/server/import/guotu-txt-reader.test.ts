import { describe, expect, it } from 'vitest';
import { expectSourceGeometry, read, SOURCE } from './fixtures.ts';

// Format: 国土资源部 建设用地勘测定界 / 用地报批 界址点坐标交换格式 ([属性描述] + [地块坐标], X northing, Y easting).
describe('国土 TXT 界址点坐标交换格式 import', () => {
  it('GBK file, CGCS2000 zone 38 with prefixed eastings (coordinates projected by GDAL): within 1 cm', async () => {
    const r = await read('guotu-4526.txt');
    expect(r.format).toBe('guotu_txt');
    expect(r.encoding).toBe('gbk');
    expect(r.crs).toMatchObject({ id: 'EPSG:4526', source: 'declared' });
    expectSourceGeometry(r, '地块编号');
    expect(r.problems).toEqual([]);
    const hole = r.features.find((f) => f.attributes.地块编号 === 'ZK-T-002')!;
    expect(hole.attributes).toMatchObject({
      界址点数: 10,
      地块面积: 4.1,
      地块名称: '陈江新型产业用地（M0）',
      记录图形属性: '面',
      地块用途: '新型产业用地',
    });
    expect(hole.geometry?.type === 'Polygon' && hole.geometry.coordinates.length).toBe(2);
  });

  it("Xi'an 1980 with 转换参数 in the header: shifted with the file's 7 parameters (GDAL +towgs84 oracle)", async () => {
    const r = await read('guotu-xian80-7p.txt');
    expect(r.crs?.id).toBe('EPSG:2362');
    expectSourceGeometry(r, '地块编号');
  });

  it('200 records with 2 broken ones: both named (record, 地块编号, line), the other 198 read', async () => {
    const r = await read('guotu-200-broken.txt');
    expect(r.features).toHaveLength(200);
    expect(r.crs?.id).toBe('EPSG:4547');
    const byRecord = r.problems.map((p) => [p.record, p.code]);
    expect(byRecord).toEqual([
      [57, 'bad_point_line'],
      [143, 'point_count_mismatch'],
    ]);
    expect(r.problems[0]!.message).toContain('ZK-G-057');
    expect(r.problems[0]!.message).toContain('第 351 行');
    expect(r.problems[1]!.message).toContain('ZK-G-143');
    expect(r.features.filter((f) => f.geometry?.type === 'Polygon')).toHaveLength(199);
    expect(r.features[56]!.geometry).toBeNull();
    expect(SOURCE.features).toHaveLength(4);
  });

  it('a file without [地块坐标] is refused as unreadable (422)', async () => {
    const { readImport } = await import('../../../../server/import/read-import.ts');
    const { DEFAULT_IMPORT_LIMITS } = await import('../../../../server/import/import-limits.ts');
    const bytes = new TextEncoder().encode('[属性描述]\n坐标系=2000国家大地坐标系\n');
    await expect(
      readImport({ name: 'x.txt', bytes }, { limits: DEFAULT_IMPORT_LIMITS }),
    ).rejects.toMatchObject({
      status: 422,
      code: 'unreadable_file',
    });
  });
});
