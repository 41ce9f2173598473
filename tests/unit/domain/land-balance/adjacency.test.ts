/** Shared-edge adjacency: a common segment of positive length, not a point; robust to 1e-7° noise. */
import { describe, expect, it } from 'vitest';
import { findAdjacentPairs, sharedBoundaryM } from '../../../../domain/land-balance/index.ts';
import type { AreaGeometry } from '../../../../domain/schemas.ts';

const rect = (x0: number, y0: number, x1: number, y1: number): AreaGeometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});

describe('adjacency', () => {
  it('two rectangles sharing a side are adjacent; the shared length is the side (≈ 221 m for 0.002° lat)', () => {
    const a = rect(114.2, 23.0, 114.202, 23.002);
    const b = rect(114.202, 23.0, 114.204, 23.002);
    expect(findAdjacentPairs([a, b])).toEqual([[0, 1]]);
    expect(sharedBoundaryM(a, b)).toBeGreaterThan(220);
    expect(sharedBoundaryM(a, b)).toBeLessThan(223);
  });

  it('touching only at a corner is not adjacency', () => {
    const a = rect(114.2, 23.0, 114.202, 23.002);
    const c = rect(114.202, 23.002, 114.204, 23.004);
    expect(findAdjacentPairs([a, c])).toEqual([]);
    expect(sharedBoundaryM(a, c)).toBe(0);
  });

  it('a T-junction: one long parcel beside two short ones is adjacent to both', () => {
    const long = rect(114.2, 23.0, 114.202, 23.004);
    const s1 = rect(114.202, 23.0, 114.204, 23.002);
    const s2 = rect(114.202, 23.002, 114.204, 23.004);
    expect(findAdjacentPairs([long, s1, s2])).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });

  it('tolerates 1e-7° noise on shared vertices, and a 2e-5° gap (≈ 2 m) separates', () => {
    const a = rect(114.2, 23.0, 114.202, 23.002);
    const noisy = rect(114.2020001, 22.9999999, 114.204, 23.0020001);
    const apart = rect(114.20202, 23.0, 114.204, 23.002);
    expect(findAdjacentPairs([a, noisy])).toEqual([[0, 1]]);
    expect(findAdjacentPairs([a, apart])).toEqual([]);
  });

  it('a shared stretch shorter than 1 m does not count', () => {
    const a = rect(114.2, 23.0, 114.202, 23.002);
    // b's left side overlaps a's right side over 0.000005° ≈ 0.55 m only.
    const b = rect(114.202, 23.001995, 114.204, 23.004);
    expect(sharedBoundaryM(a, b)).toBeLessThan(1);
    expect(findAdjacentPairs([a, b])).toEqual([]);
  });

  it('works on MultiPolygons and respects the grouping predicate', () => {
    const a: AreaGeometry = {
      type: 'MultiPolygon',
      coordinates: [
        rect(114.3, 23.0, 114.301, 23.001).coordinates as number[][][],
        rect(114.2, 23.0, 114.202, 23.002).coordinates as number[][][],
      ],
    };
    const b = rect(114.202, 23.0, 114.204, 23.002);
    expect(findAdjacentPairs([a, b])).toEqual([[0, 1]]);
    expect(findAdjacentPairs([a, b], {}, () => false)).toEqual([]);
  });

  it('finds every shared edge of a 30 × 30 grid (2 × 30 × 29 pairs) and no diagonal', () => {
    const geoms: AreaGeometry[] = [];
    for (let r = 0; r < 30; r++)
      for (let c = 0; c < 30; c++)
        geoms.push(rect(114.2 + c * 0.001, 23 + r * 0.001, 114.201 + c * 0.001, 23.001 + r * 0.001));
    const pairs = findAdjacentPairs(geoms);
    expect(pairs.length).toBe(2 * 30 * 29);
    expect(pairs.every(([i, j]) => j - i === 1 || j - i === 30)).toBe(true);
  });
});
