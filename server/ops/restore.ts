/**
 * Restore (`npm run restore -- <file>`): replaces the database at DB_PATH by a backup, only after the
 * backup passed every check, and atomically:
 * 1. the file is an SQLite database of this app (header, meta.dataVersion), PRAGMA integrity_check is `ok`,
 *    no foreign-key violations, and its schema is not newer than this server's migrations;
 * 2. no process has DB_PATH open (the server must be stopped: taking the file out of WAL mode needs
 *    exclusive access, so a running server makes the restore stop without touching anything);
 * 3. the backup is copied next to DB_PATH, migrated to the current schema if it is older, checked again;
 * 4. the current database is kept as `<DB_PATH>.before-restore-<UTC time>` and the copy renamed onto
 *    DB_PATH (a rename within one directory: the path never holds half a file).
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { openDatabase } from '../db/open.ts';
import {
  checkpointAndClose,
  copyDatabase,
  inspectSnapshot,
  looksLikeSqlite,
  openReadOnly,
  type SnapshotInfo,
  takeOverIdleDatabase,
} from '../db/snapshot.ts';

/** A restore refused before anything was changed; the message says why and what to do. */
export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefused';
  }
}

/** Checks that `file` may be restored; returns what it holds. */
export function checkBackup(file: string): SnapshotInfo {
  if (!existsSync(file) || !statSync(file).isFile()) throw new RestoreRefused(`${file}: no such file`);
  if (!looksLikeSqlite(file)) throw new RestoreRefused(`${file}: not an SQLite database`);
  const info = inspectSnapshot(file);
  if (info.integrity !== 'ok') throw new RestoreRefused(`${file}: integrity check failed: ${info.integrity}`);
  if (info.foreignKeyViolations > 0) {
    throw new RestoreRefused(`${file}: ${info.foreignKeyViolations} rows violate foreign keys`);
  }
  if (info.schemaVersion > info.latestSchemaVersion) {
    throw new RestoreRefused(
      `${file}: schema version ${info.schemaVersion} is newer than this server's (${info.latestSchemaVersion}); restore it with the version that made it`,
    );
  }
  if (info.dataVersion === null)
    throw new RestoreRefused(`${file}: not a database of this app (no dataset in meta)`);
  return info;
}

/** What a restore did. */
export type RestoreResult = { restored: SnapshotInfo; previous: string | null };

/** Replaces `dbPath` by the backup `file` (see the file comment). */
export async function restoreDatabase(file: string, dbPath: string): Promise<RestoreResult> {
  const source = resolve(file);
  const target = resolve(dbPath);
  if (source === target) throw new RestoreRefused('the backup and DB_PATH are the same file');
  checkBackup(source);
  if (!existsSync(dirname(target)))
    throw new RestoreRefused(`DB_PATH: ${dirname(target)}: no such directory`);
  if (existsSync(target) && !takeOverIdleDatabase(target)) {
    throw new RestoreRefused(`DB_PATH: ${target} is in use by another process: stop the server first`);
  }
  const tmp = join(dirname(target), `.${basename(target)}.restore-${process.pid}`);
  try {
    const from = openReadOnly(source);
    try {
      await copyDatabase(from, tmp, true);
    } finally {
      from.close();
    }
    // Applies newer migrations if the backup is older, and puts the copy in WAL mode like the server does.
    checkpointAndClose(openDatabase(tmp));
    const restored = checkBackup(tmp);
    let previous: string | null = null;
    if (existsSync(target)) {
      previous = `${target}.before-restore-${new Date()
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '')}`;
      renameSync(target, previous);
    }
    for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true });
    renameSync(tmp, target);
    return { restored, previous };
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(tmp + suffix, { force: true });
  }
}
