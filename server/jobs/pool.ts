/**
 * The worker pool for heavy work (PDF reports, parcel exports, matching): piscina threads running
 * worker.ts, so a slow job never stalls the event loop that answers everyone else.
 * - Concurrency cap: `threads` jobs run at once; up to `maxQueue` more wait. Beyond that `run` throws
 *   TooManyRequestsError (429 with Retry-After) at once instead of letting the backlog grow. The bound is
 *   counted here: piscina 5 keeps tasks that carry an AbortSignal (all of ours) in a queue its own
 *   `maxQueue` does not count.
 * - Time limit: a job still waiting or running `timeoutMs` after it was submitted is cancelled (a running
 *   one by terminating its thread, which piscina replaces) → 503 `job_timeout`.
 * - Cancellation: when the request's AbortSignal fires (the client went away), the job is dropped from the
 *   queue or its thread terminated → 499 `client_closed_request` (nobody reads it; the log shows it).
 * - Priority: worker threads run at a lower CPU priority (nice +10) than the event loop.
 * The worker is TypeScript: from source (tsx in development, vitest in tests) each thread loads tsx's
 * loader first; from the production build (dist-server/) it runs the compiled worker.js beside this code.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import Piscina from 'piscina';
import { ApiError, ClientClosedError, ServiceUnavailableError, TooManyRequestsError } from '../errors.ts';
import type { JobOutput, JobTask, TaskOf, WorkerReply } from './tasks.ts';

/** Settings of a JobPool. */
export type JobPoolOptions = {
  /** Worker threads; default one less than the CPUs, at least 1, at most 4. */
  threads?: number;
  /** Jobs allowed to wait for a thread (beyond that, 429). */
  maxQueue: number;
  /** Longest a job may wait and run, ms. */
  timeoutMs: number;
};

/** Nice increment of the worker threads (0 = same priority as the event loop, 19 = lowest). */
const WORKER_NICE = 10;

/** Seconds a client told to retry (429) waits: about one typical job. */
const RETRY_AFTER_SEC = 5;

/** Pool figures for /api/ready and logs. */
export type JobPoolStats = {
  threads: number;
  maxThreads: number;
  running: number;
  queued: number;
  maxQueue: number;
  completed: number;
};

/** The default number of worker threads on this machine. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/** The worker entry and the loader flags for how this code is running (source or build). */
function workerEntry(): { filename: string; execArgv: string[] } {
  const fromSource = import.meta.url.endsWith('.ts');
  const filename = fileURLToPath(new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url));
  return { filename, execArgv: fromSource ? ['--import', 'tsx'] : [] };
}

/** A bounded pool of worker threads for the jobs of tasks.ts. */
export class JobPool {
  private readonly pool: Piscina;
  private readonly threads: number;
  private closed = false;
  /** Jobs submitted and not yet settled (running or waiting). */
  private inFlight = 0;

  constructor(private readonly options: JobPoolOptions) {
    const threads = options.threads ?? defaultThreads();
    this.threads = threads;
    this.pool = new Piscina({
      ...workerEntry(),
      minThreads: threads,
      maxThreads: threads,
      // Threads live as long as the pool: each keeps its fonts, solver and connection warm.
      idleTimeout: Number.POSITIVE_INFINITY,
      // Lower the workers' CPU priority (Linux nice is per thread; piscina uses @napi-rs/nice, silently
      // skipped where unavailable): when CPUs are scarce, the event loop answering requests goes first.
      niceIncrement: WORKER_NICE,
    });
  }

  /** Runs `task` in a worker; `signal` (the request's) cancels it. Throws ApiError for every expected failure. */
  async run<K extends JobTask['kind']>(task: TaskOf<K>, signal?: AbortSignal): Promise<JobOutput[K]> {
    if (this.closed) throw new ServiceUnavailableError('shutting_down', 'the server is shutting down', 5);
    if (this.inFlight >= this.threads + this.options.maxQueue) {
      throw new TooManyRequestsError(
        `too many reports, exports and matchings at once (${this.threads} running, ${this.options.maxQueue} waiting); retry in ${RETRY_AFTER_SEC} s`,
        RETRY_AFTER_SEC,
      );
    }
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let reply: WorkerReply<JobOutput[K]>;
    this.inFlight++;
    try {
      reply = await this.pool.run(task, { signal: combined });
    } catch (e) {
      throw this.explain(e, timeout, signal);
    } finally {
      this.inFlight--;
    }
    if (reply.ok) return reply.value;
    const { status, code, message, field } = reply.error;
    throw new ApiError(status as ApiError['status'], code, message, field);
  }

  /** The ApiError for a failed run: timed out, client gone, pool closed — or the error itself. */
  private explain(e: unknown, timeout: AbortSignal, signal?: AbortSignal): unknown {
    if (e instanceof Error && e.name === 'AbortError') {
      if (signal?.aborted) {
        return new ClientClosedError();
      }
      if (timeout.aborted) {
        return new ServiceUnavailableError(
          'job_timeout',
          `the job took longer than ${Math.round(this.options.timeoutMs / 1000)} s and was stopped`,
          RETRY_AFTER_SEC,
        );
      }
      if (this.closed) return new ServiceUnavailableError('shutting_down', 'the server is shutting down', 5);
    }
    return e;
  }

  /** True while the pool accepts work and has live threads. */
  alive(): boolean {
    return !this.closed && this.pool.threads.length > 0;
  }

  /** Current figures. */
  stats(): JobPoolStats {
    return {
      threads: this.pool.threads.length,
      maxThreads: this.threads,
      running: Math.min(this.inFlight, this.threads),
      queued: Math.max(0, this.inFlight - this.threads),
      maxQueue: this.options.maxQueue,
      completed: this.pool.completed,
    };
  }

  /** Stops accepting jobs and ends the threads (running jobs are cancelled). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.destroy();
  }
}
