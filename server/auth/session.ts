/**
 * Sessions: a random 256-bit token in an HttpOnly, SameSite=Strict cookie (Secure over HTTPS, Path=/), and its
 * SHA-256 in the `sessions` table. A session ends after `sessionIdleMs` without a request, `sessionMaxMs` after
 * sign-in, when revoked (sign-out, password change or reset, account disabled) or when its account is disabled.
 * `loadSession` runs on every request and puts the signed-in account (or null) in `c.var.user`.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { getSession, insertSession, pruneSessions, touchSession } from '../db/queries/sessions.ts';
import { getUser, type User } from '../db/queries/users.ts';
import { clientAddress, isHttps } from '../http/client-address.ts';
import type { AuthSettings } from './settings.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** The signed-in account, or null. */
    user: User | null;
    /** SHA-256 (hex) of the session token, when signed in. */
    sessionHash: string | null;
  }
}

/** Name of the session cookie. */
export const SESSION_COOKIE = 'zk_session';

/** last_seen_at is written at most this often per session, ms (fewer writes; idle expiry is per minute). */
const TOUCH_EVERY_MS = 60_000;

/** SHA-256 (hex) of a session token: what the table stores. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Why a presented session is not (or no longer) valid; null when it is. */
export function sessionProblem(
  s: { createdAt: number; lastSeenAt: number; revokedAt: number | null },
  now: number,
  settings: Pick<AuthSettings, 'sessionIdleMs' | 'sessionMaxMs'>,
): 'revoked' | 'idle' | 'expired' | null {
  if (s.revokedAt != null) return 'revoked';
  if (now - s.createdAt > settings.sessionMaxMs) return 'expired';
  if (now - s.lastSeenAt > settings.sessionIdleMs) return 'idle';
  return null;
}

/** Reads the session cookie and sets `user` / `sessionHash`; clears a cookie whose session has ended. */
export function loadSession(db: Database, settings: AuthSettings, clock: () => Date): MiddlewareHandler {
  return async (c, next) => {
    c.set('user', null);
    c.set('sessionHash', null);
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const hash = hashToken(token);
      const now = clock().getTime();
      const s = getSession(db, hash);
      const user = s && !sessionProblem(s, now, settings) ? getUser(db, s.userId) : null;
      if (s && user && !user.disabled) {
        c.set('user', user);
        c.set('sessionHash', hash);
        if (now - s.lastSeenAt >= TOUCH_EVERY_MS) touchSession(db, hash, now);
      } else {
        deleteCookie(c, SESSION_COOKIE, { path: '/' });
      }
    }
    await next();
  };
}

/**
 * Starts a session for `userId` and sets its cookie. Sessions that have ended (revoked, idle or past their
 * maximum age) are deleted first, so the table holds at most the sessions that could still be used; sign-ins
 * themselves stay in the audit.
 */
export function startSession(
  c: Context,
  db: Database,
  settings: AuthSettings,
  userId: number,
  now: number,
): void {
  pruneSessions(db, now - settings.sessionIdleMs, now - settings.sessionMaxMs);
  const token = randomBytes(32).toString('base64url');
  insertSession(db, {
    tokenHash: hashToken(token),
    userId,
    now,
    address: clientAddress(c, settings.trustProxy),
    userAgent: c.req.header('user-agent') ?? '',
  });
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: isHttps(c, settings.trustProxy),
    path: '/',
    // The browser may keep the cookie as long as the session can live; the server decides when it ends.
    maxAge: Math.floor(settings.sessionMaxMs / 1000),
  });
}

/** Removes the session cookie from the browser. */
export const clearSessionCookie = (c: Context): void => {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
};
