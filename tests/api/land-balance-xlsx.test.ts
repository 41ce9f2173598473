/**
 * GET /api/land-balance/matches.xlsx on the bundled sample, read back with a second library (read-excel-file,
 * not the exceljs that wrote it): the policy and options on the first sheet, one 配地 row per placed project
 * with the platform of its site and the 跨平台 flag, one 未配地 row per project without a site with its
 * reason, and the platform shortages against the sample's literal figures (亩, as the land-balance tests
 * derive them from geodata/). Same query parameters as /api/land-balance, 400 naming the field.
 */
import readXlsxFile from 'read-excel-file/node';
import { afterAll, describe, expect, it } from 'vitest';
import { REAL_GEODATA, testApp } from './helpers/test-app.ts';

const { app, client, cleanup } = testApp({ geodataDir: REAL_GEODATA });
afterAll(cleanup);

const workbook = async (query: string) => {
  const res = await app.request(`/api/land-balance/matches.xlsx${query}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('spreadsheetml');
  const sheets = await readXlsxFile(Buffer.from(await res.arrayBuffer()));
  return {
    names: sheets.map((s) => s.sheet),
    sheet: (name: string) => sheets.find((s) => s.sheet === name)!.data,
    disposition: res.headers.get('content-disposition') ?? '',
  };
};
const value = (data: unknown[][], label: string) => data.find((r) => r[0] === label)?.slice(1);

describe('matches.xlsx', () => {
  it('puts the policy and options first, then 配地, 未配地, 平台缺口, 产业缺口', async () => {
    const w = await workbook('');
    expect(w.names).toEqual(['说明', '配地', '未配地', '平台缺口', '产业缺口']);
    const info = w.sheet('说明');
    expect(value(info, '配地原则')?.[0]).toBe('先配足面积（任意合适平台，签约优先）');
    expect(value(info, '只在目标平台配地')?.[0]).toBe('否');
    expect(value(info, '面积余量')?.[0]).toBe('30%');
    expect(value(info, '参考日')?.[0]).toBe('2018-03-09');
    // Gross totals of the sample (geodata/): 5,499.7 亩 short on five platforms, 984.1 spare on two.
    expect(value(info, '全区缺口合计（各平台缺口之和）')?.[1]).toBeCloseTo(5499.7, 1);
    expect(value(info, '富余合计（各平台富余之和）')?.[1]).toBeCloseTo(984.1, 1);
    expect(value(info, '净差（需求 − 供给，不代表实际缺地）')?.[1]).toBeCloseTo(4515.6, 1);
    expect(w.disposition).toContain('area_first');
  });

  it('lists each placed project with its site platform and 跨平台 flag, and each unplaced one with its reason', async () => {
    const m = await (await client.api['land-balance'].matches.$get({ query: {} })).json();
    const w = await workbook('');
    const placed = w.sheet('配地');
    const head = placed[0]!;
    expect(head.slice(0, 8)).toEqual([
      '项目',
      '企业',
      '产业',
      '阶段',
      '目标平台',
      '配于平台',
      '跨平台',
      '跨平台原因',
    ]);
    expect(placed.length - 1).toBe(m.summary.matched);
    const cross = placed.slice(1).filter((r) => r[head.indexOf('跨平台')] === '是');
    expect(cross.length).toBe(m.summary.crossPlatform);
    for (const r of cross) {
      expect(r[head.indexOf('配于平台')]).not.toBe(r[head.indexOf('目标平台')]);
      expect(String(r[head.indexOf('跨平台原因')])).toMatch(/目标平台/);
    }
    const unplaced = w.sheet('未配地');
    expect(unplaced.length - 1).toBe(m.summary.unmatched);
    expect(unplaced.slice(1).every((r) => typeof r[unplaced[0]!.indexOf('原因')] === 'string')).toBe(true);
  });

  it('platform shortages are labelled columns with the sample’s figures (357 short 3,260.2; 自创区 spare 913.5)', async () => {
    const rows = (await workbook('')).sheet('平台缺口');
    expect(rows[0]).toEqual(['平台', '供给（亩）', '需求（亩）', '缺口（亩）', '富余（亩）']);
    const belt = rows.find((r) => r[0] === '357创新产业带')!;
    expect(belt[1]).toBeCloseTo(1242.8, 1);
    expect(belt[2]).toBe(4503);
    expect(belt[3]).toBeCloseTo(3260.2, 1);
    expect(belt[4]).toBeNull();
    const zc = rows.find((r) => r[0] === '国家自主创新示范区')!;
    expect(zc[3]).toBeNull();
    expect(zc[4]).toBeCloseTo(913.5, 1);
  });

  it('carries the chosen policy and options; 400 naming the field for a bad value', async () => {
    const w = await workbook('?policy=target_first&keepTarget=true&slack=0.5&industry=laser');
    const info = w.sheet('说明');
    expect(value(info, '配地原则')?.[0]).toBe('先配目标平台（签约优先）');
    expect(value(info, '只在目标平台配地')?.[0]).toBe('是');
    expect(value(info, '面积余量')?.[0]).toBe('50%');
    expect(value(info, '产业筛选')?.[0]).toBe('激光');
    const placed = w.sheet('配地');
    expect(placed.slice(1).every((r) => r[placed[0]!.indexOf('跨平台')] === '否')).toBe(true);
    for (const [q, field] of [
      ['policy=nearest', 'policy'],
      ['slack=3', 'slack'],
      ['keepTarget=yes', 'keepTarget'],
      ['horizon=2017-01-01', 'horizon'],
    ] as const) {
      const res = await app.request(`/api/land-balance/matches.xlsx?${q}`);
      expect(res.status, q).toBe(400);
      expect(((await res.json()) as { error: { field: string } }).error.field, q).toBe(field);
    }
  });
});
