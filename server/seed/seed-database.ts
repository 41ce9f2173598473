/**
 * Fills an empty database from a geodata directory, in one transaction: either everything is written or
 * nothing is. Idempotent: a database that already holds a dataset is left untouched (delete the file to
 * reload different data).
 */
import { existsSync, readdirSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { beijingDate } from '../../domain/beijing-time.ts';
import { seededVersion } from '../db/queries/meta.ts';
import type { Dataset } from './dataset.ts';
import { loadGeodata } from './load-geodata.ts';
import { seedEmpty } from './seed-empty.ts';
import { writeDataset } from './write-dataset.ts';

export { SeedError } from './seed-error.ts';

/** What a seed call did. `seeded` is false when the database already held data. */
export type SeedResult = { seeded: boolean; dataVersion: string };

/** Writes an already-loaded dataset into an empty database (used by the seed and the benchmarks). */
export function seedDataset(db: Database, data: Dataset): SeedResult {
  return db
    .transaction((): SeedResult => {
      const existing = seededVersion(db);
      if (existing) return { seeded: false, dataVersion: existing };
      writeDataset(db, data);
      return { seeded: true, dataVersion: data.dataVersion };
    })
    .immediate();
}

/** Where an empty database's data comes from: the geodata directory, or nothing (an empty zone). */
export type SeedSource = 'geodata' | 'none';

/** True when `dir` exists and holds no file (an empty GEODATA_DIR starts an empty zone). */
const emptyDir = (dir: string) => existsSync(dir) && readdirSync(dir).length === 0;

/**
 * Seeds `db` when it is empty: from `geodataDir` (validating everything first; throws SeedError), or — with
 * `source` none or an empty directory — as an empty zone (seed-empty.ts) created on `now`'s day.
 */
export function seedDatabase(
  db: Database,
  geodataDir: string,
  source: SeedSource = 'geodata',
  now: Date = new Date(),
): SeedResult {
  const existing = seededVersion(db);
  if (existing) return { seeded: false, dataVersion: existing };
  if (source === 'none' || emptyDir(geodataDir)) return seedEmpty(db, beijingDate(now));
  return seedDataset(db, loadGeodata(geodataDir));
}
