/**
 * Account management (admins only — authorize.ts refuses everyone else's writes before these run, and this
 * sub-app checks the role again for every method, reads included):
 * - GET /api/users → `{ items }` (no password hashes);
 * - POST /api/users `{ login, displayName, role, platforms?, password }` → 201 the account; 409 `login_taken`;
 * - PATCH /api/users/:id `{ displayName?, role?, platforms?, disabled? }` → the account; disabling ends its
 *   sessions; 422 `last_admin` when the change would leave no enabled administrator;
 * - POST /api/users/:id/password `{ password }` → 204; ends the account's sessions;
 * - DELETE /api/users/:id/sessions → `{ revoked }` (signs the account out everywhere).
 * Platforms apply to editors only (422 `platforms_not_applicable`). Rules and audit rows: accounts/manage.ts.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { CreateUserRequest, ResetPasswordRequest, UpdateUserRequest } from '../../domain/accounts.ts';
import {
  checkNewPassword,
  createAccount,
  getAccount,
  loginFree,
  loginTakenError,
  resetPassword,
  revokeSessions,
  updateAccount,
} from '../accounts/manage.ts';
import { writeContext } from '../auth/actor.ts';
import { requireRole } from '../auth/authorize.ts';
import { hashPassword } from '../auth/password-hash.ts';
import { listUsers, type User } from '../db/queries/users.ts';
import { jsonBody } from '../http/json-body.ts';
import type { AppDeps } from './deps.ts';
import { valid } from './validate.ts';

const USER_BODY_MAX = 8 * 1024;
const UserIdParam = z.object({
  id: z
    .string()
    .regex(/^\d{1,12}$/, 'expected an account id')
    .transform(Number),
});

/** An account on the wire (admin view). */
export const userView = (u: User) => ({
  id: u.id,
  login: u.login,
  displayName: u.displayName,
  role: u.role,
  platforms: u.platforms,
  disabled: u.disabled,
  createdAt: u.createdAt,
  passwordChangedAt: u.passwordChangedAt,
  lastSignInAt: u.lastSignInAt,
});

export const userRoutes = ({ db, clock, auth }: AppDeps) =>
  new Hono()
    .use(async (c, next) => {
      requireRole(c, ['admin']);
      await next();
    })
    .get('/', (c) => c.json({ items: listUsers(db).map(userView) }, 200))
    .post('/', jsonBody(USER_BODY_MAX), valid('json', CreateUserRequest), async (c) => {
      const body = c.req.valid('json');
      checkNewPassword(body.password, body.login, auth.passwordMinLength);
      if (!loginFree(db, body.login)) throw loginTakenError(body.login);
      const passwordHash = await hashPassword(body.password, auth.passwordCost);
      const user = createAccount(
        db,
        {
          login: body.login,
          displayName: body.displayName,
          role: body.role,
          platforms: body.platforms ?? [],
          passwordHash,
        },
        writeContext(c),
        clock(),
      );
      return c.json(userView(user), 201);
    })
    .patch(
      '/:id',
      jsonBody(USER_BODY_MAX),
      valid('param', UserIdParam),
      valid('json', UpdateUserRequest),
      (c) => {
        const user = updateAccount(
          db,
          c.req.valid('param').id,
          c.req.valid('json'),
          writeContext(c),
          clock(),
        );
        return c.json(userView(user), 200);
      },
    )
    .post(
      '/:id/password',
      jsonBody(USER_BODY_MAX),
      valid('param', UserIdParam),
      valid('json', ResetPasswordRequest),
      async (c) => {
        const { id } = c.req.valid('param');
        const { password } = c.req.valid('json');
        checkNewPassword(password, getAccount(db, id).login, auth.passwordMinLength);
        resetPassword(db, id, await hashPassword(password, auth.passwordCost), writeContext(c), clock());
        return c.body(null, 204);
      },
    )
    .delete('/:id/sessions', valid('param', UserIdParam), (c) => {
      const revoked = revokeSessions(db, c.req.valid('param').id, writeContext(c), clock());
      return c.json({ revoked }, 200);
    });
