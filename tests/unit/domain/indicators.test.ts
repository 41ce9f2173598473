import { describe, expect, it } from 'vitest';
import { intensityYuanPerM2, investmentIntensity } from '../../../domain/indicators.ts';

describe('investmentIntensity (工业项目建设用地控制指标, 国土资发〔2008〕24号: fixed-asset investment ÷ site area)', () => {
  it('divides 万元 by 亩', () => {
    expect(investmentIntensity(35000, 100)).toBe(350);
    expect(investmentIntensity(0, 50)).toBe(0);
  });
  it('is null without a positive area', () => {
    expect(investmentIntensity(35000, 0)).toBeNull();
    expect(investmentIntensity(35000, -5)).toBeNull();
    expect(investmentIntensity(35000, Number.NaN)).toBeNull();
  });
  it('converts 万元/亩 to 元/㎡ (Guangdong notices): 300 万元/亩 = 4,500 元/㎡', () => {
    expect(intensityYuanPerM2(300)).toBeCloseTo(4500, 9);
    expect(intensityYuanPerM2(null)).toBeNull();
  });
});
