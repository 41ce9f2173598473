/**
 * Sign-in, sessions and their end: the cookie's attributes, idle and absolute expiry on an injectable clock,
 * revocation (sign-out, disabling, password reset and change), throttling of failed sign-ins per login name and
 * per address without telling whether an account exists, and the password rules on the API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_COST } from '../../server/auth/password-hash.ts';
import { addUser, as, GOOD_PASSWORD, login, ORIGIN, sessionCookie, signIn } from './helpers/auth.ts';
import { testApp } from './helpers/test-app.ts';

const T0 = Date.parse('2018-03-09T08:00:00Z');
let now = T0;
const MIN = 60_000;
const { app, db, cleanup } = testApp({ clock: () => new Date(now) });
afterAll(cleanup);

/** `env` of a request arriving from `address` (what @hono/node-server hands the app). */
const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

const me = async (cookie: string | null) =>
  ((await (await as(app, cookie)('/api/auth/me')).json()) as { user: { login: string } | null }).user
    ?.login ?? null;

beforeAll(async () => {
  await addUser(db, { login: 'li', role: 'editor', displayName: '李工' });
  await addUser(db, { login: 'wang', role: 'viewer' });
  await addUser(db, { login: 'boss', role: 'admin' });
  await addUser(db, { login: 'gone', role: 'editor' });
  db.prepare(`UPDATE users SET disabled = 1 WHERE login = 'gone'`).run();
});

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Strict, Path=/ cookie (no Secure over http) and answers the account', async () => {
    now = T0;
    const res = await login(app, 'li', GOOD_PASSWORD);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      user: { id: expect.any(Number), login: 'li', displayName: '李工', role: 'editor', platforms: [] },
    });
    const set = res.headers.get('set-cookie') ?? '';
    expect(set).toMatch(/^zk_session=[A-Za-z0-9_-]{43}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await me(sessionCookie(res))).toBe('li');
  });

  it('marks the cookie Secure when the request came over HTTPS', async () => {
    const res = await app.request('https://localhost/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://localhost' },
      body: JSON.stringify({ login: 'li', password: GOOD_PASSWORD }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000');
  });

  it('stores only the SHA-256 of the token, never the token', async () => {
    const cookie = await signIn(app, 'li');
    const token = cookie.split('=')[1]!;
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(token).digest('hex');
    expect(db.prepare('SELECT count(*) FROM sessions WHERE token_hash = ?').pluck().get(hash)).toBe(1);
    expect(db.prepare('SELECT count(*) FROM sessions WHERE token_hash = ?').pluck().get(token)).toBe(0);
  });

  it('answers a wrong password, an unknown login and a disabled account with the same 401', async () => {
    const bodies = [];
    for (const [user, pw] of [
      ['li', 'wrong password!!'],
      ['nobody-here', GOOD_PASSWORD],
      ['gone', GOOD_PASSWORD],
    ] as const) {
      const res = await app.request(
        '/api/auth/login',
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
          body: JSON.stringify({ login: user, password: pw }),
        },
        from('192.0.2.50'),
      );
      expect(res.status).toBe(401);
      expect(res.headers.get('set-cookie')).toBeNull();
      bodies.push(await res.json());
    }
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
    expect(bodies[0]).toEqual({
      error: { code: 'invalid_credentials', message: '登录名或密码错误 / wrong login name or password' },
    });
  });

  it('matches login names without regard to case', async () => {
    expect((await login(app, 'LI', GOOD_PASSWORD)).status).toBe(200);
  });
});

