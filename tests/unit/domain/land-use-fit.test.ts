import { describe, expect, it } from 'vitest';
import { checkLandUseFit, landUseFits } from '../../../domain/land-use-fit.ts';

describe('land use ↔ industry (城市房地产管理法 第十八条: the grant fixes the use)', () => {
  it('flags a manufacturing project on 0901 商业用地, with the reason', () => {
    const r = checkLandUseFit({ industry: 'laser', rdOriented: false }, '0901');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('生产类项目与用地性质「商业用地（0901）」不符');
  });

  it('industrial land fits every project; logistics and commercial land none', () => {
    for (const lu of ['1001', '100101', '100102', '100103'] as const)
      expect(landUseFits({ industry: 'new_energy', rdOriented: false }, lu)).toBe(true);
    for (const lu of ['1101', '110102', '0901'] as const)
      expect(landUseFits({ industry: 'ai', rdOriented: true }, lu)).toBe(false);
  });

  it('M0 admits R&D, pilot and clean production of the 4+1 (Guangdong 新型产业用地), not new-energy equipment', () => {
    expect(landUseFits({ industry: 'semiconductor', rdOriented: false }, 'M0')).toBe(true);
    expect(landUseFits({ industry: 'beidou', rdOriented: false }, 'M0')).toBe(true);
    expect(landUseFits({ industry: 'new_energy', rdOriented: false }, 'M0')).toBe(false);
    expect(landUseFits({ industry: 'new_energy', rdOriented: true }, 'M0')).toBe(true);
  });

  it('0802 科研 admits R&D-type projects only', () => {
    expect(landUseFits({ industry: 'laser', rdOriented: true }, '0802')).toBe(true);
    expect(landUseFits({ industry: 'laser', rdOriented: false }, '0802')).toBe(false);
  });
});
