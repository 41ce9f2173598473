import { describe, expect, it } from 'vitest';
import { landStateTotals } from '../../../../domain/dashboard/charts.ts';
import { buildDashboard, type DashboardInput } from '../../../../domain/dashboard/dashboard.ts';
import { parcel, project, site, target, upgrade } from './fixtures.ts';

const input: DashboardInput = {
  targets: [
    target('zone-2018-enterprises', { metric: 'new_4plus1_enterprises', value: 60, unit: 'count' }),
    target('belt-2020-output', {
      metric: 'industrial_output',
      value: 200,
      unit: 'yuan_yi',
      scope: 'belt-357',
      year: 2020,
    }),
    target('zc-2018-area', { metric: 'redevelopment_area', value: 130_000, unit: 'm2', scope: 'zichuang' }),
  ],
  projects: [
    project('a', { stage: 'land_acquired', investmentWan: 30_000, keyDates: { signed: '2018-01-10' } }),
    project('b', { stage: 'signed', investmentWan: 20_000, targetPlatformId: 'korea-park' }),
  ],
  landTotals: landStateTotals([
    parcel('1', { state: 'ready' }),
    parcel('2', { state: 'listed', platformId: 'korea-park' }),
  ]),
  redevelopment: [
    site('s1', { completedAreaM2: 3_000 }),
    site('s2', { platformId: 'belt-357', completedAreaM2: 9_000 }),
  ],
  techUpgrades: [upgrade('u1')],
  platformIds: ['belt-357', 'korea-park', 'zichuang'],
};

describe('buildDashboard', () => {
  it('computes every target, the standing of each platform with a target, and the 三旧 tracker', () => {
    const d = buildDashboard(input, '2018-03-09', null);
    expect(d.targets.map((t) => t.targetId)).toEqual([
      'zc-2018-area',
      'zone-2018-enterprises',
      'belt-2020-output',
    ]);
    expect(d.platforms.map((p) => [p.platformId, p.signed.count, p.withLand.count])).toEqual([
      ['belt-357', 1, 1],
      ['zichuang', 0, 0],
    ]);
    expect(d.redevelopment).toHaveLength(1);
    expect(d.redevelopment[0]?.rows.map((r) => r.siteId)).toEqual(['s1']);
    // The zone-wide chart shows the 自创区 target's sites and target, not the belt's site.
    expect(d.charts.redevelopment.targetM2).toBe(130_000);
    expect(d.charts.redevelopment.data.reduce((a, x) => a + x.completedAreaM2, 0)).toBe(3_000);
  });

  it('filters charts to a platform and drops targets of other platforms from the 三旧 chart and tracker', () => {
    const d = buildDashboard(input, '2018-03-09', 'korea-park');
    expect(d.charts.landByState.every((x) => x.platformId === 'korea-park')).toBe(true);
    expect(d.charts.investmentByIndustry.reduce((a, x) => a + x.investmentWan, 0)).toBe(20_000);
    expect(d.charts.redevelopment.targetM2).toBeNull();
    expect(d.redevelopment).toEqual([]);
    // Target cards are not filtered: a leader still sees every target.
    expect(d.targets).toHaveLength(3);
  });
});
