/**
 * Fills an empty database from a geodata directory, in one transaction: either everything is written or
 * nothing is. Idempotent: a database that already holds a dataset is left untouched (delete the file to
 * reload different data).
 */
import type { Database } from 'better-sqlite3';
import { seededVersion } from '../db/queries/meta.ts';
import type { Dataset } from './dataset.ts';
import { loadGeodata } from './load-geodata.ts';
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

/** Seeds `db` from `geodataDir` when it is empty; validates everything first (throws SeedError). */
export function seedDatabase(db: Database, geodataDir: string): SeedResult {
  const existing = seededVersion(db);
  if (existing) return { seeded: false, dataVersion: existing };
  return seedDataset(db, loadGeodata(geodataDir));
}
