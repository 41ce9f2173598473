import { describe, expect, it } from 'vitest';
import { redevelopmentTracker } from '../../../../domain/dashboard/redevelopment-tracker.ts';
import { site } from './fixtures.ts';

const sites = [
  site('late', {
    areaM2: 60_000,
    completedAreaM2: 10_000,
    expectedCompletion: '2018-11-15',
    stage: 'construction',
  }),
  site('done', {
    areaM2: 40_000,
    completedAreaM2: 40_000,
    expectedCompletion: '2018-02-28',
    stage: 'completed',
  }),
  site('mid', {
    areaM2: 20_000,
    completedAreaM2: 0,
    expectedCompletion: '2018-06-30',
    floorSpaceM2: 50_000,
    landOutputM2: 8_000,
  }),
  site('next-year', { targetYear: 2019, areaM2: 99_000 }),
];

describe('三旧 tracker', () => {
  const t = redevelopmentTracker(sites, { year: 2018, targetM2: 130_000, refDate: '2018-03-09' });

  it('lists the year’s sites by expected completion with their share done and totals', () => {
    expect(t.rows.map((r) => r.siteId)).toEqual(['done', 'mid', 'late']);
    expect(t.rows[2]?.completedShare).toBeCloseTo(1 / 6);
    expect(t.totals).toEqual({
      areaM2: 120_000,
      completedAreaM2: 50_000,
      floorSpaceM2: 100_000,
      landOutputM2: 8_000,
    });
  });

  it('burns the target down: ideal evenly, planned by expected completion, actual at the reference month', () => {
    const b = t.burnDown;
    expect(b?.labels).toEqual([
      'start',
      ...Array.from({ length: 12 }, (_, i) => `2018-${String(i + 1).padStart(2, '0')}`),
    ]);
    expect(b?.ideal[0]).toBe(130_000);
    expect(b?.ideal[6]).toBeCloseTo(65_000);
    expect(b?.ideal[12]).toBeCloseTo(0);
    // February: 'done' (40,000); June: + 'mid' (20,000); November: + 'late' (60,000) → 10,000 short at year end.
    expect(b?.planned.slice(1, 13)).toEqual([
      130_000, 90_000, 90_000, 90_000, 90_000, 70_000, 70_000, 70_000, 70_000, 70_000, 10_000, 10_000,
    ]);
    expect(b?.actual[0]).toBe(130_000);
    expect(b?.actual[3]).toBe(80_000);
    expect(b?.actual.filter((v) => v != null)).toHaveLength(2);
  });

  it('puts the actual point at December once the year is over, and shows none before it starts', () => {
    const after = redevelopmentTracker(sites, { year: 2018, targetM2: 130_000, refDate: '2019-02-01' });
    expect(after.burnDown?.actual[12]).toBe(80_000);
    const before = redevelopmentTracker(sites, { year: 2018, targetM2: 130_000, refDate: '2017-12-01' });
    expect(before.burnDown?.actual.every((v) => v == null)).toBe(true);
  });

  it('has no burn-down without a target and follows a platform filter', () => {
    expect(
      redevelopmentTracker(sites, { year: 2018, targetM2: null, refDate: '2018-03-09' }).burnDown,
    ).toBeNull();
    expect(
      redevelopmentTracker(sites, { year: 2018, targetM2: 1, refDate: '2018-03-09', platformId: 'belt-357' })
        .rows,
    ).toEqual([]);
  });
});
