/**
 * ≥ 10,000 seeded random requests over every route and parameter (helpers/fuzz-requests.ts) against the app
 * over the fixture dataset: no answer may be a 5xx, and every error answer must have the error shape
 * `{ error: { code, message } }`. The seed is printed; the same seed replays the same requests.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { addUser, ORIGIN, signIn, TEST_COST } from '../api/helpers/auth.ts';
import { seededDb } from '../api/helpers/test-app.ts';
import { randomRequest } from './helpers/fuzz-requests.ts';
import { mulberry32 } from './helpers/random.ts';

const REQUESTS = 10_000;
const CONCURRENCY = 12;
const SEED = 16_016;
/** The whole run must finish within this (each request is bounded by the app's own limits). */
const RUN_LIMIT_MS = 180_000;

const { db, cleanup } = seededDb();
afterAll(cleanup);

type Failure = { path: string; method: string; status: number; body: string };

function hasErrorShape(text: string): boolean {
  try {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    return (
      typeof body.error?.code === 'string' && body.error.code !== '' && typeof body.error.message === 'string'
    );
  } catch {
    return false;
  }
}

describe(`fuzz: ${REQUESTS} seeded requests over every route and parameter`, () => {
  it('answers no 5xx and every error with { error: { code, message } }', async () => {
    const app = createApp({
      db,
      clock: () => new Date('2018-03-09T08:00:00Z'),
      auth: { passwordCost: TEST_COST },
    });
    // Nine requests in ten as a signed-in admin (writes and the admin download get past the gate), one anonymous.
    await addUser(db, { login: 'fuzz', role: 'admin' });
    const cookie = await signIn(app, 'fuzz');
    const rand = mulberry32(SEED);
    const requests = Array.from({ length: REQUESTS }, () => {
      const r = randomRequest(rand);
      const headers = {
        Origin: ORIGIN,
        ...(rand() < 0.9 ? { Cookie: cookie } : {}),
        ...(r.init.headers as Record<string, string>),
      };
      return { path: r.path, init: { ...r.init, headers } };
    });
    const statuses = new Map<number, number>();
    const codes = new Map<string, number>();
    const failures: Failure[] = [];
    const started = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < requests.length && performance.now() - started < RUN_LIMIT_MS) {
        const { path, init } = requests[next++]!;
        const res = await app.request(path, init);
        const text = await res.text();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status >= 400) {
          if (hasErrorShape(text)) {
            const code = (JSON.parse(text) as { error: { code: string } }).error.code;
            codes.set(code, (codes.get(code) ?? 0) + 1);
          } else
            failures.push({
              path,
              method: init.method ?? 'GET',
              status: res.status,
              body: text.slice(0, 200),
            });
        }
        if (res.status >= 500)
          failures.push({ path, method: init.method ?? 'GET', status: res.status, body: text.slice(0, 200) });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const sent = [...statuses.values()].reduce((a, b) => a + b, 0);
    const byClass = (lo: number) =>
      [...statuses].filter(([s]) => s >= lo && s < lo + 100).reduce((a, [, n]) => a + n, 0);
    console.log(
      `fuzz (seed ${SEED}): ${sent} requests in ${((performance.now() - started) / 1000).toFixed(1)} s — ` +
        `2xx ${byClass(200)}, 4xx ${byClass(400)}, 5xx ${byClass(500)}; error codes ${JSON.stringify(Object.fromEntries(codes))}`,
    );
    expect(failures.slice(0, 10)).toEqual([]);
    expect(sent).toBe(REQUESTS);
    expect(byClass(500)).toBe(0);
  });
});
