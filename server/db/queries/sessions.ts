/**
 * Server-side sessions. The browser holds a random token; the table holds its SHA-256 (token_hash), the
 * account, creation and last-use times (UTC ms) and whether it was revoked.
 */
import type { Database } from 'better-sqlite3';

/** One stored session. */
export type SessionRow = {
  userId: number;
  createdAt: number;
  lastSeenAt: number;
  revokedAt: number | null;
};

/** Stores a new session. */
export function insertSession(
  db: Database,
  s: { tokenHash: string; userId: number; now: number; address: string; userAgent: string },
): void {
  db.prepare(
    `INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, address, user_agent)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(s.tokenHash, s.userId, s.now, s.now, s.address, s.userAgent.slice(0, 300));
}

/** The session of `tokenHash`, or null. */
export function getSession(db: Database, tokenHash: string): SessionRow | null {
  const r = db
    .prepare('SELECT user_id, created_at, last_seen_at, revoked_at FROM sessions WHERE token_hash = ?')
    .get(tokenHash) as
    | { user_id: number; created_at: number; last_seen_at: number; revoked_at: number | null }
    | undefined;
  return r
    ? { userId: r.user_id, createdAt: r.created_at, lastSeenAt: r.last_seen_at, revokedAt: r.revoked_at }
    : null;
}

/** Marks the session as used at `now` (ms). */
export function touchSession(db: Database, tokenHash: string, now: number): void {
  db.prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?').run(now, tokenHash);
}

/** Revokes one session (sign-out). */
export function revokeSession(db: Database, tokenHash: string, now: number): void {
  db.prepare('UPDATE sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL').run(
    now,
    tokenHash,
  );
}

/** Revokes every live session of account `userId`, except `keepTokenHash` if given; returns how many. */
export function revokeUserSessions(
  db: Database,
  userId: number,
  now: number,
  keepTokenHash?: string,
): number {
  return db
    .prepare(
      `UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL AND token_hash IS NOT ?`,
    )
    .run(now, userId, keepTokenHash ?? null).changes;
}

/** Deletes sessions that ended: revoked, last used before `idleBefore` or created before `createdBefore` (UTC ms). */
export function pruneSessions(db: Database, idleBefore: number, createdBefore: number): void {
  db.prepare('DELETE FROM sessions WHERE revoked_at IS NOT NULL OR last_seen_at < ? OR created_at < ?').run(
    idleBefore,
    createdBefore,
  );
}
