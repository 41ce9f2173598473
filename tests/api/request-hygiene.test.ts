/**
 * Defences of the whole server, tried as an attacker would: DNS rebinding (a foreign Host, with and without a
 * matching Origin), cross-site writes (foreign Origin, no Origin, a `text/plain` form post — the one kind a
 * cross-site form can send without a CORS preflight), reading without a session when ANONYMOUS_READ is off, and
 * the security headers on HTML, JSON, PDF, exports and errors.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { countAudit } from '../../server/db/queries/audit.ts';
import { addUser, as, ORIGIN, signIn, TEST_COST } from './helpers/auth.ts';
import { dataDigest } from './helpers/db-digest.ts';
import { seededDb, testApp } from './helpers/test-app.ts';

const { app, db, cleanup } = testApp();
afterAll(cleanup);
let editor = '';
beforeAll(async () => {
  await addUser(db, { login: 'editor', role: 'editor' });
  editor = await signIn(app, 'editor');
});

const MOVE = JSON.stringify({ to: 'listed', date: '2018-03-09', version: 1 });

/** Sends `init` and checks that it was refused with `status`/`code` and that nothing was written. */
async function refusedWithoutWrite(path: string, init: RequestInit, status: number, code: string) {
  const digest = dataDigest(db);
  const audits = countAudit(db);
  const res = await app.request(path, init);
  expect(res.status).toBe(status);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
  expect(dataDigest(db)).toBe(digest);
  expect(countAudit(db)).toBe(audits);
  return res;
}

describe('DNS rebinding: the Host allow-list', () => {
  it('answers 421 to a foreign Host even with a matching Origin and an editor’s cookie, and writes nothing', async () => {
    await refusedWithoutWrite(
      '/api/parcels/P-002/transitions',
      {
        method: 'POST',
        headers: {
          Host: 'evil.example:8787',
          Origin: 'http://evil.example:8787',
          Cookie: editor,
          'Content-Type': 'application/json',
        },
        body: MOVE,
      },
      421,
      'host_not_allowed',
    );
  });

  it('refuses foreign hosts on reads too (a rebound page cannot read the data), in the header or the request target', async () => {
    expect((await app.request('/api/parcels/P-001', { headers: { Host: 'evil.example' } })).status).toBe(421);
    expect((await app.request('http://evil.example/api/health')).status).toBe(421);
    expect((await app.request('/api/health', { headers: { Host: '127.0.0.1.evil.example' } })).status).toBe(
      421,
    );
  });

  it('answers the loopback names and the configured hosts, whatever the port', async () => {
    for (const host of ['localhost:8787', '127.0.0.1', '[::1]:9000']) {
      expect((await app.request('/api/health', { headers: { Host: host } })).status).toBe(200);
    }
    const s = seededDb();
    try {
      const lan = createApp({ db: s.db, allowedHosts: ['localhost', 'gis.example.org', '10.0.0.5'] });
      expect((await lan.request('/api/health', { headers: { Host: 'GIS.example.org:8787' } })).status).toBe(
        200,
      );
      expect((await lan.request('http://10.0.0.5:8787/api/health')).status).toBe(200);
      expect((await lan.request('/api/health', { headers: { Host: '10.0.0.6' } })).status).toBe(421);
    } finally {
      s.cleanup();
    }
  });
});

describe('cross-site writes (CSRF)', () => {
  const post = (headers: Record<string, string>, body = MOVE) => ({
    method: 'POST',
    headers: { Cookie: editor, 'Content-Type': 'application/json', ...headers },
    body,
  });

  it('refuses a foreign Origin with 403 even with an editor’s cookie', async () => {
    await refusedWithoutWrite(
      '/api/parcels/P-002/transitions',
      post({ Origin: 'http://evil.example' }),
      403,
      'cross_site_request',
    );
    await refusedWithoutWrite(
      '/api/parcels/P-002/transitions',
      post({ Origin: 'null' }),
      403,
      'cross_site_request',
    );
  });

  it('refuses a write that carries neither Origin nor Sec-Fetch-Site', async () => {
    await refusedWithoutWrite('/api/parcels/P-002/transitions', post({}), 403, 'cross_site_request');
  });

  it('believes Sec-Fetch-Site: cross-site over a matching Origin', async () => {
    await refusedWithoutWrite(
      '/api/parcels/P-002/transitions',
      post({ Origin: ORIGIN, 'Sec-Fetch-Site': 'cross-site' }),
      403,
      'cross_site_request',
    );
  });

  it('refuses a cross-site text/plain form post (403), and a same-origin one is still not JSON (415)', async () => {
    const form = { 'Content-Type': 'text/plain' };
    await refusedWithoutWrite(
      '/api/parcels/P-002/transitions',
      post({ ...form, Origin: 'http://evil.example', 'Sec-Fetch-Site': 'cross-site' }),
      403,
      'cross_site_request',
    );
    await refusedWithoutWrite(
      '/api/parcels/P-002/transitions',
      post({ ...form, Origin: ORIGIN }),
      415,
      'unsupported_media_type',
    );
  });

  it('refuses cross-site sign-in too (login CSRF)', async () => {
    await refusedWithoutWrite(
      '/api/auth/login',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: 'http://evil.example' },
        body: '{}',
      },
      403,
      'cross_site_request',
    );
  });

  it('accepts Sec-Fetch-Site: same-origin without an Origin, and a matching Origin', async () => {
    const a = await app.request('/api/parcels/P-002/transitions', post({ 'Sec-Fetch-Site': 'same-origin' }));
    expect(a.status).toBe(200);
    const b = await app.request(
      '/api/parcels/P-002/transitions',
      post({ Origin: ORIGIN }, JSON.stringify({ to: 'ready', date: '2018-03-09', version: 2 })),
    );
    expect(b.status).toBe(200);
  });
});

