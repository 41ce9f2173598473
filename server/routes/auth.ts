/**
 * Sign-in and the signed-in account:
 * - POST /api/auth/login `{ login, password }` → `{ user }` and the session cookie; 401 `invalid_credentials`
 *   for an unknown login, a wrong password or a disabled account alike (no hint which); 429 `too_many_attempts`
 *   with Retry-After when the login name or the address has failed too often (sign-in-limiter.ts).
 * - POST /api/auth/logout → 204; revokes the session and clears the cookie (also fine without one).
 * - GET /api/auth/me → `{ user | null, anonymousRead, passwordMinLength }`.
 * - POST /api/auth/password `{ currentPassword, newPassword }` → 204; the other sessions of the account end.
 */
import { Hono } from 'hono';
import { ChangePasswordRequest, LoginRequest } from '../../domain/accounts.ts';
import { checkPassword } from '../../domain/password-rules.ts';
import { actorOf, writeContext } from '../auth/actor.ts';
import { burnVerification, hashPassword, verifyPassword } from '../auth/password-hash.ts';
import { clearSessionCookie, startSession } from '../auth/session.ts';
import { checkSignInAllowed, noteSignInFailure, noteSignInSuccess } from '../auth/sign-in-limiter.ts';
import { audit } from '../db/queries/audit.ts';
import { revokeSession, revokeUserSessions } from '../db/queries/sessions.ts';
import {
  getPasswordHash,
  getUserForSignIn,
  setPasswordHash,
  touchSignIn,
  type User,
} from '../db/queries/users.ts';
import { ApiError, RuleError } from '../errors.ts';
import { jsonBody } from '../http/json-body.ts';
import type { AppDeps } from './deps.ts';
import { valid } from './validate.ts';

/** Largest accepted body of the auth routes, bytes. */
const AUTH_BODY_MAX = 4 * 1024;

/** The signed-in account as the client sees it. */
export const publicUser = (u: User) => ({
  id: u.id,
  login: u.login,
  displayName: u.displayName,
  role: u.role,
  platforms: u.platforms,
});

const invalidCredentials = () =>
  new ApiError(401, 'invalid_credentials', '登录名或密码错误 / wrong login name or password');

export const authRoutes = ({ db, clock, auth }: AppDeps) =>
  new Hono()
    .post('/login', jsonBody(AUTH_BODY_MAX), valid('json', LoginRequest), async (c) => {
      const { login, password } = c.req.valid('json');
      const address = c.get('clientAddress');
      checkSignInAllowed(db, auth, login, address, clock().getTime());
      const found = getUserForSignIn(db, login);
      let ok = false;
      if (found) ok = await verifyPassword(password, found.passwordHash);
      else await burnVerification(password, auth.passwordCost);
      // The clock is read again: the hash took time, and the session starts now.
      const now = clock();
      if (!found || !ok || found.user.disabled) {
        noteSignInFailure(db, auth, login, address, now.getTime());
        throw invalidCredentials();
      }
      db.transaction(() => {
        noteSignInSuccess(db, login);
        touchSignIn(db, found.user.id, now.toISOString());
        startSession(c, db, auth, found.user.id, now.getTime());
      })();
      return c.json({ user: publicUser(found.user) }, 200);
    })
    .post('/logout', (c) => {
      const hash = c.get('sessionHash');
      if (hash) revokeSession(db, hash, clock().getTime());
      clearSessionCookie(c);
      return c.body(null, 204);
    })
    .get('/me', (c) => {
      const user = c.get('user');
      return c.json(
        {
          user: user ? publicUser(user) : null,
          anonymousRead: auth.anonymousRead,
          passwordMinLength: auth.passwordMinLength,
        },
        200,
      );
    })
    .post('/password', jsonBody(AUTH_BODY_MAX), valid('json', ChangePasswordRequest), async (c) => {
      const me = actorOf(c);
      const { currentPassword, newPassword } = c.req.valid('json');
      const address = c.get('clientAddress');
      checkSignInAllowed(db, auth, me.login, address, clock().getTime());
      if (!(await verifyPassword(currentPassword, getPasswordHash(db, me.id!) ?? ''))) {
        noteSignInFailure(db, auth, me.login, address, clock().getTime());
        throw new RuleError(
          'wrong_password',
          '当前密码不正确 / the current password is wrong',
          'currentPassword',
        );
      }
      const rule = checkPassword(newPassword, me.login, auth.passwordMinLength);
      if (!rule.ok) throw new RuleError(`password_${rule.problem}`, rule.message, 'newPassword');
      const hash = await hashPassword(newPassword, auth.passwordCost);
      const now = clock();
      db.transaction(() => {
        setPasswordHash(db, me.id!, hash, now.toISOString());
        revokeUserSessions(db, me.id!, now.getTime(), c.get('sessionHash') ?? undefined);
        audit(db, {
          ...writeContext(c),
          at: now.toISOString(),
          action: 'user.password_change',
          entityType: 'user',
          entityId: String(me.id),
          before: null,
          after: { passwordChangedAt: now.toISOString() },
        });
      })();
      return c.body(null, 204);
    });
