import { booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { legendRows } from '../../../client/features/legend/legend-tally.ts';
import { searchItems } from '../../../client/features/search/search-results.ts';
import { labelPoints } from '../../../client/map/label-points.ts';
import { classKeyOf, fillColorExpression, themeClasses } from '../../../client/map/parcel-theme.ts';

const square = (x: number, y: number, d = 0.01): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ],
  ],
});

describe('parcel themes and legend', () => {
  it('paints every class of a theme and greys unknown values', () => {
    const classes = themeClasses('state', []);
    expect(classes.map((c) => c.key)).toEqual([
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
    const expr = fillColorExpression('state', classes) as unknown[];
    expect(expr[0]).toBe('match');
    expect(expr.at(-1)).toBe('#adb5bd');
    expect(themeClasses('platform', ['a', 'b']).map((c) => c.key)).toEqual(['a', 'b']);
  });

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
    expect(classKeyOf({ industry: '' }, 'industry')).toBe('none');
  });
});

describe('label points', () => {
  it('gives one point per parcel, inside it, also for a concave L-shape', () => {
    const lShape: Geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 1],
          [1, 1],
          [1, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    };
    const fc: FeatureCollection<Geometry, { id: string; code: string }> = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: square(114, 23), properties: { id: 'a', code: 'A' } },
        { type: 'Feature', geometry: lShape, properties: { id: 'b', code: 'B' } },
      ],
    };
    const pts = labelPoints(fc, (p) => ({ code: p.code }));
    expect(pts.features.map((f) => f.properties?.code)).toEqual(['A', 'B']);
    fc.features.forEach((f, i) => {
      const pt = pts.features[i]!.geometry.coordinates;
      expect(booleanPointInPolygon(pt, f.geometry as never)).toBe(true);
    });
  });
});

describe('search results', () => {
  it('lists parcels, then projects (to their parcel or target platform), then enterprises', () => {
    const items = searchItems(
      {
        parcels: [{ id: 'p1', code: 'ZK-1', platformId: 'belt-357' }],
        projects: [
          { id: 'j1', name: '佰维存储', enterprise: '深圳佰维', targetPlatformId: 'belt-357' },
          { id: 'j2', name: '新项目', enterprise: '某公司', targetPlatformId: 'sino-korea' },
        ],
        enterprises: [{ enterprise: '深圳佰维', projectIds: ['j1'], parcelIds: ['p9'] }],
      },
      { parcelIdsOf: (id) => (id === 'j1' ? ['p9'] : []), platformName: (id) => `平台${id}` },
    );
    expect(items.map((i) => [i.kind, i.primary, i.target])).toEqual([
      ['parcel', 'ZK-1', { kind: 'parcel', id: 'p1' }],
      ['project', '佰维存储', { kind: 'parcel', id: 'p9' }],
      ['project', '新项目', { kind: 'platform', id: 'sino-korea' }],
      ['enterprise', '深圳佰维', { kind: 'parcel', id: 'p9' }],
    ]);
    expect(items[0]?.secondary).toBe('平台belt-357');
  });
});
