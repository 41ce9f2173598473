/**
 * The pool an app uses when none is given to createApp (tests, benches, scripts): one per process,
 * created on first use with the defaults of JobPool. The server itself (serve.ts) makes its own from the
 * environment (JOB_THREADS, JOB_QUEUE, JOB_TIMEOUT_SEC) and closes it on shutdown.
 */
import { JobPool } from './pool.ts';

/** Defaults of the shared pool: as server/env.ts's JOB_QUEUE and JOB_TIMEOUT_SEC defaults. */
const SHARED_DEFAULTS = { maxQueue: 32, timeoutMs: 120_000 };

let shared: JobPool | undefined;

/** The process's shared pool (threads start on first use). */
export function sharedJobPool(): JobPool {
  shared ??= new JobPool(SHARED_DEFAULTS);
  return shared;
}

/** Ends the shared pool's threads, if it was started (scripts and benches call this before exiting). */
export async function closeSharedJobPool(): Promise<void> {
  const pool = shared;
  shared = undefined;
  await pool?.close();
}
