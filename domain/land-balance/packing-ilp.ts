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
 * at that bound is then held by fixing columns and group rows instead of a knapsack-like row (see `holdAtBound`).
 * Combined weighted objectives are not used: the levels' ranges (0.01 亩 × 10⁵, 万元 × 10⁶) would need
 * weights near 10¹⁸, far beyond what the solver's tolerances can separate.
 * HiGHS is deterministic for identical input, so identical input gives identical output.
 */

import type { Highs } from 'highs';
import type { SolverContext } from './solver-context.ts';

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

/** The constraint matrix in compressed sparse columns: group rows 0…numGroups−1, then shared-resource rows. */
export interface PackingMatrix {
  numRows: number;
  /** Start of column j's row indices in `indices` (length columns + 1). */
  starts: Int32Array;
  indices: Int32Array;
}

/** Value of level `k` of the solution `x` (columns with x > 0.5 count as chosen). */
export function levelValue(cols: readonly PackingColumn[], x: ArrayLike<number>, k: number): number {
  let v = 0;
  cols.forEach((c, j) => {
    if ((x[j] ?? 0) > 0.5) v += c.levels[k] ?? 0;
  });
  return v;
}

/**
 * The matrix of the model: each column has a 1 in its group's row and in the row of each resource that
 * columns of two or more groups share (rows numbered after the groups, by resource id).
 */
export function packingMatrix(numGroups: number, columns: readonly PackingColumn[]): PackingMatrix {
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
  const starts = new Int32Array(columns.length + 1);
  const indices: number[] = [];
  columns.forEach((c, j) => {
    indices.push(c.group);
    for (const r of c.resources) {
      const row = resourceRow.get(r);
      if (row !== undefined) indices.push(row);
    }
    starts[j + 1] = indices.length;
  });
  return { numRows: numGroups + resourceRow.size, starts, indices: Int32Array.from(indices) };
}

/**
 * Best coefficient of `coeff` per group among the columns `allowed` (all when omitted); groups with no
 * allowed column are absent.
 */
export function bestOfGroup(
  columns: readonly PackingColumn[],
  coeff: readonly number[],
  allowed?: ArrayLike<number>,
): Map<number, number> {
  const best = new Map<number, number>();
  columns.forEach((c, j) => {
    if (!allowed || allowed[j]) best.set(c.group, Math.max(best.get(c.group) ?? 0, coeff[j]!));
  });
  return best;
}

/** Trivial upper bound of each level: every group at its best coefficient. */
export function levelUpperBounds(columns: readonly PackingColumn[], numLevels: number): number[] {
  return Array.from({ length: numLevels }, (_, k) => {
    const coeff = columns.map((c) => c.levels[k] ?? 0);
    return [...bestOfGroup(columns, coeff).values()].reduce((a, b) => a + b, 0);
  });
}

/** The state of one lexicographic solve: the incumbent and the MIP solves run so far. */
class PackingRun {
  current: Float64Array;
  solves = 0;

  constructor(
    readonly columns: readonly PackingColumn[],
    readonly numLevels: number,
    readonly size: PackingResult['size'],
    initial: Uint8Array | undefined,
  ) {
    this.current = initial ? Float64Array.from(initial) : new Float64Array(columns.length);
  }

  value(k: number): number {
    return levelValue(this.columns, this.current, k);
  }

  result(status: PackingResult['status'], proven: number, gap: number): PackingResult {
    return {
      chosen: Uint8Array.from(this.current, (v) => (v > 0.5 ? 1 : 0)),
      status,
      levelValues: Array.from({ length: this.numLevels }, (_, k) => this.value(k)),
      levelsProven: proven,
      gap,
      solves: this.solves,
      size: this.size,
    };
  }

  /**
   * Out of time before building the model: keep the warm start, report the gap to the bound of the first
   * level it does not reach (levels before it are proven, being at their bounds).
   */
  warmStartOnly(): PackingResult {
    const upper = levelUpperBounds(this.columns, this.numLevels);
    let k = 0;
    while (k < this.numLevels && this.value(k) >= upper[k]!) k++;
    if (k === this.numLevels) return this.result('optimal', k, 0);
    return this.result('time_limit', k, (upper[k]! - this.value(k)) / Math.max(upper[k]!, 1));
  }
}

type HighsModel = ReturnType<Highs['createModel']>;

