/**
 * Online backups of the live database (SQLite's backup API, consistent while the server writes):
 * - `backupToFile` writes a verified copy atomically (a temporary file beside the target, checked with
 *   PRAGMA integrity_check, then renamed), used by `npm run backup -- <file>`, the schedule and the admin
 *   download;
 * - `startBackupSchedule` takes one every BACKUP_EVERY into BACKUP_DIR as `zhongkai-<UTC time>.sqlite` and
 *   keeps the newest BACKUP_KEEP of those files (other files in the directory are never touched).
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import { copyDatabase, inspectSnapshot, type SnapshotInfo } from '../db/snapshot.ts';
import type { Logger } from '../logging.ts';

/** What a finished backup holds. */
export type BackupResult = SnapshotInfo & { file: string; bytes: number; ms: number };

/** Prefix and pattern of scheduled backup files (retention only ever deletes files that match). */
const SCHEDULED = /^zhongkai-\d{8}T\d{6}Z\.sqlite$/;

/** `zhongkai-20180309T080000Z.sqlite` for `at` (UTC, sortable by name). */
export function scheduledBackupName(at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return `zhongkai-${stamp}.sqlite`;
}

/**
 * Copies `db` to `file` and verifies the copy; the file appears only when complete and checked. `oneStep`
 * copies in one read transaction (for a process other than the server: see copyDatabase).
 */
export async function backupToFile(db: Database, file: string, oneStep = false): Promise<BackupResult> {
  const started = performance.now();
  const target = resolve(file);
  if (!existsSync(dirname(target))) throw new Error(`${dirname(target)}: no such directory`);
  const tmp = join(dirname(target), `.${basename(target)}.partial-${process.pid}-${Date.now()}`);
  try {
    await copyDatabase(db, tmp, oneStep);
    const info = inspectSnapshot(tmp);
    if (info.integrity !== 'ok') throw new Error(`the copy failed its integrity check: ${info.integrity}`);
    renameSync(tmp, target);
    return {
      ...info,
      file: target,
      bytes: statSync(target).size,
      ms: Math.round(performance.now() - started),
    };
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Deletes all but the newest `keep` scheduled backups in `dir`; returns the names deleted. */
export function pruneBackups(dir: string, keep: number): string[] {
  const names = readdirSync(dir)
    .filter((n) => SCHEDULED.test(n))
    .sort();
  const old = names.slice(0, Math.max(0, names.length - keep));
  for (const n of old) rmSync(join(dir, n), { force: true });
  return old;
}

/** Settings of the backup schedule. */
export type BackupSchedule = { dir: string; everyMs: number; keep: number };

/** A running schedule; `stop` waits for a backup in progress. */
export type BackupScheduler = { stop(): Promise<void>; runNow(): Promise<BackupResult | null> };

/** Takes a backup every `everyMs` into `dir` (created if missing), keeping the newest `keep`. */
export function startBackupSchedule(
  db: Database,
  { dir, everyMs, keep }: BackupSchedule,
  logger: Logger,
  clock: () => Date = () => new Date(),
): BackupScheduler {
  mkdirSync(dir, { recursive: true });
  let running: Promise<BackupResult | null> | null = null;
  const runNow = (): Promise<BackupResult | null> => {
    running ??= backupToFile(db, join(dir, scheduledBackupName(clock())))
      .then((r) => {
        const pruned = pruneBackups(dir, keep);
        logger.info(
          { backup: r.file, bytes: r.bytes, ms: r.ms, dataVersion: r.dataVersion, pruned },
          'backup',
        );
        return r;
      })
      .catch((err: unknown) => {
        logger.error({ err, dir }, 'scheduled backup failed');
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(runNow, everyMs);
  timer.unref();
  return {
    runNow,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
