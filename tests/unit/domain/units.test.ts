import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { M2_PER_MU, m2ToHa, m2ToKm2, m2ToMu, muToM2, WAN_PER_YI } from '../../../domain/units.ts';

describe('area units', () => {
  it('1 亩 = 10000/15 ㎡ ≈ 666.67 ㎡', () => {
    expect(M2_PER_MU).toBeCloseTo(666.6667, 4);
    expect(muToM2(1)).toBeCloseTo(666.67, 2);
    expect(m2ToMu(10000)).toBe(15);
    expect(m2ToMu(13333.333333)).toBeCloseTo(20, 6);
  });

  it('1 ha = 15 亩; 1 km² = 1500 亩 = 1,000,000 ㎡ (the 357 belt ≈ 30 km² ≈ 45,000 亩)', () => {
    expect(m2ToMu(10_000)).toBe(15);
    expect(m2ToHa(25_000)).toBe(2.5);
    expect(m2ToMu(1_000_000)).toBe(1500);
    expect(m2ToMu(30_000_000)).toBe(45000);
    expect(m2ToKm2(30_000_000)).toBe(30);
  });

  it('round-trips ㎡ ↔ 亩 within float precision', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), (m2) => {
        const tol = Math.max(1e-9, m2 * 1e-12);
        expect(Math.abs(muToM2(m2ToMu(m2)) - m2)).toBeLessThanOrEqual(tol);
      }),
    );
  });
});

describe('money units', () => {
  it('1 亿 = 10,000 万', () => {
    expect(WAN_PER_YI).toBe(10000);
  });
});
