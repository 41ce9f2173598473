import { describe, expect, it } from 'vitest';
import { fourSides } from '../../../domain/four-sides.ts';
import type { AreaGeometry } from '../../../domain/schemas.ts';

// About 102 m × 111 m per 0.001° at 23°N.
const box = (w: number, s: number, e: number, n: number): AreaGeometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});
const self = box(114.2, 23.0, 114.202, 23.002);

describe('fourSides (四至)', () => {
  it('adjoining parcel to the north, one across a ≈ 31 m street to the east, a road to the south, nothing west', () => {
    const sides = fourSides(
      self,
      [
        { code: 'N1', geometry: box(114.2, 23.002, 114.202, 23.004) },
        { code: 'E1', geometry: box(114.2023, 23.0, 114.204, 23.002) },
        { code: 'W-far', geometry: box(114.196, 23.0, 114.198, 23.002) },
      ],
      [
        {
          nameZh: '惠南大道',
          geometry: {
            type: 'LineString',
            coordinates: [
              [114.19, 22.9995],
              [114.21, 22.9995],
            ],
          },
        },
      ],
    );
    expect(sides.north).toEqual({ kind: 'parcel', code: 'N1', distanceM: 0 });
    expect(sides.east).toMatchObject({ kind: 'parcel', code: 'E1' });
    if (sides.east.kind === 'parcel') expect(sides.east.distanceM).toBeCloseTo(30.7, 0);
    expect(sides.south).toMatchObject({ kind: 'road', name: '惠南大道' });
    if (sides.south.kind === 'road') expect(sides.south.distanceM).toBeCloseTo(55.7, 0);
    expect(sides.west).toEqual({ kind: 'none' });
  });
});
