import { describe, expect, it } from 'vitest';
import { filterSummary } from '../../../../../client/features/dashboard/ActiveFilterChip.tsx';
import { countWithUnit } from '../../../../../client/features/dashboard/charts/options.ts';
import { isProjected } from '../../../../../client/features/dashboard/use-ref-date.ts';
import { EMPTY_FILTERS } from '../../../../../client/state/url-state.ts';

describe('reference date honesty (issue 17)', () => {
  it('a reference date after the data’s as-of date is projected; on or before it is not', () => {
    expect(isProjected('2030-01-01', '2018-03-09')).toBe(true);
    expect(isProjected('2018-03-10', '2018-03-09')).toBe(true);
    expect(isProjected('2018-03-09', '2018-03-09')).toBe(false);
    expect(isProjected('2017-12-31', '2018-03-09')).toBe(false);
    expect(isProjected(null, '2018-03-09')).toBe(false);
    expect(isProjected('2030-01-01', null)).toBe(false);
  });

  it('chart tooltips carry a unit with every count', () => {
    expect(countWithUnit(50, 'parcel', 'zh-CN')).toBe('50 块');
    expect(countWithUnit(1, 'parcel', 'en')).toBe('1 parcel');
    expect(countWithUnit(1234, 'project', 'en')).toBe('1,234 projects');
    expect(countWithUnit(12, 'project', 'zh-CN')).toBe('12 个项目');
  });

  it('the overview filter chip names every active filter', () => {
    const f = {
      ...EMPTY_FILTERS,
      platform: 'belt-357',
      states: ['ready' as const, 'listed' as const],
      industry: 'laser' as const,
    };
    const name = (id: string) => (id === 'belt-357' ? '357创新产业带' : id);
    expect(filterSummary(f, 'zh-CN', name, (a, b) => `${a}–${b} 亩`)).toBe(
      '357创新产业带 · 净地可供、挂牌 · 激光',
    );
    expect(filterSummary({ ...EMPTY_FILTERS, minMu: 50 }, 'en', name, (a, b) => `${a}–${b} mu`)).toBe(
      '50–∞ mu',
    );
  });
});
