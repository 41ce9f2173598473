/**
 * Totals in whole millionths (domain/dashboard/idle-land-tally.ts): literal roundings, the same integer as
 * SQLite's `CAST(x * 1000000 + 0.5 AS INTEGER)` (the engine migration 013's triggers run, as oracle) for random
 * areas and 20 % fees, and a total that does not depend on the order of its rows.
 */
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { millionths, tallySummary } from '../../../../domain/dashboard/idle-land-tally.ts';

const db = new Database(':memory:');
afterAll(() => db.close());
const sqlMillionths = db.prepare('SELECT CAST(? * 1000000 + 0.5 AS INTEGER)').pluck();
const sqlFee = db.prepare('SELECT CAST(? * 0.2 * 1000000 + 0.5 AS INTEGER)').pluck();

describe('millionths', () => {
  it('rounds half up to a millionth (literal values)', () => {
    expect(millionths(2.25)).toBe(2_250_000);
    expect(millionths(0.0000004)).toBe(0);
    expect(millionths(0.0000006)).toBe(1);
    expect(millionths(0.1 + 0.2)).toBe(300_000);
    expect(millionths(100 * 0.2)).toBe(20_000_000);
    expect(millionths(0)).toBe(0);
  });

  it('equals the SQL rounding of migration 013 for areas (亩) and 20 % fees (万元)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), (x) => {
        expect(millionths(x)).toBe(sqlMillionths.get(x));
        expect(millionths(x * 0.2)).toBe(sqlFee.get(x));
      }),
      { numRuns: 2000, seed: 13 },
    );
  });

  it('gives the same total in any order (float sums do not: 0.1 + 0.2 + 0.3 ≠ 0.3 + 0.2 + 0.1)', () => {
    expect(0.1 + 0.2 + 0.3).not.toBe(0.3 + 0.2 + 0.1);
    const t = (xs: number[]) =>
      tallySummary({
        byStatus: {},
        exposureE6: 0,
        owedE6: 0,
        areaE6: xs.reduce((s, x) => s + millionths(x), 0),
      }).areaMu;
    expect(t([0.1, 0.2, 0.3])).toBe(0.6);
    expect(t([0.3, 0.2, 0.1])).toBe(0.6);
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { maxLength: 50 }), (xs) => {
        expect(t([...xs].reverse())).toBe(t(xs));
      }),
      { numRuns: 300, seed: 13 },
    );
  });
});
