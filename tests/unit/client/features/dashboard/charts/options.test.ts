/**
 * The overview's chart options and click lookups: a click (series index, data index) must lead back to exactly
 * the datum drawn there, or the map would filter to the wrong parcels.
 */
import { describe, expect, it } from 'vitest';
import {
  funnelOption,
  investmentCategories,
  investmentClick,
  investmentOption,
  landByStateOption,
  landClick,
  landStates,
  redevelopmentClick,
  redevelopmentOption,
} from '../../../../../../client/features/dashboard/charts/options.ts';
import {
  investmentByIndustry,
  landByStatePerPlatform,
  landStateTotals,
  pipelineFunnel,
  redevelopmentByTypeStage,
} from '../../../../../../domain/dashboard/charts.ts';
import { parcel, project, site } from '../../../../domain/dashboard/fixtures.ts';

type Bar = { name?: string; data?: unknown[]; markLine?: { data?: { xAxis?: number }[] } };
const seriesOf = (o: { series?: unknown }): Bar[] => (Array.isArray(o.series) ? o.series : []);

describe('investment chart', () => {
  const data = investmentByIndustry(
    [
      project('a', { industry: 'laser', stage: 'signed', investmentWan: 20_000 }),
      project('b', { industry: 'other', stage: 'producing', investmentWan: 50_000 }),
    ],
    null,
  );

  it('keeps the 4+1 rows even when empty, adds other industries only with investment, in 亿元', () => {
    expect(investmentCategories(data)).toEqual([
      'beidou',
      'laser',
      'semiconductor',
      'ai',
      'bigdata_iot',
      'other',
    ]);
    const series = seriesOf(investmentOption(data, 'zh-CN', (g) => g));
    expect(series.map((s) => s.name)).toEqual(['pipeline', 'signed', 'landed']);
    expect(series[1]?.data?.[1]).toBe(2);
    expect(series[2]?.data?.[5]).toBe(5);
  });

  it('maps a clicked row back to its industry', () => {
    expect(investmentClick(data, 1)).toBe('laser');
    expect(investmentClick(data, 5)).toBe('other');
    expect(investmentClick(data, 6)).toBeNull();
  });
});

describe('land chart', () => {
  const data = landByStatePerPlatform(
    landStateTotals([
      parcel('1', { state: 'ready', areaMu: 30 }),
      parcel('2', { state: 'producing', areaMu: 45, platformId: 'korea-park' }),
    ]),
    ['belt-357', 'korea-park'],
    null,
  );

  it('draws only the states that have land, in lifecycle order, one bar per platform', () => {
    expect(landStates(data)).toEqual(['ready', 'producing']);
    const series = seriesOf(landByStateOption(data, ['belt-357', 'korea-park'], (id) => id, 'zh-CN'));
    expect(series.map((s) => s.data)).toEqual([
      [30, 0],
      [0, 45],
    ]);
  });

  it('maps a clicked segment back to its platform and state', () => {
    expect(landClick(data, ['belt-357', 'korea-park'], 1, 1)).toEqual({
      platformId: 'korea-park',
      state: 'producing',
    });
    expect(landClick(data, ['belt-357', 'korea-park'], 2, 0)).toBeNull();
  });
});

describe('funnel', () => {
  it('is as wide as the projects that reached each stage', () => {
    const steps = pipelineFunnel(
      [
        project('a', { stage: 'signed' }),
        project('b', { stage: 'producing' }),
        project('c', { stage: 'lead' }),
      ],
      null,
    ).steps;
    const series = seriesOf(funnelOption(steps, 'zh-CN', '当前'));
    expect(series[0]?.data?.map((d) => (d as { value: number }).value)).toEqual([3, 2, 2, 2, 1, 1, 1]);
  });
});

describe('三旧 chart', () => {
  const data = redevelopmentByTypeStage(
    [
      site('a', { stage: 'completed', areaM2: 30_000 }),
      site('b', { type: 'old_village', stage: 'completed', areaM2: 20_000 }),
      site('c', { stage: 'planning', areaM2: 5_000 }),
    ],
    2018,
    null,
  );

  it('stacks area by stage per type with a total row, and draws the target as a line', () => {
    const series = seriesOf(redevelopmentOption(data, 130_000, 'zh-CN', { total: '合计', target: '目标' }));
    const completed = series.find((s) => s.name === '完成');
    expect(completed?.data).toEqual([30_000, 20_000, 0, 50_000]);
    expect(series[0]?.markLine?.data?.[0]?.xAxis).toBe(130_000);
  });

  it('maps a clicked segment back to its sites; the total row takes every type', () => {
    expect(redevelopmentClick(data, 4, 0)).toEqual({
      type: 'old_factory',
      stage: 'completed',
      siteIds: ['a'],
    });
    expect(redevelopmentClick(data, 4, 3)?.siteIds).toEqual(['a', 'b']);
    expect(redevelopmentClick(data, 1, 3)?.siteIds).toEqual(['c']);
  });
});
