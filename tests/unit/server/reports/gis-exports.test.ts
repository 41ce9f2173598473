import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { crsById } from '../../../../domain/crs/crs-catalog.ts';
import { DEFAULT_IMPORT_LIMITS } from '../../../../server/import/import-limits.ts';
import { readImport } from '../../../../server/import/read-import.ts';
import { parcelListGuotuTxt } from '../../../../server/reports/guotu-txt.ts';
import type { ParcelListModel } from '../../../../server/reports/models.ts';
import { parcelListShapefileZip } from '../../../../server/reports/shapefile/parcel-shapefile.ts';
import { maxVertexError } from '../../../fixtures/geometry-compare.ts';
import { listModel, rows } from './fixture-models.ts';

// The list with a parcel that has a hole and one of two parts, so round trips cover rings and parts.
const withHole: Geometry = {
  type: 'Polygon',
  coordinates: [
    [
      [114.3, 23.0],
      [114.304, 23.0],
      [114.304, 23.003],
      [114.3, 23.003],
      [114.3, 23.0],
    ],
    [
      [114.301, 23.001],
      [114.301, 23.002],
      [114.302, 23.002],
      [114.302, 23.001],
      [114.301, 23.001],
    ],
  ],
};
const twoParts: Geometry = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [114.31, 23.0],
        [114.312, 23.0],
        [114.312, 23.002],
        [114.31, 23.002],
        [114.31, 23.0],
      ],
    ],
    [
      [
        [114.313, 23.0],
        [114.315, 23.0],
        [114.315, 23.002],
        [114.313, 23.002],
        [114.313, 23.0],
      ],
    ],
  ],
};
const model: ParcelListModel = {
  ...listModel,
  rows: rows.map((r, i) =>
    i === 0 ? { ...r, geometry: withHole as never } : i === 1 ? { ...r, geometry: twoParts as never } : r,
  ),
};

const importBytes = (name: string, bytes: Uint8Array) =>
  readImport({ name, bytes }, { limits: DEFAULT_IMPORT_LIMITS });

const hasOgrinfo = spawnSync('ogrinfo', ['--version']).status === 0;

describe('shapefile export → import round trip', () => {
  it.each(['EPSG:4490', 'EPSG:4547', 'EPSG:4526', 'EPSG:3857'])(
    '%s: same geometry within 1 cm, same attributes',
    async (id) => {
      const zip = parcelListShapefileZip(model, crsById(id)!)!;
      const back = await importBytes('export.zip', zip);
      expect(back.crs?.id).toBe(id);
      expect(back.encoding).toBe('utf-8');
      expect(back.features).toHaveLength(model.rows.length);
      back.features.forEach((f, i) => {
        const row = model.rows[i]!;
        expect(maxVertexError(f.geometry as Geometry, row.geometry as Geometry)).toBeLessThan(0.01);
        expect(f.attributes).toMatchObject({
          ID: row.parcel.id,
          CODE: row.parcel.code,
          PLAT_NAME: row.platformNameZh,
          LANDUSE: row.parcel.landUse,
          STATE: row.parcel.state,
          STATE_SINC: row.parcel.stateSince,
          SIGNED: row.parcel.contract.signed,
          PROJECTS: row.projects.length ? row.projects.map((p) => p.name).join('；') : null,
        });
        expect(f.attributes.AREA_M2).toBeCloseTo(row.parcel.areaM2, 2);
        expect(f.attributes.AREA_MU).toBeCloseTo(row.parcel.areaMu, 4);
      });
      expect(back.problems).toEqual([]);
    },
  );

  it('holds .prj, .cpg (UTF-8) and fields.csv mapping every ≤ 10-character field to its API and Chinese name', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const files = unzipSync(parcelListShapefileZip(model, crsById('EPSG:4547')!)!);
    expect(Object.keys(files).sort()).toEqual([
      'fields.csv',
      'parcels.cpg',
      'parcels.dbf',
      'parcels.prj',
      'parcels.shp',
      'parcels.shx',
    ]);
    expect(strFromU8(files['parcels.cpg']!)).toBe('UTF-8');
    expect(strFromU8(files['parcels.prj']!)).toContain('CGCS2000_3_Degree_GK_CM_114E');
    const table = strFromU8(files['fields.csv']!)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(table[0]).toBe('字段 field,API 名称 name,中文名称,类型 type,说明 note');
    expect(table).toContain('AREA_MU,areaMu,面积（亩）,"N(18,4)",');
    for (const line of table.slice(1)) expect(line.split(',')[0]!.length).toBeLessThanOrEqual(10);
  });

  it.skipIf(!hasOgrinfo)(
    'ogrinfo (GDAL) reads the exported zip: EPSG identified, feature count, Chinese text',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'shp-export-'));
      for (const [id, epsg] of [
        ['EPSG:4547', 4547],
        ['EPSG:4526', 4526],
        ['EPSG:4490', 4490],
      ] as const) {
        const file = join(dir, `${epsg}.zip`);
        writeFileSync(file, parcelListShapefileZip(model, crsById(id)!)!);
        const info = execFileSync('ogrinfo', ['-ro', '-so', '-al', `/vsizip/${file}`], { encoding: 'utf8' });
        expect(info).toContain(`Feature Count: ${model.rows.length}`);
        expect(info.trimEnd()).toMatch(new RegExp(`ID\\["EPSG",${epsg}\\]\\]$`, 'm'));
        const all = execFileSync('ogrinfo', ['-ro', '-al', '-q', `/vsizip/${file}`], { encoding: 'utf8' });
        expect(all).toContain(`PLAT_NAME (String) = ${model.rows[0]!.platformNameZh}`);
        expect(all).toContain('MULTIPOLYGON');
      }
    },
  );
  it.skipIf(hasOgrinfo)('ogrinfo check skipped: GDAL is not installed (apt-get install gdal-bin)', () => {});
});

