/**
 * Account management shared by the admin routes (server/routes/users.ts) and the command line
 * (`npm run user`): each operation checks its rules, writes in one transaction and appends its audit row
 * (never with a password or its hash).
 */
import type { Database } from 'better-sqlite3';
import { checkPassword } from '../../domain/password-rules.ts';
import type { Role } from '../../domain/roles.ts';
import { type Actor, audit } from '../db/queries/audit.ts';
import { revokeUserSessions } from '../db/queries/sessions.ts';
import {
  countActiveAdmins,
  getUser,
  insertUser,
  loginExists,
  setPasswordHash,
  type User,
  type UserPatch,
  unknownPlatforms,
  updateUser,
} from '../db/queries/users.ts';
import { ConflictError, NotFoundError, RuleError } from '../errors.ts';

/** Who asks, for the audit row. */
export type AuditContext = { user: Actor; requestId: string | null; address: string | null };

/** The audited fields of an account (what before/after show). */
const auditView = (u: User) => ({
  login: u.login,
  displayName: u.displayName,
  role: u.role,
  platforms: u.platforms,
  disabled: u.disabled,
});

/** 422 unless `platforms` are known platforms and only given to an editor. */
function checkPlatforms(db: Database, role: Role, platforms: readonly string[]): void {
  if (platforms.length > 0 && role !== 'editor') {
    throw new RuleError(
      'platforms_not_applicable',
      '只有编辑角色可限定平台 / only editors can be limited to platforms',
      'platforms',
    );
  }
  const unknown = unknownPlatforms(db, platforms);
  if (unknown.length)
    throw new RuleError('unknown_platform', `unknown platform: ${unknown.join(', ')}`, 'platforms');
}

/** 422 (`password_<problem>`, field `password`) unless `password` follows the rules for `login`. */
export function checkNewPassword(password: string, login: string, minLength: number): void {
  const rule = checkPassword(password, login, minLength);
  if (!rule.ok) throw new RuleError(`password_${rule.problem}`, rule.message, 'password');
}

const userOr404 = (db: Database, id: number): User => {
  const u = getUser(db, id);
  if (!u) throw new NotFoundError('user', String(id));
  return u;
};

const taken = (login: string) =>
  new ConflictError('login_taken', `登录名已存在 / login name taken: ${login}`, 'login');

/** A new account (the password already hashed and checked). 409 `login_taken`, 422 on platform rules. */
export function createAccount(
  db: Database,
  input: {
    login: string;
    displayName: string;
    role: Role;
    platforms: readonly string[];
    passwordHash: string;
  },
  ctx: AuditContext,
  now: Date,
): User {
  checkPlatforms(db, input.role, input.platforms);
  return db
    .transaction(() => {
      if (loginExists(db, input.login)) throw taken(input.login);
      const id = insertUser(db, { ...input, now: now.toISOString() });
      const created = userOr404(db, id);
      audit(db, {
        ...ctx,
        at: now.toISOString(),
        action: 'user.create',
        entityType: 'user',
        entityId: String(id),
        before: null,
        after: auditView(created),
      });
      return created;
    })
    .immediate();
}

/** True when `login` is free (checked before spending time on a password hash). */
export const loginFree = (db: Database, login: string): boolean => !loginExists(db, login);
export { taken as loginTakenError };

/**
 * Changes an account's profile. Leaving the editor role drops the platform limit; disabling ends its sessions;
 * 422 `last_admin` when no enabled administrator would remain.
 */
export function updateAccount(
  db: Database,
  id: number,
  patch: UserPatch,
  ctx: AuditContext,
  now: Date,
): User {
  return db
    .transaction(() => {
      const before = userOr404(db, id);
      const role = patch.role ?? before.role;
      const platforms = patch.platforms ?? (role === 'editor' ? before.platforms : []);
      checkPlatforms(db, role, platforms);
      updateUser(db, id, { ...patch, platforms });
      if (countActiveAdmins(db) === 0) {
        throw new RuleError(
          'last_admin',
          '不能停用或降级最后一位管理员 / the last enabled administrator cannot be disabled or demoted',
          patch.disabled ? 'disabled' : 'role',
        );
      }
      if (patch.disabled) revokeUserSessions(db, id, now.getTime());
      const after = userOr404(db, id);
      audit(db, {
        ...ctx,
        at: now.toISOString(),
        action: 'user.update',
        entityType: 'user',
        entityId: String(id),
        before: auditView(before),
        after: auditView(after),
      });
      return after;
    })
    .immediate();
}

/** Sets a new password hash chosen by an administrator and ends the account's sessions. */
export function resetPassword(
  db: Database,
  id: number,
  passwordHash: string,
  ctx: AuditContext,
  now: Date,
): void {
  db.transaction(() => {
    userOr404(db, id);
    setPasswordHash(db, id, passwordHash, now.toISOString());
    const revoked = revokeUserSessions(db, id, now.getTime());
    audit(db, {
      ...ctx,
      at: now.toISOString(),
      action: 'user.password_reset',
      entityType: 'user',
      entityId: String(id),
      before: null,
      after: { passwordChangedAt: now.toISOString(), sessionsRevoked: revoked },
    });
  }).immediate();
}

/** Ends every session of the account (signs it out everywhere); returns how many were live. */
export function revokeSessions(db: Database, id: number, ctx: AuditContext, now: Date): number {
  return db
    .transaction(() => {
      userOr404(db, id);
      const n = revokeUserSessions(db, id, now.getTime());
      audit(db, {
        ...ctx,
        at: now.toISOString(),
        action: 'user.sessions_revoke',
        entityType: 'user',
        entityId: String(id),
        before: null,
        after: { sessionsRevoked: n },
      });
      return n;
    })
    .immediate();
}

export { userOr404 as getAccount };
