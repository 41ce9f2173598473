/**
 * Who may do what, enforced for the whole app by method before any route runs:
 * - safe methods (GET, HEAD, OPTIONS) are open, or need a session when ANONYMOUS_READ is off; `/api/admin/*`
 *   (the database download) needs an admin session whatever the method;
 * - every other method needs an editor (or admin) session — except the few routes listed in WRITE_POLICY
 *   (sign-in and sign-out are open, changing one's password needs any session, account management needs an
 *   admin). A route added later is editor-only without anyone having to remember it.
 * - an editor limited to some platforms may write only to entities of those platforms. When the path names the
 *   entity (`/api/parcels/:id/…`, `/api/projects/:id/…`, `/api/redevelopment/:id/…`) this middleware looks up its
 *   platform and refuses others; a route whose platform comes from its body calls `requireEditorFor(c, platformId)`
 *   and is listed in ROUTE_CHECKS_PLATFORM; any other write is refused to a limited editor (default deny).
 */
import type { Database } from 'better-sqlite3';
import type { Context, MiddlewareHandler } from 'hono';
import { ROLE_ZH, type Role, writeRefusal } from '../../domain/roles.ts';
import { entityPlatform } from '../db/queries/entity-platform.ts';
import type { User } from '../db/queries/users.ts';
import { ForbiddenError, SignInRequiredError } from '../errors.ts';

/** Methods that do not change anything. */
export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Who may send an unsafe request: anyone, any signed-in account, an editor (default), or an admin. */
export type WriteAccess = 'public' | 'signed_in' | 'editor' | 'admin';

/** The exceptions to "every write needs an editor"; first match wins. */
export const WRITE_POLICY: readonly { method: string; path: RegExp; access: WriteAccess }[] = [
  { method: 'POST', path: /^\/api\/auth\/login$/, access: 'public' },
  { method: 'POST', path: /^\/api\/auth\/logout$/, access: 'public' },
  { method: 'POST', path: /^\/api\/auth\/password$/, access: 'signed_in' },
  { method: '*', path: /^\/api\/users(\/|$)/, access: 'admin' },
];

/** Writes whose route checks the platform itself with requireEditorFor (platform given in the body). */
export const ROUTE_CHECKS_PLATFORM: readonly { method: string; path: RegExp }[] = [
  // A new project: the platform is its target platform, in the body.
  { method: 'POST', path: /^\/api\/projects\/?$/ },
  // A merge: the platforms are those of the parcels named in the body (each checked by the route).
  { method: 'POST', path: /^\/api\/parcels\/merge$/ },
  // Imports: the platform of each record is known only once the file is read (server/routes/imports.ts).
  { method: 'POST', path: /^\/api\/imports$/ },
  { method: 'POST', path: /^\/api\/imports\/[^/]+\/(commit|revert)$/ },
];

/** Access an unsafe `method` on `path` needs. */
export function writeAccess(method: string, path: string): WriteAccess {
  const rule = WRITE_POLICY.find((r) => (r.method === '*' || r.method === method) && r.path.test(path));
  return rule?.access ?? 'editor';
}

/** Reads that work without a session even when ANONYMOUS_READ is off (the sign-in page needs them; settings: the zone name). */
const OPEN_READS = /^\/api\/(health|ready|auth\/me|settings)$/;

/** Reads only an admin may make, whatever ANONYMOUS_READ says: the database download (the whole ledger). */
const ADMIN_READS = /^\/api\/admin(\/|$)/;

/** 401 without a session; 403 unless the account's role is one of `roles`. */
export function requireRole(c: Context, roles: readonly Role[]): User {
  const user = c.get('user');
  if (!user) throw new SignInRequiredError();
  if (!roles.includes(user.role)) {
    throw new ForbiddenError(
      'role_required',
      `需要${roles.map((r) => ROLE_ZH[r]).join('或')}角色（当前：${ROLE_ZH[user.role]}） / needs the ${roles.join(' or ')} role (you are ${user.role})`,
    );
  }
  return user;
}

/** True when `user` may write to data of `platformId`. */
export const mayEditPlatform = (user: User, platformId: string | null): boolean =>
  writeRefusal(user, platformId) === null;

const scopeError = (user: User) =>
  new ForbiddenError(
    'platform_scope',
    `您的账号只能编辑这些平台的数据：${user.platforms.join('、')} / your account may edit only these platforms: ${user.platforms.join(', ')}`,
  );

/**
 * The signed-in editor or admin, if they may write to data of `platformId`; else 401 (no session) or 403.
 * Routes call it with the platform of what they change (inside the write's transaction when it is read there).
 */
export function requireEditorFor(c: Context, platformId: string | null): User {
  const user = requireRole(c, ['editor', 'admin']);
  if (!mayEditPlatform(user, platformId)) throw scopeError(user);
  return user;
}

function checkScope(db: Database, c: Context, user: User): void {
  if (user.role === 'admin' || user.platforms.length === 0) return;
  const { method, path } = c.req;
  const entity = entityPlatform(db, path);
  if (entity?.exists) {
    if (!mayEditPlatform(user, entity.platformId)) throw scopeError(user);
    return;
  }
  if (ROUTE_CHECKS_PLATFORM.some((r) => r.method === method && r.path.test(path))) return;
  throw scopeError(user);
}

/** The gate described above; runs after loadSession. */
export function authorize(db: Database, anonymousRead: boolean): MiddlewareHandler {
  return async (c, next) => {
    const { method, path } = c.req;
    const user = c.get('user');
    if (SAFE_METHODS.has(method)) {
      if (ADMIN_READS.test(path)) requireRole(c, ['admin']);
      if (!anonymousRead && !user && path.startsWith('/api/') && !OPEN_READS.test(path)) {
        throw new SignInRequiredError();
      }
      return next();
    }
    const access = writeAccess(method, path);
    if (access === 'public') return next();
    if (!user) throw new SignInRequiredError();
    if (access === 'admin') requireRole(c, ['admin']);
    if (access === 'editor') {
      requireRole(c, ['editor', 'admin']);
      checkScope(db, c, user);
    }
    return next();
  };
}
