/**
 * The UI's parcel filters as a maplibre filter expression, evaluated by maplibre's own style-spec evaluator
 * (`featureFilter`) on literal tile features — the oracle is which literal features a planner expects to see.
 */
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { landUsesSelected, parcelFilterExpression } from '../../../../client/map/parcel-filter-expression.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../client/state/url-state.ts';

/** Tile features as the parcel tiles carry them (no `industries` without a project: MVT has no null). */
const FEATURES: Record<string, Record<string, string | number>> = {
  a: { platformId: 'belt-357', state: 'ready', landUse: '100101', areaMu: 50, industries: ',laser,' },
  b: {
    platformId: 'belt-357',
    state: 'listed',
    landUse: '1001',
    areaMu: 120.5,
    industries: ',ai,semiconductor,',
  },
  c: { platformId: 'huinan', state: 'ready', landUse: '0901', areaMu: 20 },
  d: { platformId: 'huinan', state: 'producing', landUse: 'M0', areaMu: 300, industries: ',ai,' },
};

/** Ids of the FEATURES the filter of `f` keeps, evaluated by maplibre's style-spec. */
function kept(f: Partial<Filters>): string[] {
  const filter = featureFilter(parcelFilterExpression({ ...EMPTY_FILTERS, ...f }), 'layers[0].filter');
  return Object.entries(FEATURES)
    .filter(([, properties]) =>
      filter.filter({ zoom: 14 }, { type: 3, properties, id: 0, geometry: [] } as never),
    )
    .map(([id]) => id);
}

describe('parcel filter expression', () => {
  it('keeps everything without filters (the literal `true`)', () => {
    expect(parcelFilterExpression(EMPTY_FILTERS)).toBe(true);
    expect(kept({})).toEqual(['a', 'b', 'c', 'd']);
  });

  it('filters by platform, by any of several states and by both (AND)', () => {
    expect(kept({ platform: 'belt-357' })).toEqual(['a', 'b']);
    expect(kept({ states: ['ready', 'producing'] })).toEqual(['a', 'c', 'd']);
    expect(kept({ platform: 'huinan', states: ['ready'] })).toEqual(['c']);
  });

  it('a level-2 land use selects its family (1001 → 100101…), a level-3 code itself, M0 its own', () => {
    expect(landUsesSelected('1001')).toEqual(['1001', '100101', '100102', '100103']);
    expect(kept({ landUse: '1001' })).toEqual(['a', 'b']);
    expect(kept({ landUse: '100101' })).toEqual(['a']);
    expect(kept({ landUse: 'M0' })).toEqual(['d']);
  });

  it('the area range in 亩 includes both ends', () => {
    expect(kept({ minMu: 50 })).toEqual(['a', 'b', 'd']);
    expect(kept({ maxMu: 50 })).toEqual(['a', 'c']);
    expect(kept({ minMu: 50, maxMu: 120.5 })).toEqual(['a', 'b']);
  });

  it('an industry matches any holding project; parcels without a project never match', () => {
    expect(kept({ industry: 'ai' })).toEqual(['b', 'd']);
    expect(kept({ industry: 'laser' })).toEqual(['a']);
    expect(kept({ industry: 'beidou' })).toEqual([]);
  });

  it('is the literal expression for a combined filter', () => {
    expect(
      parcelFilterExpression({ ...EMPTY_FILTERS, platform: 'belt-357', minMu: 10, industry: 'ai' }),
    ).toEqual([
      'all',
      ['==', ['get', 'platformId'], 'belt-357'],
      ['>=', ['to-number', ['get', 'areaMu']], 10],
      ['in', ',ai,', ['coalesce', ['get', 'industries'], '']],
    ]);
  });
});
