/**
 * A slow job never stalls the rest of the app: while 5 platform-report PDFs and 5 uncached matchings (each a
 * different `slack`) run, GET /api/health is polled back to back (one request at a time, no pause, so the
 * percentiles are over every moment of the run); its p99 must stay under 100 ms (before
 * the worker pool one PDF held it for the whole render, 0.5–0.8 s, and five made it wait up to 7.8 s).
 * The machine's own noise is measured first with the same probes and no jobs: on a quiet machine the idle p99
 * is a few ms and the limit is exactly 100 ms; on a machine so busy with other work that the idle p99 alone
 * exceeds IDLE_FLOOR_MS, the limit is 100 ms above that floor — the jobs may add no more than 100 ms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOf, scratchDir, seedTemplate } from './helpers/databases.ts';
import { type ServerProcess, startServerProcess } from './helpers/server-process.ts';

const PDFS = 5;
const MATCHINGS = 5;
const P99_LIMIT_MS = 100;
/** Idle p99 of a quiet machine and below: no allowance for machine noise. */
const IDLE_FLOOR_MS = 20;
/** How long the idle probes run. */
const IDLE_PROBE_MS = 5000;
/** The heavy requests must finish within this (they queue behind one another on a small machine). */
const HEAVY_LIMIT_MS = 150_000;

const scratch = scratchDir('zk-rel-health-');
let server: ServerProcess;
beforeAll(async () => {
  const template = await seedTemplate(scratch.dir);
  server = await startServerProcess({ DB_PATH: copyOf(template.path, scratch.dir, 'health.sqlite') });
  // The land-balance inputs are loaded once per data state; load them before measuring.
  expect((await fetch(`${server.url}/api/land-balance`)).status).toBe(200);
});
afterAll(async () => {
  await server?.stop('SIGTERM');
  scratch.cleanup();
});

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/** Polls /api/health back to back (one request at a time, no pause) while `busy()`; returns the latencies, ms. */
async function probe(busy: () => boolean): Promise<number[]> {
  const latencies: number[] = [];
  while (busy()) {
    const t = performance.now();
    const res = await fetch(`${server.url}/api/health`);
    await res.arrayBuffer();
    expect(res.status).toBe(200);
    latencies.push(performance.now() - t);
  }
  return latencies;
}

describe('health while heavy jobs run', () => {
  it(`p99 of /api/health < ${P99_LIMIT_MS} ms during ${PDFS} PDFs and ${MATCHINGS} uncached matchings`, async () => {
    const idleUntil = performance.now() + IDLE_PROBE_MS;
    const idle = await probe(() => performance.now() < idleUntil);
    const platforms = (
      (await (await fetch(`${server.url}/api/platforms`)).json()) as { items: { id: string }[] }
    ).items;
    const started = performance.now();
    const heavy = [
      ...Array.from(
        { length: PDFS },
        (_, i) => `/api/reports/platforms/${platforms[i % platforms.length]!.id}.pdf`,
      ),
      ...Array.from({ length: MATCHINGS }, (_, i) => `/api/land-balance/matches?slack=0.${41 + i}`),
    ].map(async (path) => {
      const res = await fetch(server.url + path, { signal: AbortSignal.timeout(HEAVY_LIMIT_MS) });
      await res.arrayBuffer();
      return { path, status: res.status, ms: performance.now() - started };
    });
    let done = false;
    const all = Promise.all(heavy).finally(() => {
      done = true;
    });
    const latencies = await probe(() => !done && performance.now() - started < HEAVY_LIMIT_MS);
    const results = await all;
    expect(results.map((r) => r.status)).toEqual(results.map(() => 200));
    const idleP99 = percentile(idle, 99);
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    const limit = P99_LIMIT_MS + Math.max(0, idleP99 - IDLE_FLOOR_MS);
    const total = Math.max(...results.map((r) => r.ms));
    console.log(
      `health under load: ${latencies.length} probes during ${PDFS} PDFs + ${MATCHINGS} matchings (${(total / 1000).toFixed(1)} s): ` +
        `p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms; ` +
        `idle machine: ${idle.length} probes, p99 ${idleP99.toFixed(1)} ms → limit ${limit.toFixed(1)} ms`,
    );
    expect(latencies.length).toBeGreaterThanOrEqual(50);
    expect(p99).toBeLessThan(limit);
  });
});
