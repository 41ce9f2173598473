/** Accounts: users, their roles and the platforms an editor is limited to. */
import type { Database } from 'better-sqlite3';
import { ROLES, type Role } from '../../../domain/roles.ts';
import { enumColumn } from './columns.ts';

/** An account as the server uses it (never with its password hash). */
export type User = {
  id: number;
  login: string;
  displayName: string;
  role: Role;
  /** Platform ids an editor is limited to; empty = every platform. */
  platforms: string[];
  disabled: boolean;
  createdAt: string;
  passwordChangedAt: string;
  lastSignInAt: string | null;
};

type UserRow = {
  id: number;
  login: string;
  display_name: string;
  role: string;
  disabled: number;
  created_at: string;
  password_changed_at: string;
  last_sign_in_at: string | null;
};

const COLUMNS = 'id, login, display_name, role, disabled, created_at, password_changed_at, last_sign_in_at';

function platformsOf(db: Database, userId: number): string[] {
  return db
    .prepare('SELECT platform_id FROM user_platforms WHERE user_id = ? ORDER BY platform_id')
    .pluck()
    .all(userId) as string[];
}

function toUser(db: Database, r: UserRow): User {
  return {
    id: r.id,
    login: r.login,
    displayName: r.display_name,
    role: enumColumn(ROLES, 'users.role', r.role),
    platforms: platformsOf(db, r.id),
    disabled: r.disabled === 1,
    createdAt: r.created_at,
    passwordChangedAt: r.password_changed_at,
    lastSignInAt: r.last_sign_in_at,
  };
}

/** The account `id`, or null. */
export function getUser(db: Database, id: number): User | null {
  const r = db.prepare(`SELECT ${COLUMNS} FROM users WHERE id = ?`).get(id) as UserRow | undefined;
  return r ? toUser(db, r) : null;
}

/** The account with login name `login` (case-insensitive) and its password hash, or null. */
export function getUserForSignIn(db: Database, login: string): { user: User; passwordHash: string } | null {
  const r = db.prepare(`SELECT ${COLUMNS}, password_hash FROM users WHERE login = ?`).get(login) as
    | (UserRow & { password_hash: string })
    | undefined;
  return r ? { user: toUser(db, r), passwordHash: r.password_hash } : null;
}

/** The password hash of account `id`, or null. */
export function getPasswordHash(db: Database, id: number): string | null {
  return (
    (db.prepare('SELECT password_hash FROM users WHERE id = ?').pluck().get(id) as string | undefined) ?? null
  );
}

/** Every account, by login name. */
export function listUsers(db: Database): User[] {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM users ORDER BY login`).all() as UserRow[];
  return rows.map((r) => toUser(db, r));
}

/** Number of enabled administrators. */
export function countActiveAdmins(db: Database): number {
  return Number(db.prepare(`SELECT count(*) FROM users WHERE role = 'admin' AND disabled = 0`).pluck().get());
}

/** True when a login name is taken (case-insensitive). */
export const loginExists = (db: Database, login: string): boolean =>
  db.prepare('SELECT 1 FROM users WHERE login = ?').get(login) !== undefined;

/** Fields of a new account. */
export type NewUser = {
  login: string;
  displayName: string;
  role: Role;
  platforms: readonly string[];
  passwordHash: string;
  /** ISO timestamp. */
  now: string;
};

function setPlatforms(db: Database, userId: number, platforms: readonly string[]): void {
  db.prepare('DELETE FROM user_platforms WHERE user_id = ?').run(userId);
  const add = db.prepare('INSERT INTO user_platforms (user_id, platform_id) VALUES (?, ?)');
  for (const p of new Set(platforms)) add.run(userId, p);
}

/** Inserts an account; returns its id. Call inside a transaction (with the audit row). */
export function insertUser(db: Database, u: NewUser): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO users (login, display_name, role, password_hash, created_at, password_changed_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(u.login, u.displayName, u.role, u.passwordHash, u.now, u.now);
  const id = Number(lastInsertRowid);
  setPlatforms(db, id, u.platforms);
  return id;
}

/** Changes of an account's profile (only the given fields). */
export type UserPatch = {
  displayName?: string;
  role?: Role;
  platforms?: readonly string[];
  disabled?: boolean;
};

/** Applies `patch` to account `id`. Call inside a transaction (with the audit row). */
export function updateUser(db: Database, id: number, patch: UserPatch): void {
  if (patch.displayName !== undefined) {
    db.prepare('UPDATE users SET display_name = ? WHERE id = ?').run(patch.displayName, id);
  }
  if (patch.role !== undefined) db.prepare('UPDATE users SET role = ? WHERE id = ?').run(patch.role, id);
  if (patch.disabled !== undefined) {
    db.prepare('UPDATE users SET disabled = ? WHERE id = ?').run(patch.disabled ? 1 : 0, id);
  }
  if (patch.platforms !== undefined) setPlatforms(db, id, patch.platforms);
}

/** Replaces the password hash of account `id`, stamping the change time (ISO). */
export function setPasswordHash(db: Database, id: number, passwordHash: string, now: string): void {
  db.prepare('UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?').run(
    passwordHash,
    now,
    id,
  );
}

/** Records a successful sign-in time (ISO). */
export function touchSignIn(db: Database, id: number, now: string): void {
  db.prepare('UPDATE users SET last_sign_in_at = ? WHERE id = ?').run(now, id);
}

/** Ids of `platformIds` that are not platforms of the data. */
export function unknownPlatforms(db: Database, platformIds: readonly string[]): string[] {
  const known = new Set(db.prepare('SELECT id FROM platforms').pluck().all() as string[]);
  return platformIds.filter((p) => !known.has(p));
}
