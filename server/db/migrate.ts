/**
 * Applies the numbered SQL files of `migrations/` (`001_init.sql`, `002_….sql`, …) whose number is above
 * the database's `user_version`, each in its own transaction, and records the new version.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';

const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations');
const FILE_NAME = /^(\d{3})_[a-z0-9_-]+\.sql$/;

/** One migration file. */
export type Migration = { version: number; name: string; sql: string };

/** The migrations shipped with the server, in order. */
export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const m = FILE_NAME.exec(name);
      return m ? [{ version: Number(m[1]), name, sql: readFileSync(join(dir, name), 'utf8') }] : [];
    })
    .sort((a, b) => a.version - b.version);
}

/** Brings `db` up to the newest migration; returns the versions applied (empty when already current). */
export function migrate(db: Database, migrations = listMigrations()): number[] {
  const current = Number(db.pragma('user_version', { simple: true }));
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      // PRAGMA does not take bound parameters; the version is an integer parsed from the file name.
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.version);
  }
  return applied;
}

/** The schema version of `db` (the number of the last migration applied). */
export function schemaVersion(db: Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

let latest: number | undefined;

/** The number of the newest migration shipped with the server. */
export function latestMigrationVersion(): number {
  latest ??= Math.max(0, ...listMigrations().map((m) => m.version));
  return latest;
}
