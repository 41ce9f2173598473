/**
 * Opens (creating when missing) the SQLite database: WAL for concurrent readers while a writer works,
 * foreign keys enforced, a busy timeout instead of immediate SQLITE_BUSY, and the schema migrated.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate } from './migrate.ts';

/** Milliseconds a connection waits for a lock before failing. */
const BUSY_TIMEOUT_MS = 5000;

/** Opens `path` (`:memory:` allowed), creates its directory if needed, applies pragmas and migrations. */
export function openDatabase(path: string): Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new BetterSqlite3(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // WAL makes NORMAL durable against application crashes; only power loss can drop the last commits.
  db.pragma('synchronous = NORMAL');
  migrate(db);
  return db;
}

/**
 * Throws unless a write to `db` would succeed: SQLite opens a file it may not write read-only without
 * saying so, and the first write then fails with SQLITE_READONLY. The probe creates a table inside a
 * transaction and rolls it back, so nothing is written.
 */
export function assertWritable(db: Database): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    db.exec('CREATE TABLE write_probe (x INTEGER)');
  } finally {
    db.exec('ROLLBACK');
  }
}
