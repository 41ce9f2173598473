/**
 * The solver context of matching (domain/land-balance/solver-context.ts): HiGHS loaded once per process and
 * the process's monotonic clock. Matching calls it per request; only the first call pays the load.
 */
import { performance } from 'node:perf_hooks';
import type { Highs } from 'highs';
import highsLoader from 'highs';
import type { SolverContext } from '../../domain/land-balance/solver-context.ts';

let loading: Promise<Highs> | undefined;

/** Loads the HiGHS WebAssembly runtime once per process (about 50 ms the first time). */
export function loadHighs(): Promise<Highs> {
  loading ??= highsLoader();
  return loading;
}

/** HiGHS (loaded once) and `performance.now()` as the clock of time limits and timings. */
export async function solverContext(): Promise<SolverContext> {
  return { highs: await loadHighs(), now: () => performance.now() };
}
