import { describe, expect, it } from 'vitest';
import {
  investmentBarFilters,
  landBarFilters,
} from '../../../../../client/features/dashboard/chart-filters.ts';
import { EMPTY_FILTERS } from '../../../../../client/state/url-state.ts';

describe('overview chart click → parcel filters', () => {
  it('a land bar replaces an earlier industry click instead of AND-ing with it', () => {
    const afterIndustry = investmentBarFilters(null, 'beidou');
    expect(afterIndustry).toEqual({ ...EMPTY_FILTERS, industry: 'beidou' });
    const afterLand = landBarFilters('belt-357', 'planned');
    expect(afterLand).toEqual({ ...EMPTY_FILTERS, platform: 'belt-357', states: ['planned'] });
    expect(afterLand.industry).toBeNull();
  });

  it('an industry bar keeps the platform the chart is scoped to and drops states, land use and area', () => {
    expect(investmentBarFilters('belt-357', 'beidou')).toEqual({
      ...EMPTY_FILTERS,
      platform: 'belt-357',
      industry: 'beidou',
    });
  });
});