describe('session expiry (clock injected)', () => {
  it('ends a session after 60 minutes without a request (idle), not before', async () => {
    now = T0;
    const cookie = await signIn(app, 'wang');
    now = T0 + 59 * MIN;
    expect(await me(cookie)).toBe('wang'); // counts as use: idle restarts here
    now = T0 + 118 * MIN;
    expect(await me(cookie)).toBe('wang');
    now = T0 + 178 * MIN + 1;
    const res = await as(app, cookie)('/api/auth/me');
    expect(((await res.json()) as { user: unknown }).user).toBeNull();
    // The browser is told to drop the dead cookie.
    expect(res.headers.get('set-cookie')).toMatch(/^zk_session=; Max-Age=0; Path=\//);
  });

  it('ends a session 12 hours after sign-in however active (absolute)', async () => {
    now = T0;
    const cookie = await signIn(app, 'wang');
    for (let h = 1; h <= 12; h++) {
      now = T0 + h * 60 * MIN - MIN;
      expect(await me(cookie)).toBe('wang');
    }
    now = T0 + 12 * 60 * MIN + 1;
    expect(await me(cookie)).toBeNull();
  });

  it('an expired session cannot write: 401 sign_in_required', async () => {
    now = T0;
    const cookie = await signIn(app, 'li');
    now = T0 + 61 * MIN;
    const res = await as(app, cookie)('/api/parcels/P-002/transitions', {
      method: 'POST',
      json: { to: 'listed', date: '2018-03-09', version: 1 },
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('sign_in_required');
    now = T0;
  });
});

describe('revocation', () => {
  it('sign-out ends the session on the server (the old cookie no longer works)', async () => {
    const cookie = await signIn(app, 'wang');
    const res = await as(app, cookie)('/api/auth/logout', { method: 'POST' });
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/^zk_session=; Max-Age=0/);
    expect(await me(cookie)).toBeNull();
  });

  it('disabling an account ends its sessions at once; enabling does not revive them', async () => {
    const victim = await signIn(app, 'li');
    const admin = await signIn(app, 'boss');
    const id = db.prepare(`SELECT id FROM users WHERE login = 'li'`).pluck().get() as number;
    expect(
      (await as(app, admin)(`/api/users/${id}`, { method: 'PATCH', json: { disabled: true } })).status,
    ).toBe(200);
    expect(await me(victim)).toBeNull();
    expect((await login(app, 'li', GOOD_PASSWORD)).status).toBe(401);
    expect(
      (await as(app, admin)(`/api/users/${id}`, { method: 'PATCH', json: { disabled: false } })).status,
    ).toBe(200);
    expect(await me(victim)).toBeNull();
    expect((await login(app, 'li', GOOD_PASSWORD)).status).toBe(200);
  });

  it('an admin’s password reset and “sign out everywhere” end every session of the account', async () => {
    const admin = await signIn(app, 'boss');
    const id = db.prepare(`SELECT id FROM users WHERE login = 'wang'`).pluck().get() as number;
    const a = await signIn(app, 'wang');
    const b = await signIn(app, 'wang');
    // Not yet revoked: a, b and the two sessions of the expiry tests above (expired, but never revoked).
    const res = await as(app, admin)(`/api/users/${id}/sessions`, { method: 'DELETE' });
    expect(await res.json()).toEqual({ revoked: 4 });
    expect([await me(a), await me(b)]).toEqual([null, null]);
    const c = await signIn(app, 'wang');
    const reset = await as(app, admin)(`/api/users/${id}/password`, {
      method: 'POST',
      json: { password: 'a brand new pass 2018' },
    });
    expect(reset.status).toBe(204);
    expect(await me(c)).toBeNull();
    expect((await login(app, 'wang', GOOD_PASSWORD)).status).toBe(401);
    expect((await login(app, 'wang', 'a brand new pass 2018')).status).toBe(200);
  });

  it('changing one’s own password keeps this session and ends the others', async () => {
    const here = await signIn(app, 'boss');
    const there = await signIn(app, 'boss');
    const res = await as(app, here)('/api/auth/password', {
      method: 'POST',
      json: { currentPassword: GOOD_PASSWORD, newPassword: 'lanterns over the lake' },
    });
    expect(res.status).toBe(204);
    expect(await me(here)).toBe('boss');
    expect(await me(there)).toBeNull();
    const wrong = await as(app, here)('/api/auth/password', {
      method: 'POST',
      json: { currentPassword: GOOD_PASSWORD, newPassword: 'whatever else 12345' },
    });
    expect(wrong.status).toBe(422);
    expect(await wrong.json()).toMatchObject({ error: { code: 'wrong_password', field: 'currentPassword' } });
  });
});

describe('password rules on the API (NIST SP 800-63B §5.1.1.2)', () => {
  it.each([
    ['short', 'password_too_short'],
    ['x'.repeat(257), 'password_too_long'],
    ['newbie-2018-secret', 'password_contains_login'],
    ['aaaaaaaaaaaa', 'password_repetitive'],
    ['1234567890', 'password_sequential'],
    ['Password123', 'password_common'],
  ])('refuses %j with 422 %s and creates nothing', async (password, code) => {
    now = T0;
    const admin = await signIn(app, 'boss', 'lanterns over the lake');
    const before = db.prepare('SELECT count(*) FROM users').pluck().get();
    const res = await as(app, admin)('/api/users', {
      method: 'POST',
      json: { login: 'newbie', displayName: '新人', role: 'viewer', password },
    });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: { code, field: 'password' } });
    expect(db.prepare('SELECT count(*) FROM users').pluck().get()).toBe(before);
  });

  it('hashes new passwords with scrypt at the OWASP cost (N=2^17, r=8, p=1) by default', async () => {
    {
      const real = testApp({ auth: { passwordCost: DEFAULT_COST } });
      try {
        await addUser(real.db, { login: 'root', role: 'admin' });
        const admin = await signIn(real.app, 'root');
        const res = await as(real.app, admin)('/api/users', {
          method: 'POST',
          json: { login: 'hashed', displayName: 'H', role: 'viewer', password: 'a long enough secret' },
        });
        expect(res.status).toBe(201);
        const hash = real.db
          .prepare(`SELECT password_hash FROM users WHERE login = 'hashed'`)
          .pluck()
          .get() as string;
        expect(hash).toMatch(/^scrypt\$17\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
        expect(hash).not.toContain('a long enough secret');
        expect((await login(real.app, 'hashed', 'a long enough secret')).status).toBe(200);
      } finally {
        real.cleanup();
      }
    }
  });
});

describe('throttling failed sign-ins (OWASP Authentication Cheat Sheet)', () => {
  const attempt = (user: string, password: string, address: string) =>
    app.request(
      '/api/auth/login',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
        body: JSON.stringify({ login: user, password }),
      },
      from(address),
    );

  it('refuses a login name after 5 failures in 15 minutes — even with the right password — and alike for unknown names', async () => {
    now = Date.parse('2018-04-01T00:00:00Z');
    await addUser(db, { login: 'zhao', role: 'viewer' });
    for (let i = 0; i < 5; i++) {
      expect((await attempt('zhao', `bad guess ${i}!!`, `198.51.100.${i}`)).status).toBe(401);
      expect((await attempt('ghost', `bad guess ${i}!!`, `198.51.100.${i}`)).status).toBe(401);
    }
    const locked = await attempt('zhao', GOOD_PASSWORD, '198.51.100.99');
    const unknown = await attempt('ghost', GOOD_PASSWORD, '198.51.100.99');
    expect([locked.status, unknown.status]).toEqual([429, 429]);
    expect(locked.headers.get('retry-after')).toBe('900');
    const body = await locked.json();
    expect(await unknown.json()).toEqual(body);
    expect(body).toEqual({
      error: {
        code: 'too_many_attempts',
        message: '登录失败次数过多，请 15 分钟后再试 / too many failed sign-ins; try again in 15 min',
      },
    });
    // When the oldest failure leaves the window, the right password works again.
    now += 15 * MIN;
    expect((await attempt('zhao', GOOD_PASSWORD, '198.51.100.99')).status).toBe(200);
  });

  it('refuses an address after 20 failures in 15 minutes, whatever the login names; other addresses are unaffected', async () => {
    now = Date.parse('2018-05-01T00:00:00Z');
    await addUser(db, { login: 'qian', role: 'viewer' });
    for (let i = 0; i < 20; i++)
      expect((await attempt(`spray-${i}`, 'Summer2018!!', '203.0.113.7')).status).toBe(401);
    expect((await attempt('qian', GOOD_PASSWORD, '203.0.113.7')).status).toBe(429);
    expect((await attempt('qian', GOOD_PASSWORD, '203.0.113.8')).status).toBe(200);
  });
});

describe('housekeeping', () => {
  it('a sign-in deletes the sessions that have ended (signed out, idle, past 12 h) and keeps live ones', async () => {
    now = Date.parse('2018-06-01T00:00:00Z'); // after every earlier test's clock
    await addUser(db, { login: 'sun', role: 'viewer' });
    await addUser(db, { login: 'zhou', role: 'viewer' });
    const live = await signIn(app, 'sun');
    const signedOut = await signIn(app, 'zhou');
    await as(app, signedOut)('/api/auth/logout', { method: 'POST' });
    const count = () => db.prepare('SELECT count(*) FROM sessions').pluck().get() as number;
    // Every earlier test's sessions are days old by now; the 2 of this test remain until the next sign-in.
    expect(count()).toBeGreaterThanOrEqual(2);
    now += 59 * MIN; // sun's session is used before it goes idle, so it stays alive
    expect(await me(live)).toBe('sun');
    now += 2 * MIN;
    await signIn(app, 'zhao');
    expect(count()).toBe(2); // sun's (live) and zhao's new one; zhou's signed-out one and all older ones are gone
    expect(await me(live)).toBe('sun');
  });
});
