/**
 * Databases for the reliability tests: a template seeded once per test file and copied per scenario, and
 * the consistency checks every scenario ends with (the test's own SQL, independent of the server's code):
 * - PRAGMA integrity_check is `ok` and no foreign key is violated;
 * - no version without its event: every parcel's version − 1 equals the events recorded for it since the
 *   seed (the seed writes version 1 and the parcel's history), the newest event's target state is the
 *   parcel's state, and meta.revision counts every recorded edit.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openDatabase } from '../../../server/db/open.ts';
import { seedDatabase } from '../../../server/seed/seed-database.ts';
import { REAL_GEODATA } from './server-process.ts';
import { addWriter } from './writes.ts';

/** A directory for one test file, removed by `cleanup`. */
export function scratchDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Seed-time facts the invariants compare against: events per parcel right after seeding. */
export type Baseline = { seedEvents: Map<string, number> };

/** Seeds `geodataDir` into `<dir>/template.sqlite` with the writer's account (checkpointed, closed). */
export async function seedTemplate(
  dir: string,
  geodataDir = REAL_GEODATA,
): Promise<{ path: string; baseline: Baseline }> {
  const path = join(dir, 'template.sqlite');
  const db = openDatabase(path);
  seedDatabase(db, geodataDir);
  await addWriter(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { path, baseline: readBaseline(path) };
}

function readBaseline(path: string): Baseline {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    const rows = db
      .prepare(
        'SELECT p.id AS id, count(e.id) AS n FROM parcels p LEFT JOIN land_events e ON e.parcel_id = p.id GROUP BY p.id',
      )
      .all() as { id: string; n: number }[];
    return { seedEvents: new Map(rows.map((r) => [r.id, r.n])) };
  } finally {
    db.close();
  }
}

/** A copy of the template at `<dir>/<name>`. */
export function copyOf(template: string, dir: string, name: string): string {
  const path = join(dir, name);
  copyFileSync(template, path);
  return path;
}

/** What checkConsistency found. */
export type Consistency = {
  integrity: string;
  foreignKeyViolations: number;
  /** Parcels whose version does not match their events (should be empty). */
  mismatched: string[];
  /** Recorded edits: events added since the seed. */
  edits: number;
  revision: number;
  /** Notes of all events added since the seed. */
  notes: Set<string>;
};

/** Opens `path` read-only (after a crash: SQLite replays the WAL) and checks the invariants. */
export function checkConsistency(path: string, baseline: Baseline): Consistency {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    const foreignKeyViolations = (db.pragma('foreign_key_check') as unknown[]).length;
    const parcels = db.prepare('SELECT id, version, state FROM parcels').all() as {
      id: string;
      version: number;
      state: string;
    }[];
    const counts = new Map(
      (
        db.prepare('SELECT parcel_id AS id, count(*) AS n FROM land_events GROUP BY parcel_id').all() as {
          id: string;
          n: number;
        }[]
      ).map((r) => [r.id, r.n]),
    );
    const lastTo = db
      .prepare('SELECT to_state FROM land_events WHERE parcel_id = ? ORDER BY id DESC LIMIT 1')
      .pluck();
    const mismatched: string[] = [];
    let edits = 0;
    for (const p of parcels) {
      const added = (counts.get(p.id) ?? 0) - (baseline.seedEvents.get(p.id) ?? 0);
      edits += added;
      if (p.version - 1 !== added || (added > 0 && lastTo.get(p.id) !== p.state)) mismatched.push(p.id);
    }
    const revision = Number(db.prepare("SELECT value FROM meta WHERE key = 'revision'").pluck().get() ?? 0);
    const notes = new Set(
      db.prepare("SELECT note FROM land_events WHERE note LIKE 'rel:%'").pluck().all() as string[],
    );
    return { integrity, foreignKeyViolations, mismatched, edits, revision, notes };
  } finally {
    db.close();
  }
}
