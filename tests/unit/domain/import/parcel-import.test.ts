import { describe, expect, it } from 'vitest';
import {
  areaProblem,
  duplicateCodes,
  isBlockingProblem,
  missingForInsert,
  overlapProblems,
  placeParcel,
} from '../../../../domain/import/parcel-checks.ts';
import {
  mapParcelRecord,
  ParcelImportMapping,
  resolveFields,
} from '../../../../domain/import/parcel-mapping.ts';
import { rect, rectAreaM2 } from '../parcel-edit/spherical-rectangle.ts';

const GUOTU_FIELDS = [
  '界址点数',
  '地块面积',
  '地块编号',
  '地块名称',
  '记录图形属性',
  '图幅号',
  '地块用途',
  '地类编码',
];
const noMapping = ParcelImportMapping.parse({});

describe('mapParcelRecord', () => {
  it('reads a 国土 TXT header without any mapping: 地块编号, 地类编码, 地块面积 in 公顷', () => {
    const fields = resolveFields(noMapping, GUOTU_FIELDS);
    expect(fields).toMatchObject({ code: '地块编号', landUse: '地类编码', areaHa: '地块面积' });
    const { candidate, problems } = mapParcelRecord(
      7,
      { 地块编号: 'DK001', 地类编码: '1001', 地块面积: 0.6512, 地块用途: '工业用地' },
      fields,
      noMapping,
    );
    expect(problems).toEqual([]);
    expect(candidate).toMatchObject({ code: 'DK001', landUse: '1001' });
    expect(candidate.fileAreaM2).toBeCloseTo(6512, 6); // 1 公顷 = 10 000 ㎡
  });

  it('translates Chinese land-use names (with or without the (M0) suffix) and the mapping’s own values', () => {
    const fields = { code: 'DKBH', landUse: 'YDXZ' };
    const m = ParcelImportMapping.parse({ values: { landUse: { 工业: '100101' } } });
    const lu = (v: string) => mapParcelRecord(1, { DKBH: 'A', YDXZ: v }, fields, m).candidate.landUse;
    expect(lu('新型产业用地')).toBe('M0');
    expect(lu('新型产业用地(M0)')).toBe('M0');
    expect(lu('物流仓储用地')).toBe('1101');
    expect(lu('M1')).toBe('100101');
    expect(lu('工业')).toBe('100101');
  });

  it('names unknown values and a missing code with the record and the source field', () => {
    const fields = { code: 'DKBH', landUse: 'YDXZ', state: 'ZT', areaMu: 'MU' };
    const { problems, candidate } = mapParcelRecord(
      12,
      { DKBH: '', YDXZ: '住宅', ZT: '已批', MU: 15 },
      fields,
      noMapping,
    );
    expect(problems.map((p) => [p.code, p.field])).toEqual([
      ['missing_field', 'code'],
      ['unknown_value', 'landUse'],
      ['unknown_value', 'state'],
    ]);
    expect(problems[1]!.message).toContain('第 12 条记录');
    expect(problems[1]!.message).toContain('YDXZ');
    expect(candidate.fileAreaM2).toBeCloseTo(10_000, 6); // 15 亩 = 10 000 ㎡
  });

  it('refuses an unknown field in the mapping (zod strict)', () => {
    expect(ParcelImportMapping.safeParse({ fields: { colour: 'X' } }).success).toBe(false);
    expect(ParcelImportMapping.safeParse({ defaults: { state: 'sold' } }).success).toBe(false);
  });
});

describe('parcel checks', () => {
  const platform = { id: 'pf', towns: ['陈江'], geometry: rect(114.2, 22.97, 114.26, 23.0) };

  it('area: 1.0 % apart passes, 1.1 % is reported (and does not block)', () => {
    expect(areaProblem(1, 10_100, 10_000)).toBeNull();
    const p = areaProblem(1, 10_110, 10_000)!;
    expect(p.code).toBe('area_mismatch');
    expect(p.message).toContain('1.1');
    expect(isBlockingProblem(p)).toBe(false);
  });

  it('overlap: names the existing parcel and the overlap area; the parcel with the same code is not an overlap', () => {
    const existing = [{ id: 'P-1', code: 'A-1', geometry: rect(114.21, 22.98, 114.212, 22.982) }];
    const g = rect(114.211, 22.981, 114.213, 22.983);
    const [p] = overlapProblems(3, g, 'NEW', existing);
    expect(p!.parcelCode).toBe('A-1');
    expect(p!.overlapM2! / rectAreaM2(114.211, 22.981, 114.212, 22.982)).toBeCloseTo(1, 3);
    expect(overlapProblems(3, g, 'A-1', existing)).toEqual([]);
    // Sharing an edge only is no overlap.
    expect(overlapProblems(3, rect(114.212, 22.98, 114.214, 22.982), 'NEW', existing)).toEqual([]);
  });

  it('platform: the one holding the parcel; outside every platform, or outside the named one, is a problem', () => {
    expect(placeParcel(1, rect(114.21, 22.98, 114.22, 22.99), null, [platform]).platform?.id).toBe('pf');
    expect(placeParcel(1, rect(114.3, 22.98, 114.31, 22.99), null, [platform]).problem?.code).toBe(
      'outside_platform',
    );
    expect(placeParcel(1, rect(114.25, 22.98, 114.27, 22.99), 'pf', [platform]).problem?.code).toBe(
      'outside_platform',
    );
    expect(placeParcel(1, rect(114.21, 22.98, 114.22, 22.99), 'nope', [platform]).problem?.code).toBe(
      'unknown_value',
    );
  });

  it('a new parcel needs land use, plot ratio and town (the platform’s first town serves)', () => {
    const c = {
      code: 'A',
      landUse: null,
      state: null,
      stateSince: null,
      platformId: null,
      town: null,
      plotRatioMax: null,
      fileAreaM2: null,
    };
    expect(missingForInsert(1, c, {}, null).map((p) => p.field)).toEqual(['landUse', 'plotRatioMax', 'town']);
    expect(missingForInsert(1, c, { landUse: '1001', plotRatioMax: 2 }, platform)).toEqual([]);
  });

  it('duplicate codes: each record names the others', () => {
    const d = duplicateCodes([
      { record: 1, code: 'A' },
      { record: 2, code: 'B' },
      { record: 3, code: 'A' },
      { record: 4, code: null },
    ]);
    expect([...d.entries()]).toEqual([
      [1, [3]],
      [3, [1]],
    ]);
  });
});
