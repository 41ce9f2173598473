/**
 * Accounts for API tests: create a user straight in the database (cheap scrypt cost, so tests stay fast) and sign
 * in through POST /api/auth/login, then send requests as that user — with the session cookie and the same-origin
 * `Origin` header a browser would send.
 */
import type { Database } from 'better-sqlite3';
import type { Hono } from 'hono';
import type { Role } from '../../../domain/roles.ts';
import { hashPassword, type ScryptCost } from '../../../server/auth/password-hash.ts';
import { insertUser } from '../../../server/db/queries/users.ts';

/** scrypt cost for test accounts: N = 2^10 (1 MiB) instead of 2^17, so a sign-in takes ~2 ms. */
export const TEST_COST: ScryptCost = { logN: 10, r: 8, p: 1 };

/** Origin of in-process requests (`app.request('/api/…')` is addressed to http://localhost). */
export const ORIGIN = 'http://localhost';

/** A password that passes the rules. */
export const GOOD_PASSWORD = 'correct horse battery staple';

/** Creates an account directly in the database; returns its id. */
export async function addUser(
  db: Database,
  u: { login: string; role: Role; platforms?: string[]; displayName?: string; password?: string },
): Promise<number> {
  return insertUser(db, {
    login: u.login,
    displayName: u.displayName ?? u.login,
    role: u.role,
    platforms: u.platforms ?? [],
    passwordHash: await hashPassword(u.password ?? GOOD_PASSWORD, TEST_COST),
    now: '2018-03-01T00:00:00.000Z',
  });
}

type App = Pick<Hono, 'request'>;

/** POST /api/auth/login as a browser on our origin would. */
export const login = (app: App, login: string, password: string, headers: Record<string, string> = {}) =>
  app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: ORIGIN, ...headers },
    body: JSON.stringify({ login, password }),
  });

/** The `name=value` of the session cookie a response sets. */
export function sessionCookie(res: Response): string {
  const set = res.headers.get('set-cookie') ?? '';
  const m = /(zk_session=[^;]+)/.exec(set);
  if (!m?.[1]) throw new Error(`no session cookie in ${res.status} response: ${set}`);
  return m[1];
}

/** Signs in and returns the session cookie (fails the test if sign-in fails). */
export async function signIn(app: App, user: string, password = GOOD_PASSWORD): Promise<string> {
  const res = await login(app, user, password);
  if (res.status !== 200) throw new Error(`sign-in of ${user} failed: ${res.status} ${await res.text()}`);
  return sessionCookie(res);
}

/** A request sender for one session (or anonymous when `cookie` is null): same-origin, JSON or multipart bodies. */
export function as(app: App, cookie: string | null) {
  return (
    path: string,
    init: { method?: string; json?: unknown; form?: FormData; headers?: Record<string, string> } = {},
  ) =>
    app.request(path, {
      method: init.method ?? 'GET',
      headers: {
        Origin: ORIGIN,
        ...(cookie ? { Cookie: cookie } : {}),
        ...(init.json !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...init.headers,
      },
      ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
      ...(init.form ? { body: init.form } : {}),
    });
}

/**
 * Editor 张工 (login `zhang`) on several apps at once: `track(app, db)` registers an app and its database,
 * `cookie(app)` creates the account and signs in on first use, then returns the same session cookie.
 */
export function editorSessions() {
  const dbOf = new Map<App, Database>();
  const sessions = new Map<App, Promise<string>>();
  return {
    track(app: App, db: Database): void {
      dbOf.set(app, db);
    },
    cookie(app: App): Promise<string> {
      let cookie = sessions.get(app);
      if (!cookie) {
        const db = dbOf.get(app);
        if (!db) throw new Error('unknown app');
        cookie = addUser(db, { login: 'zhang', displayName: '张工', role: 'editor' }).then(() =>
          signIn(app, 'zhang'),
        );
        sessions.set(app, cookie);
      }
      return cookie;
    },
  };
}

/**
 * The three callers the parcel-edit tests use, signed in on `app`: 张工 (login `zhang`, editor of every platform),
 * a viewer, and an editor of test-park only.
 */
export async function parcelEditCallers(app: App, db: Database) {
  await addUser(db, { login: 'zhang', displayName: '张工', role: 'editor' });
  await addUser(db, { login: 'viewer', role: 'viewer' });
  await addUser(db, { login: 'park', role: 'editor', platforms: ['test-park'] });
  return {
    editor: as(app, await signIn(app, 'zhang')),
    viewer: as(app, await signIn(app, 'viewer')),
    parkEditor: as(app, await signIn(app, 'park')),
  };
}
