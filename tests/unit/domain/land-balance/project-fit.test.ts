/** Steps of the fit ranking (domain/land-balance/project-fit.ts) with literal expected values. */
import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../../../domain/land-balance/project-fit.ts';

describe('lowerBound', () => {
  const areas = Float64Array.from([10, 20, 20, 35]);
  it('gives the first position whose area is at least x', () => {
    expect(lowerBound(areas, 5)).toBe(0);
    expect(lowerBound(areas, 10)).toBe(0);
    expect(lowerBound(areas, 15)).toBe(1);
    expect(lowerBound(areas, 20)).toBe(1);
    expect(lowerBound(areas, 35)).toBe(3);
    expect(lowerBound(areas, 36)).toBe(4);
    expect(lowerBound(new Float64Array(0), 1)).toBe(0);
  });
});
