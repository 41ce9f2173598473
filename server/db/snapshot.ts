/**
 * Database-level primitives of backup and restore (SQL lives in server/db/): an online copy through
 * SQLite's backup API, and the checks a copy must pass before it may replace the live database.
 */
import { closeSync, fsyncSync, openSync, readSync } from 'node:fs';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { latestMigrationVersion, schemaVersion } from './migrate.ts';
import { currentDataVersion } from './queries/meta.ts';

/** Pages copied per backup step by the serving process (small steps keep the event loop responsive). */
const PAGES_PER_STEP = 256;
/** In another process, the whole file in one step: one read transaction, so writers cannot restart it. */
const ALL_PAGES = 0x7fffffff;

/**
 * Copies `db` into `file` (which must not be in use) with SQLite's online backup API. A consistent
 * snapshot while the database is being written: writes through the same connection are carried into the
 * copy as it proceeds; `oneStep` (for a separate process) copies everything in one read transaction.
 */
export async function copyDatabase(db: Database, file: string, oneStep = false): Promise<void> {
  await db.backup(file, { progress: () => (oneStep ? ALL_PAGES : PAGES_PER_STEP) });
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** What a database file holds, for the checks of restore and the report of backup. */
export type SnapshotInfo = {
  /** `ok`, or the first problems PRAGMA integrity_check found. */
  integrity: string;
  /** Rows violating a foreign key (PRAGMA foreign_key_check). */
  foreignKeyViolations: number;
  /** PRAGMA user_version: the last migration applied. */
  schemaVersion: number;
  /** The newest migration this server knows. */
  latestSchemaVersion: number;
  /** meta.dataVersion (with `-r<n>` edits), null when the file is not a seeded database of this app. */
  dataVersion: string | null;
  parcels: number | null;
  events: number | null;
};

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** True when `file` starts with SQLite's 16-byte header string. */
export function looksLikeSqlite(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    return readSync(fd, head, 0, 16, 0) === 16 && head.toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

/** Opens `file` read-only and runs the checks (integrity, foreign keys, versions, counts). */
export function inspectSnapshot(file: string): SnapshotInfo {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const problems = db.pragma('integrity_check(5)', { simple: false }) as { integrity_check: string }[];
    const integrity = problems.map((p) => p.integrity_check).join('; ');
    const foreignKeyViolations = (db.pragma('foreign_key_check') as unknown[]).length;
    const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all());
    const count = (t: string) =>
      tables.has(t) ? Number(db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()) : null;
    const seeded =
      tables.has('meta') && db.prepare("SELECT 1 FROM meta WHERE key = 'dataVersion'").pluck().get() === 1;
    return {
      integrity,
      foreignKeyViolations,
      schemaVersion: schemaVersion(db),
      latestSchemaVersion: latestMigrationVersion(),
      dataVersion: seeded ? currentDataVersion(db) : null,
      parcels: count('parcels'),
      events: count('land_events'),
    };
  } finally {
    db.close();
  }
}

/**
 * True when no other connection has `file` open: leaving WAL mode needs exclusive access, and SQLite keeps
 * WAL when it cannot get it. On success the file is left in rollback-journal mode with its WAL checkpointed
 * into it and removed (ready to be moved aside).
 */
export function takeOverIdleDatabase(file: string): boolean {
  const db = new BetterSqlite3(file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 0');
    const mode = db.pragma('journal_mode = DELETE', { simple: true });
    return mode === 'delete';
  } catch {
    return false;
  } finally {
    db.close();
  }
}

/** Checkpoints the WAL into the main file (TRUNCATE: the -wal file is emptied) and closes `db`. */
export function checkpointAndClose(db: Database): void {
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/** Opens an existing database file read-only (for a backup taken by another process than the server). */
export function openReadOnly(file: string): Database {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}
