/** Failed sign-ins, counted per login name and per client address over a sliding window (UTC ms). */
import type { Database } from 'better-sqlite3';

/** Records one failed sign-in for `login` from `address` at `now`. */
export function recordSignInFailure(db: Database, login: string, address: string, now: number): void {
  db.prepare('INSERT INTO sign_in_failures (login, address, at) VALUES (?, ?, ?)').run(login, address, now);
}

/** Times (ms, oldest first) of the failures since `since` for `login`. */
export function failuresForLogin(db: Database, login: string, since: number): number[] {
  return db
    .prepare('SELECT at FROM sign_in_failures WHERE login = ? AND at >= ? ORDER BY at')
    .pluck()
    .all(login, since) as number[];
}

/** Times (ms, oldest first) of the failures since `since` from `address`. */
export function failuresForAddress(db: Database, address: string, since: number): number[] {
  return db
    .prepare('SELECT at FROM sign_in_failures WHERE address = ? AND at >= ? ORDER BY at')
    .pluck()
    .all(address, since) as number[];
}

/** Forgets the failures of `login` (after a successful sign-in). */
export function clearFailuresForLogin(db: Database, login: string): void {
  db.prepare('DELETE FROM sign_in_failures WHERE login = ?').run(login);
}

/** Deletes failures older than `before` (ms). */
export function pruneSignInFailures(db: Database, before: number): void {
  db.prepare('DELETE FROM sign_in_failures WHERE at < ?').run(before);
}
