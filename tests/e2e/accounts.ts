/**
 * Accounts for browser tests: create a user straight in a running server's database (a second SQLite connection;
 * WAL lets it write while the server reads), and sign a browser context in with the session cookie the server
 * sets — or sign in through the UI where the test is about signing in.
 */
import BetterSqlite3 from 'better-sqlite3';
import type { BrowserContext, Page } from 'playwright-core';
import type { Role } from '../../domain/roles.ts';
import { hashPassword } from '../../server/auth/password-hash.ts';
import { insertUser } from '../../server/db/queries/users.ts';

/** A password that passes the rules. */
export const PASSWORD = 'correct horse battery staple';

/** Creates an account in the database file `dbPath` (cheap scrypt cost: these are test accounts). */
export async function createAccount(
  dbPath: string,
  u: { login: string; role: Role; displayName?: string; platforms?: string[] },
): Promise<void> {
  const passwordHash = await hashPassword(PASSWORD, { logN: 10, r: 8, p: 1 });
  const db = new BetterSqlite3(dbPath);
  try {
    db.pragma('busy_timeout = 5000');
    insertUser(db, {
      login: u.login,
      displayName: u.displayName ?? u.login,
      role: u.role,
      platforms: u.platforms ?? [],
      passwordHash,
      now: new Date().toISOString(),
    });
  } finally {
    db.close();
  }
}

/** Signs in over HTTP (as the browser would, same Origin) and returns the session cookie's value. */
export async function sessionToken(baseUrl: string, login: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: baseUrl },
    body: JSON.stringify({ login, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${login}: ${res.status} ${await res.text()}`);
  const m = /zk_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '');
  if (!m?.[1]) throw new Error('no session cookie');
  return m[1];
}

/** Puts `login`'s session cookie into the browser context (call from `setup`, before navigation). */
export async function signInContext(context: BrowserContext, baseUrl: string, login: string): Promise<void> {
  const value = await sessionToken(baseUrl, login);
  await context.addCookies([{ name: 'zk_session', value, url: baseUrl, httpOnly: true, sameSite: 'Strict' }]);
}

/** Signs in through the UI's sign-in dialog (opened from the header). */
export async function signInThroughUi(page: Page, login: string): Promise<void> {
  await page.getByTestId('sign-in-open').click();
  await page.getByTestId('sign-in-login').fill(login);
  await page.getByTestId('sign-in-password').fill(PASSWORD);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('user-menu').waitFor();
}
