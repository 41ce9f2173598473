/**
 * Gross totals do not net: a hand-made zone of three platforms — A short 100 亩, B short 50 亩, C with a
 * surplus of 30 亩. Netting would report 120 亩 short; the platforms that are short lack 150 亩.
 */
import { describe, expect, it } from 'vitest';
import type { Demand, DemandItem } from '../../../../domain/land-balance/demand.ts';
import { computeShortfall } from '../../../../domain/land-balance/shortfall.ts';
import type { Supply, SupplyItem } from '../../../../domain/land-balance/supply.ts';
import type { Platform } from '../../../../domain/schemas.ts';

const platform = (id: string, focusIndustries: Platform['focusIndustries']): Platform => ({
  id,
  nameZh: id,
  nameEn: id,
  kind: 'industrial_park',
  focusIndustries,
  towns: [],
  areaM2: 0,
});

const need = (projectId: string, platformId: string, landMu: number, quarter: string): DemandItem => ({
  projectId,
  name: projectId,
  stage: 'signed',
  industry: 'laser',
  platformId,
  landMu,
  floorM2: 0,
  investmentWan: 0,
  neededBy: `${quarter.slice(0, 4)}-0${Number(quarter.slice(5)) * 3}-01`,
  assumedNow: false,
  quarter,
});
const land = (id: string, platformId: string, landMu: number, quarter: string): SupplyItem => ({
  source: 'available',
  id,
  platformId,
  landUse: '1001',
  landMu,
  floorM2: 0,
  availableFrom: '2018-03-09',
  quarter,
});

// A: demand 160, supply 60 → short 100 (2018Q1 demand, 2018Q2 more demand)
// B: demand 80, supply 30 → short 50
// C: demand 20, supply 50 → surplus 30
const items = [
  need('a1', 'A', 120, '2018Q1'),
  need('a2', 'A', 40, '2018Q2'),
  need('b1', 'B', 80, '2018Q2'),
  need('c1', 'C', 20, '2018Q1'),
];
const demand: Demand = { items, total: { landMu: 260, floorM2: 0 }, excluded: [] };
const supply: Supply = {
  items: [land('pa', 'A', 60, '2018Q1'), land('pb', 'B', 30, '2018Q1'), land('pc', 'C', 50, '2018Q1')],
  rows: [],
  total: { landMu: 140, floorM2: 0 },
  excluded: [],
};

describe('computeShortfall gross totals (no netting across platforms)', () => {
  const s = computeShortfall(demand, supply, [
    platform('A', ['laser']),
    platform('B', []),
    platform('C', []),
  ]);

  it('labels each platform short or surplus, never both', () => {
    const row = (id: string) => s.byPlatform.find((r) => r.platformId === id)!;
    expect([row('A').shortageMu, row('A').surplusMu]).toEqual([100, 0]);
    expect([row('B').shortageMu, row('B').surplusMu]).toEqual([50, 0]);
    expect([row('C').shortageMu, row('C').surplusMu]).toEqual([0, 30]);
  });

  it('zone line: gross shortage 150, gross surplus 30, net 120 (named apart)', () => {
    expect(s.total.grossShortageMu).toBe(150);
    expect(s.total.grossSurplusMu).toBe(30);
    expect(s.total.netMu).toBe(120);
    expect(s.total.shortfallMu).toBe(120);
    expect([s.total.rowsShort, s.total.rowsSurplus]).toEqual([2, 1]);
  });

  it('quarters: 2018Q1 demand 140 vs supply 140 (neither), 2018Q2 short 120', () => {
    expect(s.byQuarter.map((q) => [q.quarter, q.shortageMu, q.surplusMu])).toEqual([
      ['2018Q1', 0, 0],
      ['2018Q2', 120, 0],
    ]);
    expect(s.quarterTotals).toMatchObject({ grossShortageMu: 120, grossSurplusMu: 0, netMu: 120 });
  });

  it('industries: 激光 is short 120 zone-wide, but its platforms short for it lack 150 (not netted)', () => {
    const laser = s.byIndustry.find((r) => r.industry === 'laser')!;
    expect([laser.shortageMu, laser.surplusMu]).toEqual([120, 0]);
    expect(laser.gross).toMatchObject({ grossShortageMu: 150, grossSurplusMu: 30, netMu: 120 });
    expect(
      s.byPlatformIndustry
        .filter((c) => c.industry === 'laser')
        .map((c) => [c.platformId, c.shortageMu, c.surplusMu]),
    ).toEqual([
      ['A', 100, 0],
      ['B', 50, 0],
      ['C', 0, 30],
    ]);
    // Other industries have no demand here: only surplus cells, so the shortage over all cells is 激光's.
    expect(s.industryTotals.grossShortageMu).toBe(150);
    expect(s.industryTotals.rowsShort).toBe(2);
  });
});
