import { describe, expect, it } from 'vitest';
import { INDUSTRIES, LAND_STATES, LAND_USES, PROJECT_STAGES } from '../../../domain/enums.ts';
import {
  formatArea,
  formatDate,
  formatIntensity,
  formatKm2,
  formatM2,
  formatMoneyWan,
  formatMu,
  formatNumber,
  joinClauses,
  labelOf,
} from '../../../domain/format.ts';
import { muToM2 } from '../../../domain/units.ts';

describe('numbers and areas', () => {
  it('groups thousands and fixes decimals', () => {
    expect(formatNumber(1234567.891, 'zh-CN')).toBe('1,234,568');
    expect(formatNumber(1234567.891, 'en', 2)).toBe('1,234,567.89');
    expect(formatNumber(-0.2, 'en')).toBe('0');
    expect(formatNumber(Number.NaN, 'en')).toBe('—');
    expect(formatNumber(null, 'zh-CN')).toBe('—');
  });

  it('shows ㎡ and 亩 in both languages', () => {
    const m2 = muToM2(20); // 13,333.33 ㎡
    expect(formatM2(m2, 'zh-CN')).toBe('13,333 ㎡');
    expect(formatM2(m2, 'en')).toBe('13,333 m²');
    expect(formatMu(20, 'zh-CN')).toBe('20.0 亩');
    expect(formatMu(20, 'en')).toBe('20.0 mu');
    expect(formatArea(m2, 'zh-CN')).toBe('13,333 ㎡（20.0 亩）');
    expect(formatArea(m2, 'en')).toBe('13,333 m² (20.0 mu)');
    expect(formatArea(Number.POSITIVE_INFINITY, 'en')).toBe('—');
  });

  it('shows km² with two decimals', () => {
    expect(formatKm2(29.846, 'zh-CN')).toBe('29.85 平方公里');
    expect(formatKm2(29.846, 'en')).toBe('29.85 km²');
  });
});

describe('money', () => {
  it('zh: 万元 below 1 亿, 亿元 from 10,000 万', () => {
    expect(formatMoneyWan(3500, 'zh-CN')).toBe('3,500 万元');
    expect(formatMoneyWan(9999, 'zh-CN')).toBe('9,999 万元');
    expect(formatMoneyWan(9999.7, 'zh-CN')).toBe('1.00 亿元'); // would round to 10,000 万元
    expect(formatMoneyWan(-3500, 'zh-CN')).toBe('-3,500 万元');
    expect(formatMoneyWan(10000, 'zh-CN')).toBe('1.00 亿元');
    expect(formatMoneyWan(15600, 'zh-CN')).toBe('1.56 亿元');
    expect(formatMoneyWan(1_560_000, 'zh-CN')).toBe('156.00 亿元');
  });

  it('en: million yuan below 1 bn yuan (1 万 = 10,000 yuan; 1 亿 = 100 M)', () => {
    expect(formatMoneyWan(3500, 'en')).toBe('RMB 35.0 M');
    expect(formatMoneyWan(15600, 'en')).toBe('RMB 156.0 M');
    expect(formatMoneyWan(99_940, 'en')).toBe('RMB 999.4 M');
    expect(formatMoneyWan(99_999, 'en')).toBe('RMB 1.00 bn'); // rounds to 1,000.0 M, so shown in bn
    expect(formatMoneyWan(100_000, 'en')).toBe('RMB 1.00 bn'); // 10 亿元
    expect(formatMoneyWan(390_000, 'en')).toBe('RMB 3.90 bn'); // 39 亿元
    expect(formatMoneyWan(1_560_000, 'en')).toBe('RMB 15.60 bn'); // 156 亿元
  });

  it('en: below RMB 1 M in thousands, never "RMB 0.0 M" (issue 17)', () => {
    expect(formatMoneyWan(3, 'en')).toBe('RMB 30k'); // 3 万元 = 30,000 yuan
    expect(formatMoneyWan(0, 'en')).toBe('RMB 0');
    expect(formatMoneyWan(99.9, 'en')).toBe('RMB 999k');
    expect(formatMoneyWan(99.96, 'en')).toBe('RMB 1.0 M'); // rounds to 1,000k, so shown in M
    expect(formatMoneyWan(100, 'en')).toBe('RMB 1.0 M');
  });

  it('joins reasons with the full-width mark in Chinese and "; " in English', () => {
    expect(joinClauses(['面积不足', '用途不符'], 'zh-CN')).toBe('面积不足；用途不符');
    expect(joinClauses(['area too small', 'land use does not fit'], 'en')).toBe(
      'area too small; land use does not fit',
    );
  });

  it('investment intensity in 万元/亩 and million yuan per mu', () => {
    expect(formatIntensity(350, 'zh-CN')).toBe('350 万元/亩');
    expect(formatIntensity(350, 'en')).toBe('RMB 3.50 M/mu');
    expect(formatIntensity(null, 'en')).toBe('—');
  });
});

describe('dates', () => {
  it('formats the as-of date in both languages', () => {
    expect(formatDate('2018-03-09', 'zh-CN')).toBe('2018年3月9日');
    expect(formatDate('2018-03-09', 'en')).toBe('9 Mar 2018');
    expect(formatDate('2018-09-30', 'en')).toBe('30 Sep 2018');
    expect(formatDate(null, 'zh-CN')).toBe('—');
  });
});

describe('labelOf', () => {
  it('gives the Chinese and English labels', () => {
    expect(labelOf('landState', 'ready', 'zh-CN')).toBe('净地可供');
    expect(labelOf('landState', 'ready', 'en')).toBe('Ready (serviced)');
    expect(labelOf('industry', 'beidou', 'en')).toBe('BeiDou navigation');
    expect(labelOf('industry', 'bigdata_iot', 'zh-CN')).toBe('大数据与物联网');
    expect(labelOf('projectStage', 'approved', 'zh-CN')).toBe('过会');
    expect(labelOf('redevelopmentMode', 'industrial_to_tech', 'zh-CN')).toBe('工改科');
    expect(labelOf('landUse', '100101', 'en')).toBe('Industrial, class 1');
    expect(labelOf('origin', 'shenzhen', 'en')).toBe('Shenzhen');
    expect(labelOf('platformKind', 'demonstration_zone', 'zh-CN')).toBe('自主创新示范区');
  });

  it('has a distinct, non-empty English label for every value', () => {
    const lists = [
      LAND_STATES.map((k) => labelOf('landState', k, 'en')),
      PROJECT_STAGES.map((k) => labelOf('projectStage', k, 'en')),
      INDUSTRIES.map((k) => labelOf('industry', k, 'en')),
      LAND_USES.map((k) => labelOf('landUse', k, 'en')),
    ];
    for (const labels of lists) {
      // A raw key (e.g. `bigdata_iot`) would mean a missing label.
      expect(labels.filter((l) => l.length === 0 || /^[a-z0-9_]+$/.test(l))).toEqual([]);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });
});
