import { describe, expect, it } from 'vitest';
import { type TargetData, targetProgress } from '../../../../domain/dashboard/target-progress.ts';
import { yearWindow } from '../../../../domain/dashboard/year-window.ts';
import { project, site, target, upgrade } from './fixtures.ts';

const REF = '2018-03-09';
const none: TargetData = { projects: [], redevelopment: [], techUpgrades: [] };

describe('yearWindow', () => {
  it('runs from 1 January to the reference date, or to 31 December once the year is over', () => {
    expect(yearWindow(2018, REF)).toEqual({ from: '2018-01-01', to: REF });
    expect(yearWindow(2018, '2019-06-01')).toEqual({ from: '2018-01-01', to: '2018-12-31' });
    expect(yearWindow(2018, '2018-01-01')).toEqual({ from: '2018-01-01', to: '2018-01-01' });
    expect(yearWindow(2018, '2017-12-31')).toBeNull();
  });
});

describe('new 4+1 enterprises signed this year', () => {
  const projects = [
    project('a', { enterprise: 'E1', industry: 'laser', keyDates: { signed: '2018-02-01' } }),
    // Same enterprise signing again: still one new enterprise.
    project('b', { enterprise: 'E1', industry: 'semiconductor', keyDates: { signed: '2018-03-01' } }),
    project('c', { enterprise: 'E3', industry: 'ai', keyDates: { signed: '2018-04-01' } }), // after the ref date
    project('d', { enterprise: 'E4', industry: 'semiconductor', keyDates: { signed: '2017-12-31' } }), // last year
    project('e', { enterprise: 'E5', industry: 'new_energy', keyDates: { signed: '2018-01-05' } }), // not 4+1
    project('f', {
      enterprise: 'E6',
      industry: 'beidou',
      stage: 'terminated',
      keyDates: { signed: '2018-01-01' },
    }),
    project('g', { enterprise: 'E2', industry: 'bigdata_iot', keyDates: { signed: REF } }), // on the ref date
    project('h', { enterprise: 'E7', industry: 'ai', stage: 'negotiating' }), // never signed
  ];
  const t = target('t1', { metric: 'new_4plus1_enterprises', value: 60, unit: 'count' });

  it('does not count an expansion (增资 / 二期) of an enterprise already in the zone as a new enterprise', () => {
    const expansion = project('x', {
      enterprise: 'E9',
      industry: 'ai',
      expansionOf: 'E9',
      keyDates: { signed: '2018-02-01' },
    });
    const p = targetProgress(t, { ...none, projects: [...projects, expansion] }, REF);
    expect(p.actual).toBe(2);
    expect(p.inputs.ids).toEqual(['a', 'b', 'g']);
  });

  it('counts distinct enterprises of 4+1 projects signed from 1 January to the reference date', () => {
    const p = targetProgress(t, { ...none, projects }, REF);
    expect(p.actual).toBe(2);
    expect(p.ratio).toBeCloseTo(2 / 60);
    expect(p.inputs.ids).toEqual(['a', 'b', 'g']);
    expect(p.inputs.totals).toEqual({ projectCount: 3, enterpriseCount: 2 });
    expect(p.inputs.window).toEqual({ from: '2018-01-01', to: REF });
    // E1 is credited to the industry of its first signing (laser), not to semiconductor.
    expect(p.breakdown).toEqual([
      { key: 'beidou', value: 0 },
      { key: 'laser', value: 1 },
      { key: 'semiconductor', value: 0 },
      { key: 'ai', value: 0 },
      { key: 'bigdata_iot', value: 1 },
    ]);
    expect(p.basis).toBe('dated');
    expect(p.method.zh).toContain('4+1');
    expect(p.method.en).toContain('Distinct enterprises');
  });

  it('follows the reference date: later in the year counts more, before the year counts nothing', () => {
    expect(targetProgress(t, { ...none, projects }, '2018-12-31').actual).toBe(3);
    const before = targetProgress(t, { ...none, projects }, '2017-12-31');
    expect(before.actual).toBe(0);
    expect(before.inputs.window).toBeNull();
  });

  it('limits a platform-scoped target to projects targeting that platform', () => {
    const scoped = target('t2', {
      metric: 'new_4plus1_enterprises',
      value: 10,
      unit: 'count',
      scope: 'korea-park',
    });
    const ps = [
      ...projects,
      project('k', { targetPlatformId: 'korea-park', keyDates: { signed: '2018-02-02' } }),
    ];
    expect(targetProgress(scoped, { ...none, projects: ps }, REF).inputs.ids).toEqual(['k']);
  });
});

describe('planned investment signed this year', () => {
  it('sums investment (万元) of non-terminated projects signed in the window, shown in 亿元', () => {
    const projects = [
      project('a', { investmentWan: 35_000, industry: 'new_energy', keyDates: { signed: '2018-01-10' } }),
      project('b', { investmentWan: 12_500, keyDates: { signed: '2018-03-09' } }),
      project('c', { investmentWan: 99_000, stage: 'terminated', keyDates: { signed: '2018-02-01' } }),
      project('d', { investmentWan: 77_000, keyDates: { signed: '2017-06-01' } }),
    ];
    const p = targetProgress(
      target('t', { metric: 'planned_investment', value: 240, unit: 'yuan_yi' }),
      { ...none, projects },
      REF,
    );
    expect(p.actual).toBeCloseTo(4.75);
    expect(p.inputs.totals.investmentWan).toBe(47_500);
    expect(p.ratio).toBeCloseTo(4.75 / 240);
    expect(p.unit).toBe('yuan_yi');
  });
});