describe('ANONYMOUS_READ off', () => {
  const s = seededDb();
  const closed = createApp({ db: s.db, auth: { anonymousRead: false, passwordCost: TEST_COST } });
  afterAll(s.cleanup);

  it('answers 401 to data reads without a session, but health, me and sign-in work', async () => {
    for (const path of [
      '/api/parcels',
      '/api/parcels/P-001',
      '/api/config',
      '/api/exports/parcels.csv',
      '/api/reports/parcels/P-001.pdf',
    ]) {
      expect((await closed.request(path)).status, path).toBe(401);
    }
    expect((await closed.request('/api/health')).status).toBe(200);
    expect(await (await closed.request('/api/auth/me')).json()).toEqual({
      user: null,
      anonymousRead: false,
      passwordMinLength: 10,
    });
    await addUser(s.db, { login: 'reader', role: 'viewer' });
    const cookie = await signIn(closed, 'reader');
    expect((await as(closed, cookie)('/api/parcels/P-001')).status).toBe(200);
  });
});

describe('security headers', () => {
  const CSP =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob: https://tile.openstreetmap.org; " +
    "connect-src 'self' https://tile.openstreetmap.org; worker-src 'self' blob:; font-src 'self'; object-src 'none'; " +
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  const dir = mkdtempSync(join(tmpdir(), 'zk-static-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  const s = seededDb();
  const site = createApp({ db: s.db, staticDir: dir, clock: () => new Date('2018-03-09T08:00:00Z') });
  afterAll(() => {
    s.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  const expectHeaders = (res: Response, what: string) => {
    expect(res.headers.get('content-security-policy'), what).toBe(CSP);
    expect(res.headers.get('x-frame-options'), what).toBe('DENY');
    expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
    expect(res.headers.get('referrer-policy'), what).toBe('same-origin');
    expect(res.headers.get('cross-origin-opener-policy'), what).toBe('same-origin');
    expect(res.headers.get('x-request-id'), what).toMatch(/^[0-9a-f-]{36}$/);
  };

  it.each([
    ['/', 'text/html', 200],
    ['/parcels/P-001', 'text/html', 200],
    ['/api/health', 'application/json', 200],
    ['/api/parcels/P-001', 'application/json', 200],
    ['/api/reports/parcels/P-001.pdf', 'application/pdf', 200],
    ['/api/exports/parcels.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 200],
    ['/api/exports/parcels.csv', 'text/csv', 200],
    ['/api/exports/parcels.geojson', 'application/geo+json', 200],
    ['/api/nope', 'application/json', 404],
    ['/api/parcels?bbox=1', 'application/json', 400],
  ])('%s (%s, %i) carries them', async (path, type, status) => {
    const res = await site.request(path);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain(type);
    expectHeaders(res, path);
  });

  it('errors raised before any route (421, 403, 401) carry them too', async () => {
    expectHeaders(await site.request('/api/health', { headers: { Host: 'evil.example' } }), '421');
    expectHeaders(await site.request('/api/parcels/P-001/transitions', { method: 'POST' }), '403');
    expectHeaders(
      await site.request('/api/parcels/P-001/transitions', { method: 'POST', headers: { Origin: ORIGIN } }),
      '401',
    );
  });

  it('adds the 天地图 tile hosts to img-src and connect-src only when a key is configured', async () => {
    const t = seededDb();
    try {
      const withKey = createApp({ db: t.db, tiandituKey: 'k' });
      const csp = (await withKey.request('/api/health')).headers.get('content-security-policy') ?? '';
      const hosts = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => `https://t${i}.tianditu.gov.cn`).join(' ');
      expect(csp).toContain(`img-src 'self' data: blob: https://tile.openstreetmap.org ${hosts};`);
      expect(csp).toContain(`connect-src 'self' https://tile.openstreetmap.org ${hosts};`);
    } finally {
      t.cleanup();
    }
    expect(CSP).not.toContain('tianditu');
  });

  it('marks authenticated API answers Cache-Control: no-store (and varies them on Cookie)', async () => {
    await addUser(s.db, { login: 'v', role: 'viewer' });
    const cookie = await signIn(site, 'v');
    const signed = await as(site, cookie)('/api/parcels/P-001');
    // A record keeps no-transform (its strong ETag must survive compression) but is never stored when signed in.
    expect(signed.headers.get('cache-control')).toBe('no-store, no-transform');
    expect(signed.headers.get('vary')).toContain('Cookie');
    const anon = await site.request('/api/parcels/P-001');
    expect(anon.headers.get('cache-control')).toBe('no-cache, no-transform');
    const pdf = await as(site, cookie)('/api/reports/parcels/P-001.pdf');
    expect(pdf.headers.get('cache-control')).toBe('no-store');
  });
});
