import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  haToM2,
  haToMu,
  km2ToM2,
  km2ToMu,
  M2_PER_MU,
  m2ToHa,
  m2ToKm2,
  m2ToMu,
  muToHa,
  muToKm2,
  muToM2,
  wanToYi,
  yiToWan,
} from '../../../domain/units.ts';

describe('area units', () => {
  it('1 亩 = 10000/15 ㎡ ≈ 666.67 ㎡', () => {
    expect(M2_PER_MU).toBeCloseTo(666.6667, 4);
    expect(muToM2(1)).toBeCloseTo(666.67, 2);
    expect(m2ToMu(10000)).toBe(15);
    expect(m2ToMu(13333.333333)).toBeCloseTo(20, 6);
  });

  it('1 ha = 15 亩 = 10,000 ㎡', () => {
    expect(haToMu(1)).toBe(15);
    expect(muToHa(15)).toBe(1);
    expect(haToM2(1)).toBe(10000);
    expect(m2ToHa(25000)).toBe(2.5);
    expect(m2ToMu(haToM2(1))).toBe(15);
  });

  it('1 km² = 1500 亩 = 1,000,000 ㎡ (the 357 belt ≈ 30 km² ≈ 45,000 亩)', () => {
    expect(m2ToMu(km2ToM2(1))).toBe(1500);
    expect(km2ToMu(30)).toBe(45000);
    expect(muToKm2(45000)).toBe(30);
    expect(m2ToKm2(30_000_000)).toBe(30);
  });

  it('round-trips ㎡ ↔ 亩 ↔ ha ↔ km² within float precision', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), (m2) => {
        const tol = Math.max(1e-9, m2 * 1e-12);
        expect(Math.abs(muToM2(m2ToMu(m2)) - m2)).toBeLessThanOrEqual(tol);
        expect(Math.abs(haToM2(m2ToHa(m2)) - m2)).toBeLessThanOrEqual(tol);
        expect(Math.abs(km2ToM2(m2ToKm2(m2)) - m2)).toBeLessThanOrEqual(tol);
        expect(Math.abs(muToM2(haToMu(m2ToHa(m2))) - m2)).toBeLessThanOrEqual(tol);
      }),
    );
  });
});

describe('money units', () => {
  it('1 亿 = 10,000 万 (156 亿 = 1,560,000 万)', () => {
    expect(wanToYi(10000)).toBe(1);
    expect(wanToYi(1_560_000)).toBe(156);
    expect(yiToWan(39)).toBe(390_000);
    expect(wanToYi(yiToWan(1.56))).toBeCloseTo(1.56, 12);
  });
});
