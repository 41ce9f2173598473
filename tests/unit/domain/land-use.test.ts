import { describe, expect, it } from 'vitest';
import { LAND_USES } from '../../../domain/enums.ts';
import { isIndustrialLandUse, landUseFamily, normalizeLandUse } from '../../../domain/land-use.ts';

describe('normalizeLandUse', () => {
  it('maps legacy letters to the national codes', () => {
    expect(normalizeLandUse('M1')).toBe('100101');
    expect(normalizeLandUse('m2')).toBe('100102');
    expect(normalizeLandUse(' M3 ')).toBe('100103');
    expect(normalizeLandUse('W')).toBe('1101');
    // W1/W2/W3 are the classes of 1101 物流仓储用地, 110101–110103.
    expect(normalizeLandUse('W1')).toBe('110101');
    expect(normalizeLandUse('w2')).toBe('110102');
    expect(normalizeLandUse('W3')).toBe('110103');
    expect(normalizeLandUse('B1')).toBe('0901');
    expect(normalizeLandUse('m0')).toBe('M0');
  });

  it('accepts the current codes as they are and rejects unknown ones', () => {
    for (const lu of LAND_USES) expect(normalizeLandUse(lu)).toBe(lu);
    expect(normalizeLandUse('R2')).toBeNull();
    expect(normalizeLandUse('')).toBeNull();
    expect(normalizeLandUse('100104')).toBeNull();
  });
});

describe('families', () => {
  it('M0 is industrial land for the grant rules (Guangdong practice) but keeps its own family for filters', () => {
    expect(LAND_USES.filter(isIndustrialLandUse)).toEqual(['1001', '100101', '100102', '100103', 'M0']);
    expect(landUseFamily('100102')).toBe('1001');
    expect(landUseFamily('M0')).toBe('M0');
    expect(landUseFamily('1101')).toBe('1101');
    expect(landUseFamily('110103')).toBe('1101');
    expect(landUseFamily('0802')).toBe('0802');
  });
});
