/**
 * Exact lexicographic set packing with HiGHS (MIP, compiled to WebAssembly).
 *
 * Model: one binary x_c per column (project × candidate site); each group (project) takes at most one
 * column; each resource (parcel) is used by at most one chosen column — a row is written only for resources
 * that columns of two or more groups share, since the group row already covers the rest.
 * Objective: a list of levels, each an integer coefficient per column, maximised lexicographically by
 * solving in stages: after stage k the constraint Σ level_k · x ≥ opt_k is added and stage k+1 runs, warm
 * started from stage k's solution. Integer coefficients make the stages exact (`mip_abs_gap` < 1 proves
 * optimality; no big-M weights, so no precision loss). A stage is skipped when the incumbent already meets
 * that level's upper bound (Σ over groups of its best coefficient among the columns still allowed); a level
 * at that bound is then held by fixing columns and group rows instead of a knapsack-like row (see the loop).
 * Combined weighted objectives are not used: the levels' ranges (0.01 亩 × 10⁵, 万元 × 10⁶) would need
 * weights near 10¹⁸, far beyond what the solver's tolerances can separate.
 * HiGHS is deterministic for identical input, so identical input gives identical output.
 */

import type { Highs } from 'highs';
import highsLoader from 'highs';

/** One candidate column: a group (project) taking a set of resources (parcels), with its level coefficients. */
export interface PackingColumn {
  group: number;
  resources: readonly number[];
  /** Non-negative integer coefficient per objective level (maximised, first level first). */
  levels: readonly number[];
}

/** Outcome of `solvePacking`. */
export interface PackingResult {
  /** 1 for chosen columns. */
  chosen: Uint8Array;
  /** `optimal`: every level proven; `time_limit`: stopped, `gap` holds the last stage's relative MIP gap. */
  status: 'optimal' | 'time_limit' | 'failed';
  /** Value of each level in the returned solution. */
  levelValues: number[];
  /** Number of levels proven optimal (all of them when `status` is `optimal`). */
  levelsProven: number;
  /** Relative MIP gap of the level being optimised when the solver stopped; 0 when optimal. */
  gap: number;
  /** MIP solves actually run (skipped stages excluded). */
  solves: number;
  /** Columns and rows of the model. */
  size: { columns: number; rows: number };
}

let loading: Promise<Highs> | undefined;
/** Loads the HiGHS WebAssembly runtime once per process (about 50 ms the first time). */
export function loadHighs(): Promise<Highs> {
  loading ??= highsLoader();
  return loading;
}

const levelValue = (cols: readonly PackingColumn[], x: ArrayLike<number>, k: number): number => {
  let v = 0;
  cols.forEach((c, j) => {
    if ((x[j] ?? 0) > 0.5) v += c.levels[k] ?? 0;
  });
  return v;
};

/**
 * Solves the packing exactly (see module comment). `initial` is a feasible warm start (e.g. a greedy
 * solution), also returned when the time limit stops the first stage before HiGHS finds anything better.
 */
