/**
 * The platform × industry matrix: columns only for industries with demand (one under the industry filter),
 * cells labelled by side, and row / column gross figures that never net a shortage against a surplus.
 */
import { describe, expect, it } from 'vitest';
import { industryMatrix } from '../../../../../client/features/land-balance/industry-matrix.ts';

const cell = (platformId: string, industry: string, demandMu: number, supplyMu: number) =>
  ({ platformId, industry, demandMu, supplyMu }) as Parameters<typeof industryMatrix>[0][number];

const cells = [
  cell('a', 'laser', 100, 40),
  cell('a', 'semiconductor', 0, 40),
  cell('a', 'beidou', 10, 40),
  cell('b', 'laser', 20, 50),
  cell('b', 'beidou', 0, 50),
  cell('b', 'semiconductor', 0, 50),
];

describe('industryMatrix', () => {
  it('keeps industries with demand, in the fixed industry order', () => {
    const m = industryMatrix(cells, ['b', 'a']);
    expect(m.industries).toEqual(['beidou', 'laser']);
    expect(m.rows.map((r) => r.platformId)).toEqual(['b', 'a']);
  });

  it('labels each cell and sums shortages and surpluses apart per row, column and in total', () => {
    const m = industryMatrix(cells, ['a', 'b']);
    const a = m.rows[0]!;
    expect(a.cells.map((c) => [c?.kind, c?.gapMu])).toEqual([
      ['surplus', 30],
      ['shortage', 60],
    ]);
    expect(a.gross).toMatchObject({ grossShortageMu: 60, grossSurplusMu: 30, netMu: 30 });
    // Laser: a short by 60, b in surplus by 30 — the column says both, not "short 30".
    expect(m.columns[1]).toMatchObject({ grossShortageMu: 60, grossSurplusMu: 30 });
    expect(m.total).toMatchObject({ grossShortageMu: 60, grossSurplusMu: 30 + 50 + 30, rowsShort: 1 });
  });

  it('under the industry filter shows that industry only', () => {
    const m = industryMatrix(cells, ['a', 'b'], 'laser');
    expect(m.industries).toEqual(['laser']);
    expect(m.rows.map((r) => r.cells.length)).toEqual([1, 1]);
  });
});
