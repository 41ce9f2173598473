/**
 * The steps of the exact packing (domain/land-balance/packing-ilp.ts) with literal expected values, and the
 * whole solve against optima worked out by hand; the clock is injected, so running out of time is exact.
 */
import { describe, expect, it } from 'vitest';
import {
  bestOfGroup,
  levelUpperBounds,
  levelValue,
  type PackingColumn,
  packingMatrix,
  solvePacking,
} from '../../../../domain/land-balance/packing-ilp.ts';
import { loadHighs } from '../../../../server/land-balance/solver.ts';

// Two groups: group 0 may take resource 1 (levels [2, 1]) or resources 1+2 ([3, 0]); group 1 may take
// resource 2 ([1, 5]) or resource 3 ([1, 1]). Only resource 2 is shared by both groups.
const COLUMNS: PackingColumn[] = [
  { group: 0, resources: [1], levels: [2, 1] },
  { group: 0, resources: [1, 2], levels: [3, 0] },
  { group: 1, resources: [2], levels: [1, 5] },
  { group: 1, resources: [3], levels: [1, 1] },
];

describe('packing steps', () => {
  it('packingMatrix: a group row per column and a row only for the shared resource', () => {
    const m = packingMatrix(2, COLUMNS);
    expect(m.numRows).toBe(3);
    expect([...m.starts]).toEqual([0, 1, 3, 5, 6]);
    expect([...m.indices]).toEqual([0, 0, 2, 1, 2, 1]);
  });

  it('levelValue sums the chosen columns; bestOfGroup and levelUpperBounds take each group at its best', () => {
    expect(levelValue(COLUMNS, [1, 0, 0, 1], 0)).toBe(3);
    expect(levelValue(COLUMNS, [1, 0, 0, 1], 1)).toBe(2);
    expect([...bestOfGroup(COLUMNS, [2, 3, 1, 1])]).toEqual([
      [0, 3],
      [1, 1],
    ]);
    expect([...bestOfGroup(COLUMNS, [2, 3, 1, 1], [1, 0, 1, 1])]).toEqual([
      [0, 2],
      [1, 1],
    ]);
    expect(levelUpperBounds(COLUMNS, 2)).toEqual([4, 6]);
  });
});

describe('solvePacking', () => {
  it('maximises the levels lexicographically', async () => {
    const highs = await loadHighs();
    const r = solvePacking({ highs, now: () => 0 }, 2, 2, COLUMNS, { timeLimitSec: 60 });
    // Level 0 optimum is 4 (column 1 + column 3: 3 + 1); it cannot take column 2 (shares resource 2).
    expect([...r.chosen]).toEqual([0, 1, 0, 1]);
    expect(r.status).toBe('optimal');
    expect(r.levelValues).toEqual([4, 1]);
    expect(r.levelsProven).toBe(2);
    expect(r.size).toEqual({ columns: 4, rows: 3 });
  });

  it('out of time before the model is built: keeps the warm start and reports the gap to the bound', async () => {
    const highs = await loadHighs();
    const r = solvePacking({ highs, now: () => 0 }, 2, 2, COLUMNS, {
      timeLimitSec: 0,
      initial: Uint8Array.from([1, 0, 1, 0]),
    });
    expect([...r.chosen]).toEqual([1, 0, 1, 0]);
    expect(r.status).toBe('time_limit');
    expect(r.levelsProven).toBe(0);
    expect(r.gap).toBeCloseTo((4 - 3) / 4, 12);
    expect(r.solves).toBe(0);
  });

  it('a clock that passes the limit after the model is built stops before the first stage', async () => {
    const highs = await loadHighs();
    let t = 0;
    const now = () => {
      t += 2000;
      return t;
    };
    const r = solvePacking({ highs, now }, 2, 2, COLUMNS, {
      timeLimitSec: 1,
      initial: Uint8Array.from([1, 0, 1, 0]),
    });
    expect(r.status).toBe('time_limit');
    expect(r.solves).toBe(0);
    expect([...r.chosen]).toEqual([1, 0, 1, 0]);
  });
});