describe('国土 TXT export → import round trip', () => {
  it.each([
    ['EPSG:4547', 'gbk'],
    ['EPSG:4526', 'gbk'],
    ['EPSG:4547', 'utf-8'],
  ] as const)('%s %s: same geometry within 1 cm, code, area (ha) and land use', async (id, encoding) => {
    const txt = parcelListGuotuTxt(model, crsById(id)!, encoding)!;
    expect(txt.unencodable).toEqual([]);
    const back = await importBytes('export.txt', txt.bytes);
    expect(back.crs?.id).toBe(id);
    expect(back.encoding).toBe(encoding);
    expect(back.problems).toEqual([]);
    back.features.forEach((f, i) => {
      const row = model.rows[i]!;
      expect(maxVertexError(f.geometry as Geometry, row.geometry as Geometry)).toBeLessThan(0.01);
      expect(f.attributes.地块编号).toBe(row.parcel.code);
      expect(f.attributes.地块面积).toBeCloseTo(row.parcel.areaM2 / 10_000, 4);
      expect(f.attributes.地类编码).toBe(row.parcel.landUse);
    });
  });

  it('header and first record as the format lays them out (X northing, Y easting with zone prefix)', () => {
    const text = new TextDecoder('gbk').decode(parcelListGuotuTxt(model, crsById('EPSG:4526')!)!.bytes);
    const lines = text.split('\r\n');
    expect(lines.slice(0, 12)).toEqual([
      '[属性描述]',
      '格式版本号=1.0',
      '数据产生单位=',
      `数据产生日期=${model.generatedAt.slice(0, 10)}`,
      '坐标系=2000国家大地坐标系',
      '几度分带=3',
      '投影类型=高斯克吕格',
      '计量单位=米',
      '带号=38',
      '精度=0.0001',
      '转换参数=,,,,,,',
      '[地块坐标]',
    ]);
    expect(lines[12]).toMatch(
      new RegExp(
        `^10,\\d+\\.\\d{4},${model.rows[0]!.parcel.code},.*,面,,.+,${model.rows[0]!.parcel.landUse},@$`,
      ),
    );
    // 114.3°E 23.0°N in EPSG:4526 (gdaltransform): 38530756.8591 E, 2544569.0409 N.
    expect(lines[13]).toBe('J1,1,2544569.0409,38530756.8591');
    expect(lines[17]).toBe('J1,1,2544569.0409,38530756.8591');
    expect(lines[18]).toMatch(/^J5,2,/);
  });

  it('refuses CRSs the format cannot carry', () => {
    expect(parcelListGuotuTxt(model, crsById('EPSG:4490')!)).toBeNull();
    expect(parcelListGuotuTxt(model, crsById('EPSG:2383')!)).toBeNull();
    expect(parcelListShapefileZip(model, crsById('GCJ02')!)).toBeNull();
  });
});
