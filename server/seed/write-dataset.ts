/**
 * Writes a validated Dataset into an empty, migrated database, table by table (the inserts are in
 * server/db/queries/seed-writes.ts). The caller wraps it in a transaction.
 */
import type { Database } from 'better-sqlite3';
import {
  insertContextLayers,
  insertMeta,
  insertParcels,
  insertPlatforms,
  insertProjects,
  insertRedevelopment,
  insertTargetsAndUpgrades,
} from '../db/queries/seed-writes.ts';
import { writeSettings } from '../db/queries/settings.ts';
import type { Dataset } from './dataset.ts';
import { zoneSettingsOf } from './zone-settings-of.ts';

/**
 * Inserts every record of `data`, the meta keys (asOf, dataVersion, title, …) and the zone settings (meta.json
 * `zone` over the empty zone's defaults), referenced rows first.
 */
export function writeDataset(db: Database, data: Dataset): void {
  insertMeta(db, data.meta, data.dataVersion);
  insertPlatforms(db, data.platforms);
  insertParcels(db, data.parcels);
  insertProjects(db, data.projects);
  insertRedevelopment(db, data.redevelopment);
  insertTargetsAndUpgrades(db, data.targets, data.techUpgrades);
  insertContextLayers(db, data.layers);
  writeSettings(db, zoneSettingsOf(data));
}
