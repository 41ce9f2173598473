import { describe, expect, it } from 'vitest';
import {
  investmentByIndustry,
  landByStatePerPlatform,
  landStateTotals,
  pipelineFunnel,
  redevelopmentByTypeStage,
} from '../../../../domain/dashboard/charts.ts';
import { platformPipelineStatus } from '../../../../domain/dashboard/platform-pipeline.ts';
import { parcel, project, site } from './fixtures.ts';

const projects = [
  project('a', { industry: 'laser', stage: 'negotiating', investmentWan: 1_000 }),
  project('b', { industry: 'laser', stage: 'signed', investmentWan: 2_000 }),
  project('c', { industry: 'laser', stage: 'producing', investmentWan: 4_000, parcelIds: ['p1', 'p2'] }),
  project('d', { industry: 'laser', stage: 'land_acquired', investmentWan: 8_000, parcelIds: ['p2'] }),
  project('e', { industry: 'laser', stage: 'terminated', investmentWan: 16_000 }),
  project('f', { industry: 'laser', stage: 'lead', investmentWan: 32_000 }),
  project('g', {
    industry: 'new_energy',
    stage: 'signed',
    investmentWan: 64_000,
    targetPlatformId: 'korea-park',
  }),
];

describe('investment by industry', () => {
  it('splits planned investment into pipeline / signed / landed per industry, 4+1 first, leads and terminated out', () => {
    const data = investmentByIndustry(projects, null);
    const laser = data.filter((d) => d.industry === 'laser');
    expect(laser.map((d) => [d.group, d.investmentWan, d.count])).toEqual([
      ['pipeline', 1_000, 1],
      ['signed', 2_000, 1],
      ['landed', 12_000, 2],
    ]);
    expect(laser[2]?.parcelIds).toEqual(['p1', 'p2']);
    expect(data.slice(0, 15).every((d) => d.is4plus1)).toBe(true);
    expect(data.find((d) => d.industry === 'new_energy' && d.group === 'signed')?.investmentWan).toBe(64_000);
  });

  it('follows the platform filter', () => {
    const data = investmentByIndustry(projects, 'korea-park');
    expect(data.reduce((a, d) => a + d.investmentWan, 0)).toBe(64_000);
  });
});

describe('land by state per platform', () => {
  const parcels = [
    parcel('1', { state: 'ready', areaMu: 30, areaM2: 20_000 }),
    parcel('2', { state: 'ready', areaMu: 15, areaM2: 10_000 }),
    parcel('3', { state: 'producing', areaMu: 45, areaM2: 30_000 }),
    parcel('4', { state: 'ready', areaMu: 60, areaM2: 40_000, platformId: 'korea-park' }),
  ];
  it('sums 亩 per platform × state in the given platform order, empty platforms included', () => {
    const totals = landStateTotals(parcels);
    const data = landByStatePerPlatform(totals, ['belt-357', 'korea-park', 'empty'], null);
    expect(data).toHaveLength(27);
    const ready357 = data.find((d) => d.platformId === 'belt-357' && d.state === 'ready');
    expect(ready357).toEqual({
      platformId: 'belt-357',
      state: 'ready',
      areaMu: 45,
      areaM2: 30_000,
      count: 2,
    });
    expect(data.filter((d) => d.platformId === 'empty').every((d) => d.areaMu === 0)).toBe(true);
    expect(landByStatePerPlatform(totals, ['belt-357', 'korea-park'], 'korea-park')).toHaveLength(9);
  });
});

describe('pipeline funnel', () => {
  it('counts projects that reached each stage, keeping terminated projects aside', () => {
    const { steps, terminated } = pipelineFunnel(projects, 'belt-357');
    expect(steps.map((s) => [s.stage, s.reached, s.atStage])).toEqual([
      ['lead', 5, 1],
      ['negotiating', 4, 1],
      ['approved', 3, 0],
      ['signed', 3, 1],
      ['land_acquired', 2, 1],
      ['under_construction', 1, 0],
      ['producing', 1, 1],
    ]);
    expect(terminated).toEqual({ count: 1, projectIds: ['e'] });
    expect(steps.find((s) => s.stage === 'producing')?.parcelIds).toEqual(['p1', 'p2']);
  });

  it('can be limited to one origin', () => {
    const sz = [...projects, project('s', { origin: 'shenzhen', stage: 'approved' })];
    expect(pipelineFunnel(sz, null, 'shenzhen').steps[0]?.reached).toBe(1);
  });
});

describe('三旧 by type × stage', () => {
  it('sums site and completed area of the year per type and stage', () => {
    const sites = [
      site('a', { stage: 'completed', areaM2: 30_000, completedAreaM2: 30_000 }),
      site('b', { stage: 'completed', areaM2: 20_000, completedAreaM2: 20_000 }),
      site('c', { type: 'old_village', stage: 'demolition', areaM2: 50_000, completedAreaM2: 5_000 }),
      site('d', { targetYear: 2019 }),
    ];
    const data = redevelopmentByTypeStage(sites, 2018, null);
    expect(data).toHaveLength(15);
    expect(data.find((d) => d.type === 'old_factory' && d.stage === 'completed')).toMatchObject({
      areaM2: 50_000,
      completedAreaM2: 50_000,
      siteIds: ['a', 'b'],
    });
    expect(data.find((d) => d.type === 'old_village' && d.stage === 'demolition')?.completedAreaM2).toBe(
      5_000,
    );
    expect(data.reduce((a, d) => a + d.count, 0)).toBe(3);
  });
});

describe('platform pipeline standing', () => {
  it('counts signed-or-later and landed-or-later projects of the platform with their investment (万元)', () => {
    // Undated projects count by their current stage on any reference date.
    const s = platformPipelineStatus('belt-357', projects, '2018-03-09');
    expect(s.signed).toEqual({ count: 3, investmentWan: 14_000, projectIds: ['b', 'c', 'd'] });
    expect(s.withLand).toEqual({ count: 2, investmentWan: 12_000, projectIds: ['c', 'd'] });
  });

  it('counts a project as signed / with land only from its signing / land date on', () => {
    const dated = [
      project('s', { stage: 'signed', investmentWan: 1_000, keyDates: { signed: '2017-06-01' } }),
      project('l', {
        stage: 'land_acquired',
        investmentWan: 2_000,
        keyDates: { signed: '2016-08-01', landAcquired: '2017-11-22' },
      }),
      project('t', { stage: 'terminated', investmentWan: 4_000, keyDates: { signed: '2016-01-01' } }),
    ];
    const at = (refDate: string) => {
      const s = platformPipelineStatus('belt-357', dated, refDate);
      return [s.signed.projectIds, s.withLand.projectIds];
    };
    expect(at('2016-07-31')).toEqual([[], []]);
    expect(at('2017-01-01')).toEqual([['l'], []]);
    expect(at('2017-06-01')).toEqual([['s', 'l'], []]);
    expect(at('2017-11-21')).toEqual([['s', 'l'], []]);
    expect(at('2017-11-22')).toEqual([['s', 'l'], ['l']]);
    expect(platformPipelineStatus('belt-357', dated, '2017-11-22').method.zh).toContain('不晚于参考日');
  });
});
