/**
 * What the exact solver needs from its caller. The domain neither loads the HiGHS WebAssembly runtime nor
 * reads a clock: the server loads HiGHS once (server/land-balance/solver.ts) and passes it with a clock, so
 * the same input and the same clock readings always give the same answer.
 */
import type { Highs } from 'highs';

/** A loaded solver and a clock, passed to `matchProjects`, `solveAssignment` and `solvePacking`. */
export interface SolverContext {
  /** The HiGHS runtime, already loaded (loading it is I/O: it compiles a WebAssembly module). */
  highs: Highs;
  /** Milliseconds on a monotonic clock; only differences are used (time limits, elapsed time). */
  now: () => number;
}
