/**
 * Starts an empty zone (`SEED=none`, or a GEODATA_DIR holding no files): no platforms, parcels or projects, only
 * the meta keys the app needs (as-of date = the day of creation, a data version) and the empty zone's settings,
 * which an administrator then sets (/settings) before importing platforms, parcels and projects (/import).
 */
import type { Database } from 'better-sqlite3';
import { EMPTY_ZONE_SETTINGS } from '../../domain/settings/zone-settings.ts';
import { seededVersion } from '../db/queries/meta.ts';
import { insertMeta } from '../db/queries/seed-writes.ts';
import { writeSettings } from '../db/queries/settings.ts';

/** Data version of an instance started empty (edits then add `-r<n>`). */
export const EMPTY_DATA_VERSION = 'empty';

/** Writes the meta keys and default settings of an empty zone, once; `today` is the ISO day of creation. */
export function seedEmpty(db: Database, today: string): { seeded: boolean; dataVersion: string } {
  return db
    .transaction(() => {
      const existing = seededVersion(db);
      if (existing) return { seeded: false, dataVersion: existing };
      insertMeta(db, { asOf: today, title: '', source: '', illustrativeGeometry: false }, EMPTY_DATA_VERSION);
      writeSettings(db, EMPTY_ZONE_SETTINGS);
      return { seeded: true, dataVersion: EMPTY_DATA_VERSION };
    })
    .immediate();
}
