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
import type { Dataset } from './dataset.ts';

/** Inserts every record of `data` and the meta keys (asOf, dataVersion, title, …), referenced rows first. */
export function writeDataset(db: Database, data: Dataset): void {
  insertMeta(db, data.meta, data.dataVersion);
  insertPlatforms(db, data.platforms);
  insertParcels(db, data.parcels);
  insertProjects(db, data.projects);
  insertRedevelopment(db, data.redevelopment);
  insertTargetsAndUpgrades(db, data.targets, data.techUpgrades);
  insertContextLayers(db, data.layers);
}
