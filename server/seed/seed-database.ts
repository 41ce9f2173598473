/**
 * Fills an empty database from a geodata directory, in one transaction: either everything is written or
 * nothing is. Idempotent: a database that already holds a dataset is left untouched (delete the file to
 * reload different data).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { beijingDate } from '../../domain/beijing-time.ts';
import { DatasetMeta } from '../../domain/schemas.ts';
import { seededVersion } from '../db/queries/meta.ts';
import { hasSettings, platformTowns, writeSettings } from '../db/queries/settings.ts';
import type { Dataset } from './dataset.ts';
import { loadGeodata } from './load-geodata.ts';
import { seedEmpty } from './seed-empty.ts';
import { writeDataset } from './write-dataset.ts';
import { zoneSettingsOf } from './zone-settings-of.ts';

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
  if (existing) {
    backfillZoneSettings(db, geodataDir);
    return { seeded: false, dataVersion: existing };
  }
  if (source === 'none' || emptyDir(geodataDir)) return seedEmpty(db, beijingDate(now));
  return seedDataset(db, loadGeodata(geodataDir));
}

/**
 * A database seeded before zone settings existed (migration 009) holds none: it gets the geodata's zone settings
 * (meta.json `zone`, towns from its platforms) rather than the empty zone's name, so an upgrade keeps its title.
 */
function backfillZoneSettings(db: Database, geodataDir: string): void {
  const metaPath = join(geodataDir, 'meta.json');
  if (hasSettings(db) || !existsSync(metaPath)) return;
  const meta = DatasetMeta.safeParse(JSON.parse(readFileSync(metaPath, 'utf8')));
  if (!meta.success) return;
  const settings = zoneSettingsOf({ meta: meta.data, platforms: [] });
  const towns = settings.towns.length > 0 ? settings.towns : platformTowns(db);
  db.transaction(() => writeSettings(db, { ...settings, towns }))();
}