/** The binary model: maximise level 0, each row ≤ 1, no presolve (see the options below). */
function createPackingModel(highs: Highs, columns: readonly PackingColumn[], m: PackingMatrix): HighsModel {
  const n = columns.length;
  const model = highs.createModel({
    numCols: n,
    numRows: m.numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: columns.map((c) => c.levels[0] ?? 0),
    colLower: new Float64Array(n),
    colUpper: new Float64Array(n).fill(1),
    rowLower: new Float64Array(m.numRows).fill(-highs.infinity),
    rowUpper: new Float64Array(m.numRows).fill(1),
    matrix: {
      format: 'csc',
      numRows: m.numRows,
      numCols: n,
      starts: m.starts,
      indices: m.indices,
      values: new Float64Array(m.indices.length).fill(1),
    },
    integrality: new Int32Array(n).fill(highs.constants.variableType.integer),
  });
  // Presolve and symmetry detection cost more than they save on these small, root-solved packings (the
  // sample: ~300 → ~100 ms per match); they change speed only, never the optimum.
  model.options.set({
    output_flag: false,
    mip_rel_gap: 0,
    mip_abs_gap: 0.999,
    presolve: 'off',
    mip_detect_symmetry: false,
  });
  return model;
}

/**
 * Optimises level `k` (objective `coeff`) warm-started from the incumbent, within `leftSec`. Returns null
 * when the stage was proven optimal (the incumbent then holds its solution), else the result to return.
 */
function solveStage(
  highs: Highs,
  model: HighsModel,
  run: PackingRun,
  k: number,
  coeff: readonly number[],
  leftSec: number,
): PackingResult | null {
  const opt = run.value(k);
  model.changeColsCost({ kind: 'range', from: 0, to: run.columns.length - 1 }, coeff);
  model.options.set('time_limit', leftSec);
  if (run.current.some((v) => v > 0.5)) model.setSolution({ colValue: run.current });
  model.run();
  run.solves++;
  const status = model.getModelStatus();
  const hasSolution = Number(model.info.get('primal_solution_status')) === 2;
  if (hasSolution) {
    const x = model.getSolution().colValue;
    if (levelValue(run.columns, x, k) >= opt) run.current = Float64Array.from(x, (v) => (v > 0.5 ? 1 : 0));
  }
  if (status === highs.constants.modelStatus.optimal) return null;
  const limited =
    status === highs.constants.modelStatus.timeLimit || status === highs.constants.modelStatus.interrupted;
  const gap = Number(model.info.get('mip_gap'));
  return run.result(limited ? 'time_limit' : 'failed', k, Number.isFinite(gap) ? gap : 1);
}

/**
 * Holds a level at its bound Σ_g best_g: a solution keeps it iff every group with best_g > 0 takes a column
 * of coefficient best_g. Fixing the other columns to 0 and making those group rows equalities is exact and,
 * unlike a knapsack row, makes the next levels easier, not harder.
 */
function holdAtBound(
  model: HighsModel,
  columns: readonly PackingColumn[],
  coeff: readonly number[],
  best: ReadonlyMap<number, number>,
  allowed: Uint8Array,
): void {
  columns.forEach((c, j) => {
    if (allowed[j] && coeff[j]! < best.get(c.group)!) {
      allowed[j] = 0;
      model.changeColBounds(j, 0, 0);
    }
  });
  for (const [g, b] of best) if (b > 0) model.changeRowBounds(g, 1, 1);
}

/** Keeps a level at its optimum while the next levels are optimised (integers: ≥ opt − 0.5 is exact). */
function holdAtOptimum(highs: Highs, model: HighsModel, coeff: readonly number[], opt: number): void {
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

/**
 * Solves the packing exactly (see module comment). `initial` is a feasible warm start (e.g. a greedy
 * solution), also returned when the time limit stops the first stage before HiGHS finds anything better.
 */
export function solvePacking(
  ctx: SolverContext,
  numGroups: number,
  numLevels: number,
  columns: readonly PackingColumn[],
  opts: { timeLimitSec: number; initial?: Uint8Array },
): PackingResult {
  const { highs } = ctx;
  const n = columns.length;
  const matrix = packingMatrix(numGroups, columns);
  const run = new PackingRun(columns, numLevels, { columns: n, rows: matrix.numRows }, opts.initial);
  if (n === 0) return run.result('optimal', numLevels, 0);
  if (opts.timeLimitSec <= 0) return run.warmStartOnly();

  const model = createPackingModel(highs, columns, matrix);
  const started = ctx.now();
  try {
    // Columns still allowed (a level held at its bound fixes the others to 0).
    const allowed = new Uint8Array(n).fill(1);
    for (let k = 0; k < numLevels; k++) {
      const coeff = columns.map((c) => c.levels[k] ?? 0);
      const best = bestOfGroup(columns, coeff, allowed);
      const up = [...best.values()].reduce((a, b) => a + b, 0);
      let opt = run.value(k);
      if (opt < up) {
        const left = opts.timeLimitSec - (ctx.now() - started) / 1000;
        if (left <= 0) return run.result('time_limit', k, (up - opt) / Math.max(up, 1));
        const stopped = solveStage(highs, model, run, k, coeff, left);
        if (stopped) return stopped;
        opt = run.value(k);
      }
      if (k + 1 === numLevels) break;
      if (opt >= up) holdAtBound(model, columns, coeff, best, allowed);
      else holdAtOptimum(highs, model, coeff, opt);
    }
    return run.result('optimal', numLevels, 0);
  } finally {
    model.dispose();
  }
}
