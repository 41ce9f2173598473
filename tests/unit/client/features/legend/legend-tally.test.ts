import { describe, expect, it } from 'vitest';
import { legendRows } from '../../../../../client/features/legend/legend-tally.ts';
import { themeClasses } from '../../../../../client/map/parcel-theme.ts';

describe('legend tally', () => {
  it('puts the API tallies on the theme classes in their order, keeping empty classes', () => {
    const groups = [
      { key: 'listed', count: 1, areaMu: 2 },
      { key: 'ready', count: 2, areaMu: 15.5 },
    ];
    const byState = legendRows(groups, themeClasses('state', []));
    expect(byState.map((r) => r.key)).toEqual([
      'planned',
      'reserve',
      'ready',
      'listed',
      'transferred',
      'delivered',
      'under_construction',
      'completed',
      'producing',
    ]);
    expect(byState.find((r) => r.key === 'ready')).toMatchObject({ count: 2, areaMu: 15.5 });
    expect(byState.find((r) => r.key === 'listed')).toMatchObject({ count: 1, areaMu: 2 });
    expect(byState.find((r) => r.key === 'planned')).toMatchObject({ count: 0, areaMu: 0 });
    const byIndustry = legendRows([{ key: 'none', count: 1, areaMu: 5.5 }], themeClasses('industry', []));
    expect(byIndustry.find((r) => r.key === 'none')).toMatchObject({ count: 1, areaMu: 5.5 });
    // A platform the legend does not know (added since the list loaded) is not drawn as a row.
    expect(legendRows([{ key: 'new', count: 3, areaMu: 1 }], themeClasses('platform', ['a']))).toEqual([
      { key: 'a', color: '#e8590c', count: 0, areaMu: 0 },
    ]);
  });
});
