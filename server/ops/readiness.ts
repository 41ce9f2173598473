/**
 * Readiness (GET /api/ready): can this instance serve real work now? The database answers a query, its
 * schema is at the newest migration, and the worker pool has live threads. Liveness (GET /api/health) only
 * says the process answers.
 */
import type { Database } from 'better-sqlite3';
import { latestMigrationVersion, schemaVersion } from '../db/migrate.ts';
import type { JobPool, JobPoolStats } from '../jobs/pool.ts';

/** The outcome of each check. */
export type Readiness = {
  ready: boolean;
  checks: {
    database: { ok: boolean; message?: string };
    migrations: { ok: boolean; current: number | null; expected: number };
    workers: { ok: boolean } & JobPoolStats;
  };
};

/** Runs the checks (each cheap: one query, one pragma, the pool's own bookkeeping). */
export function checkReadiness(db: Database, jobs: JobPool): Readiness {
  const expected = latestMigrationVersion();
  let database: Readiness['checks']['database'] = { ok: true };
  let current: number | null = null;
  try {
    db.prepare('SELECT 1').get();
    current = schemaVersion(db);
  } catch (e) {
    database = { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  const migrations = { ok: current === expected, current, expected };
  const workers = { ok: jobs.alive(), ...jobs.stats() };
  return { ready: database.ok && migrations.ok && workers.ok, checks: { database, migrations, workers } };
}
