import { describe, expect, it } from 'vitest';
import { legendRows } from '../../../../../client/features/legend/legend-tally.ts';
import { themeClasses } from '../../../../../client/map/parcel-theme.ts';

describe('legend tally', () => {
  it('tallies count and 亩 per class, keeping empty classes', () => {
    const features = [
      { properties: { state: 'ready', industry: 'laser', areaMu: 10 } },
      { properties: { state: 'ready', industry: null, areaMu: 5.5 } },
      { properties: { state: 'listed', industry: 'laser', areaMu: 2 } },
    ];
    const byState = legendRows(features, 'state', themeClasses('state', []));
    expect(byState.find((r) => r.key === 'ready')).toMatchObject({ count: 2, areaMu: 15.5 });
    expect(byState.find((r) => r.key === 'listed')).toMatchObject({ count: 1, areaMu: 2 });
    expect(byState.find((r) => r.key === 'planned')).toMatchObject({ count: 0, areaMu: 0 });
    const byIndustry = legendRows(features, 'industry', themeClasses('industry', []));
    expect(byIndustry.find((r) => r.key === 'none')).toMatchObject({ count: 1, areaMu: 5.5 });
  });
});
