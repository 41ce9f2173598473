import { booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoints } from '../../../../client/map/label-points.ts';

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