describe('snapshot targets', () => {
  it('技改: completed investment of the platform and year, planned alongside, in 亿元', () => {
    const techUpgrades = [
      upgrade('a', { investmentWan: 300_000, completedWan: 120_000 }),
      upgrade('b', { investmentWan: 200_000, completedWan: 30_000 }),
      upgrade('c', { year: 2017, completedWan: 999_999 }),
      upgrade('d', { platformId: 'belt-357', completedWan: 888_888 }),
    ];
    const t = target('t', {
      metric: 'tech_upgrade_investment',
      value: 90,
      unit: 'yuan_yi',
      scope: 'zichuang',
    });
    const p = targetProgress(t, { ...none, techUpgrades }, REF);
    expect(p.actual).toBeCloseTo(15);
    expect(p.planned).toBeCloseTo(50);
    expect(p.inputs.ids).toEqual(['a', 'b']);
    expect(p.basis).toBe('snapshot');
  });

  it('三旧: completed area of the year’s sites against the target, total site area as planned, by mode', () => {
    const redevelopment = [
      site('a', { areaM2: 40_000, completedAreaM2: 40_000, stage: 'completed' }),
      site('b', {
        areaM2: 60_000,
        completedAreaM2: 15_000,
        stage: 'construction',
        mode: 'industrial_to_tech',
      }),
      site('c', { targetYear: 2019, completedAreaM2: 5_000 }),
      site('d', { platformId: 'belt-357', completedAreaM2: 7_000 }),
    ];
    const t = target('t', { metric: 'redevelopment_area', value: 130_000, unit: 'm2', scope: 'zichuang' });
    const p = targetProgress(t, { ...none, redevelopment }, REF);
    expect(p.actual).toBe(55_000);
    expect(p.planned).toBe(100_000);
    expect(p.ratio).toBeCloseTo(55_000 / 130_000);
    expect(p.breakdown).toEqual([
      { key: 'industrial_to_industrial', value: 40_000 },
      { key: 'industrial_to_tech', value: 15_000 },
      { key: 'other', value: 0 },
    ]);
  });

  it('output: producing projects now, every signed-or-later project at full production as expected', () => {
    const projects = [
      project('a', { stage: 'producing', annualOutputWan: 200_000 }),
      project('b', { stage: 'land_acquired', annualOutputWan: 300_000 }),
      project('c', { stage: 'approved', annualOutputWan: 500_000 }),
      project('d', { stage: 'producing', annualOutputWan: 100_000, targetPlatformId: 'other' }),
      project('e', { stage: 'producing', annualOutputWan: null }),
    ];
    const t = target('t', {
      metric: 'industrial_output',
      value: 200,
      unit: 'yuan_yi',
      scope: 'belt-357',
      year: 2020,
    });
    const p = targetProgress(t, { ...none, projects }, REF);
    expect(p.actual).toBeCloseTo(20);
    expect(p.planned).toBeCloseTo(50);
    expect(p.ratio).toBeCloseTo(0.1);
  });
});

describe('Shenzhen projects contacted this year', () => {
  it('counts Shenzhen-origin first contacts in the window, terminated included, by current stage', () => {
    const projects = [
      project('a', { origin: 'shenzhen', stage: 'negotiating', keyDates: { firstContact: '2018-01-15' } }),
      project('b', { origin: 'shenzhen', stage: 'terminated', keyDates: { firstContact: '2018-02-15' } }),
      project('c', { origin: 'shenzhen', stage: 'approved', keyDates: { firstContact: '2017-05-01' } }),
      project('d', { origin: 'korea', stage: 'lead', keyDates: { firstContact: '2018-01-20' } }),
      project('e', { origin: 'shenzhen', stage: 'lead', keyDates: { firstContact: '2018-03-10' } }),
    ];
    const t = target('t', { metric: 'shenzhen_projects_visited', value: 60, unit: 'count' });
    const p = targetProgress(t, { ...none, projects }, REF);
    expect(p.actual).toBe(2);
    expect(p.inputs.ids).toEqual(['a', 'b']);
    expect(p.breakdown.find((b) => b.key === 'negotiating')?.value).toBe(1);
    expect(p.breakdown.find((b) => b.key === 'terminated')?.value).toBe(1);
    expect(p.inputs.totals.shenzhenProjectCount).toBe(4);
  });
});

it('a target of 0 has no ratio rather than Infinity', () => {
  const p = targetProgress(
    target('t', { metric: 'new_4plus1_enterprises', value: 0, unit: 'count' }),
    none,
    REF,
  );
  expect(p.ratio).toBeNull();
  expect(p.actual).toBe(0);
});
