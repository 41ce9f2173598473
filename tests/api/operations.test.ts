/**
 * Operations at the HTTP edge: X-Request-Id, the JSON request log, /api/ready, and the worker pool's limits
 * as clients see them (429 with Retry-After when the queue is full, 503 job_timeout, cancellation when the
 * client goes away).
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { JobPool } from '../../server/jobs/pool.ts';
import { addUser, as, signIn } from './helpers/auth.ts';
import { memoryLogger, REAL_GEODATA, seededDb, testApp } from './helpers/test-app.ts';

type ErrorJson = { error: { code: string; message: string } };

/** Waits until `cond()` holds (polling every 10 ms, at most 10 s). */
async function until(cond: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error('condition not met within 10 s');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('X-Request-Id and the request log', () => {
  const log = memoryLogger();
  const { app, cleanup } = testApp({ logger: log.logger });
  afterAll(cleanup);

  it('echoes a sane incoming id and logs the request under it with method, route, status and duration', async () => {
    const res = await app.request('/api/parcels/P-001?refDate=2018-03-09', {
      headers: { 'X-Request-Id': 'lb-7f3a_42' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Request-Id')).toBe('lb-7f3a_42');
    const line = log.lines().find((l) => l.requestId === 'lb-7f3a_42');
    expect(line).toMatchObject({
      msg: 'request',
      method: 'GET',
      route: '/api/parcels/:id',
      path: '/api/parcels/P-001',
      status: 200,
    });
    expect(typeof line?.durationMs).toBe('number');
  });

  it.each([['a b'], ['x'.repeat(129)], ['<script>'], ['']])(
    'replaces an unusable id %j by a UUID',
    async (incoming) => {
      const res = await app.request('/api/health', { headers: { 'X-Request-Id': incoming } });
      expect(res.headers.get('X-Request-Id')).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    },
  );

  it('gives errors and unknown paths an id too', async () => {
    const res = await app.request('/api/nope');
    expect(res.status).toBe(404);
    const id = res.headers.get('X-Request-Id');
    expect(id).toBeTruthy();
    expect(log.lines().find((l) => l.requestId === id)).toMatchObject({ status: 404, path: '/api/nope' });
  });
});

describe('GET /api/ready', () => {
  it('is 200 with every check ok on a current database', async () => {
    const { app, cleanup } = testApp();
    const res = await app.request('/api/ready');
    const body = (await res.json()) as { ready: boolean; checks: Record<string, { ok: boolean }> };
    expect(res.status).toBe(200);
    expect(body.ready).toBe(true);
    expect(Object.values(body.checks).map((c) => c.ok)).toEqual([true, true, true]);
    cleanup();
  });

  it('is 503 not_ready naming migrations when the schema is behind, and workers when the pool is closed', async () => {
    const s = seededDb();
    const jobs = new JobPool({ threads: 1, maxQueue: 1, timeoutMs: 10_000 });
    const app = createApp({ db: s.db, jobs });
    // The newest migration is the highest number of the files in server/db/migrations (001_…, 002_…, …).
    const latest = Math.max(
      ...readdirSync(resolve(import.meta.dirname, '../../server/db/migrations'))
        .filter((f) => /^\d{3}_.*\.sql$/.test(f))
        .map((f) => Number(f.slice(0, 3))),
    );
    s.db.pragma('user_version = 0');
    let res = await app.request('/api/ready');
    expect(res.status).toBe(503);
    let body = (await res.json()) as ErrorJson & {
      checks: { migrations: { current: number; expected: number } };
    };
    expect(body.error).toEqual({ code: 'not_ready', message: 'not ready: migrations check failed' });
    expect(body.checks.migrations).toMatchObject({ ok: false, current: 0, expected: latest });
    s.db.pragma(`user_version = ${latest}`);
    await jobs.close();
    res = await app.request('/api/ready');
    body = (await res.json()) as ErrorJson & {
      checks: { migrations: { current: number; expected: number } };
    };
    expect(res.status).toBe(503);
    expect(body.error.message).toBe('not ready: workers check failed');
    s.cleanup();
  });
});

describe('worker pool limits, as the client sees them (bundled sample: platform reports take ~0.3–3 s)', () => {
  const s = seededDb(REAL_GEODATA);
  afterAll(() => s.cleanup());
  const pdf = '/api/reports/platforms/belt-357.pdf';

  it('answers 429 with Retry-After when the queue is full, and still serves what it accepted', async () => {
    const jobs = new JobPool({ threads: 1, maxQueue: 1, timeoutMs: 60_000 });
    const app = createApp({ db: s.db, jobs });
    // Warm-up (as below): the 用地缺口 section is computed before the job is queued; cached, the four requests
    // reach the queue together instead of one at a time on a busy machine.
    expect((await app.request(pdf)).status).toBe(200);
    const responses = await Promise.all(Array.from({ length: 4 }, () => app.request(pdf)));
    const statuses = responses.map((r) => r.status).sort();
    // One running, one waiting; the other two are turned away at once.
    expect(statuses).toEqual([200, 200, 429, 429]);
    const refused = responses.find((r) => r.status === 429)!;
    expect(refused.headers.get('Retry-After')).toBe('5');
    expect(((await refused.json()) as ErrorJson).error.code).toBe('too_many_requests');
    await jobs.close();
  });

  it('answers 503 job_timeout when a job outlives its time limit', async () => {
    const jobs = new JobPool({ threads: 1, maxQueue: 4, timeoutMs: 50 });
    const app = createApp({ db: s.db, jobs });
    const res = await app.request(pdf);
    expect(res.status).toBe(503);
    expect(res.headers.get('Retry-After')).toBe('5');
    expect(((await res.json()) as ErrorJson).error.code).toBe('job_timeout');
    await jobs.close();
  });

  it('drops a waiting job when its client goes away, so the queue frees at once', async () => {
    const jobs = new JobPool({ threads: 1, maxQueue: 1, timeoutMs: 60_000 });
    const app = createApp({ db: s.db, jobs });
    // Warm-up: the route computes the report's 用地缺口 section on this thread before it queues the PDF job;
    // cached now, so the second request reaches the queue while the first job still runs, even on a busy machine.
    expect((await app.request(pdf)).status).toBe(200);
    const running = app.request(pdf);
    const gone = new AbortController();
    const waiting = app.request(pdf, { signal: gone.signal });
    await until(() => jobs.stats().queued === 1);
    expect(jobs.stats()).toMatchObject({ running: 1, queued: 1 });
    gone.abort();
    expect((await waiting).status).toBe(499);
    expect(jobs.stats()).toMatchObject({ running: 1, queued: 0 });
    expect((await running).status).toBe(200);
    await jobs.close();
  });

  it('shares one matching between identical requests and cancels it only when the last one leaves', async () => {
    const jobs = new JobPool({ threads: 1, maxQueue: 4, timeoutMs: 60_000 });
    const app = createApp({ db: s.db, jobs });
    const a = new AbortController();
    const b = new AbortController();
    const path = '/api/land-balance/matches?slack=0.77';
    const first = app.request(path, { signal: a.signal });
    const second = app.request(path, { signal: b.signal });
    await until(() => jobs.stats().running === 1);
    expect(jobs.stats().queued).toBe(0);
    a.abort();
    expect((await first).status).toBe(499);
    expect(jobs.stats().running).toBe(1);
    b.abort();
    expect((await second).status).toBe(499);
    await until(() => jobs.stats().running === 0);
    // Not cached as a failure: the same request solves afresh.
    expect((await app.request(path)).status).toBe(200);
    await jobs.close();
  });
});

describe('GET /api/admin/backup is for admins only (it is the whole ledger)', () => {
  it('401 anonymous, 403 editor, 200 admin with an SQLite file of the data', async () => {
    const { app, db, cleanup } = testApp();
    await addUser(db, { login: 'ed', role: 'editor' });
    await addUser(db, { login: 'boss', role: 'admin' });
    expect((await app.request('/api/admin/backup')).status).toBe(401);
    expect((await as(app, await signIn(app, 'ed'))('/api/admin/backup')).status).toBe(403);
    const res = await as(app, await signIn(app, 'boss'))('/api/admin/backup');
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
    cleanup();
  });
});