export function solvePacking(
  highs: Highs,
  numGroups: number,
  numLevels: number,
  columns: readonly PackingColumn[],
  opts: { timeLimitSec: number; initial?: Uint8Array },
): PackingResult {
  const n = columns.length;
  const groupsOfResource = new Map<number, Set<number>>();
  for (const c of columns) {
    for (const r of c.resources) {
      const s = groupsOfResource.get(r);
      if (s) s.add(c.group);
      else groupsOfResource.set(r, new Set([c.group]));
    }
  }
  const resourceRow = new Map<number, number>();
  for (const [r, groups] of [...groupsOfResource.entries()].sort((a, b) => a[0] - b[0])) {
    if (groups.size > 1) resourceRow.set(r, numGroups + resourceRow.size);
  }
  const numRows = numGroups + resourceRow.size;
  const starts = new Int32Array(n + 1);
  const indices: number[] = [];
  columns.forEach((c, j) => {
    indices.push(c.group);
    for (const r of c.resources) {
      const row = resourceRow.get(r);
      if (row !== undefined) indices.push(row);
    }
    starts[j + 1] = indices.length;
  });
  const size = { columns: n, rows: numRows };

  let current: Float64Array = new Float64Array(n);
  if (opts.initial) current = Float64Array.from(opts.initial);
  const result = (
    status: PackingResult['status'],
    proven: number,
    gap: number,
    solves: number,
  ): PackingResult => ({
    chosen: Uint8Array.from(current, (v) => (v > 0.5 ? 1 : 0)),
    status,
    levelValues: Array.from({ length: numLevels }, (_, k) => levelValue(columns, current, k)),
    levelsProven: proven,
    gap,
    solves,
    size,
  });
  if (n === 0) return result('optimal', numLevels, 0, 0);
  // Trivial upper bound of each level: every group at its best coefficient.
  const upper = Array.from({ length: numLevels }, (_, k) => {
    const best = new Map<number, number>();
    for (const c of columns) best.set(c.group, Math.max(best.get(c.group) ?? 0, c.levels[k] ?? 0));
    return [...best.values()].reduce((a, b) => a + b, 0);
  });
  const boundGap = (k: number): number => {
    const v = levelValue(columns, current, k);
    return (upper[k]! - v) / Math.max(upper[k]!, 1);
  };
  if (opts.timeLimitSec <= 0) {
    // Out of time before building the model: keep the warm start, report the gap to the bound of the first
    // level it does not reach (levels before it are proven, being at their bounds).
    let k = 0;
    while (k < numLevels && levelValue(columns, current, k) >= upper[k]!) k++;
    return k === numLevels ? result('optimal', k, 0, 0) : result('time_limit', k, boundGap(k), 0);
  }

  const model = highs.createModel({
    numCols: n,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: columns.map((c) => c.levels[0] ?? 0),
    colLower: new Float64Array(n),
    colUpper: new Float64Array(n).fill(1),
    rowLower: new Float64Array(numRows).fill(-highs.infinity),
    rowUpper: new Float64Array(numRows).fill(1),
    matrix: {
      format: 'csc',
      numRows,
      numCols: n,
      starts,
      indices: Int32Array.from(indices),
      values: new Float64Array(indices.length).fill(1),
    },
    integrality: new Int32Array(n).fill(highs.constants.variableType.integer),
  });
  const started = Date.now();
  let solves = 0;
  try {
    // Presolve and symmetry detection cost more than they save on these small, root-solved packings (the
    // sample: ~300 → ~100 ms per match); they change speed only, never the optimum.
    model.options.set({
      output_flag: false,
      mip_rel_gap: 0,
      mip_abs_gap: 0.999,
      presolve: 'off',
      mip_detect_symmetry: false,
    });
    // Columns still allowed (a level held at its bound fixes the others to 0, see below).
    const allowed = new Uint8Array(n).fill(1);
    const bestOfGroup = (coeff: readonly number[]): Map<number, number> => {
      const best = new Map<number, number>();
      columns.forEach((c, j) => {
        if (allowed[j]) best.set(c.group, Math.max(best.get(c.group) ?? 0, coeff[j]!));
      });
      return best;
    };
    for (let k = 0; k < numLevels; k++) {
      const coeff = columns.map((c) => c.levels[k] ?? 0);
      const best = bestOfGroup(coeff);
      const up = [...best.values()].reduce((a, b) => a + b, 0);
      let opt = levelValue(columns, current, k);
      if (opt < up) {
        const left = opts.timeLimitSec - (Date.now() - started) / 1000;
        if (left <= 0) return result('time_limit', k, (up - opt) / Math.max(up, 1), solves);
        model.changeColsCost({ kind: 'range', from: 0, to: n - 1 }, coeff);
        model.options.set('time_limit', left);
        if (current.some((v) => v > 0.5)) model.setSolution({ colValue: current });
        model.run();
        solves++;
        const status = model.getModelStatus();
        const hasSolution = Number(model.info.get('primal_solution_status')) === 2;
        if (hasSolution) {
          const x = model.getSolution().colValue;
          if (levelValue(columns, x, k) >= opt) current = Float64Array.from(x, (v) => (v > 0.5 ? 1 : 0));
        }
        if (status !== highs.constants.modelStatus.optimal) {
          const limited =
            status === highs.constants.modelStatus.timeLimit ||
            status === highs.constants.modelStatus.interrupted;
          const gap = Number(model.info.get('mip_gap'));
          return result(limited ? 'time_limit' : 'failed', k, Number.isFinite(gap) ? gap : 1, solves);
        }
        opt = levelValue(columns, current, k);
      }
      if (k + 1 === numLevels) break;
      if (opt >= up) {
        // Level k at its bound Σ_g best_g: a solution keeps it iff every group with best_g > 0 takes a column
        // of coefficient best_g. Holding it by fixing the other columns to 0 and making those group rows
        // equalities is exact and, unlike a knapsack row, makes the next levels easier, not harder.
        columns.forEach((c, j) => {
          if (allowed[j] && coeff[j]! < best.get(c.group)!) {
            allowed[j] = 0;
            model.changeColBounds(j, 0, 0);
          }
        });
        for (const [g, b] of best) if (b > 0) model.changeRowBounds(g, 1, 1);
        continue;
      }
      // Keep level k at its optimum while the next levels are optimised (integers: ≥ opt − 0.5 is exact).
      const idx: number[] = [];
      const val: number[] = [];
      coeff.forEach((v, j) => {
        if (v !== 0) {
          idx.push(j);
          val.push(v);
        }
      });
      if (idx.length > 0) model.addRow(opt - 0.5, highs.infinity, { indices: idx, values: val });
    }
    return result('optimal', numLevels, 0, solves);
  } finally {
    model.dispose();
  }
}
