/**
 * The inserts of the seed, one function per table (column layout: server/db/migrations/001_init.sql). The
 * seed (server/seed/write-dataset.ts) calls them in order inside its transaction on an empty database.
 */

import type { Database } from 'better-sqlite3';
import type {
  ContextFeature,
  Dataset,
  ParcelRecord,
  PlatformRecord,
  RedevelopmentRecord,
} from '../../seed/dataset.ts';
import { insertAmendment, insertComplianceStep, writeGrantColumns } from './grant-records.ts';
import { projectWriter } from './import-projects.ts';
import { parcelWriter } from './parcel-writes.ts';

/** The meta keys: asOf, title, source, illustrativeGeometry ('1' / '0') and dataVersion. */
export function insertMeta(db: Database, meta: Dataset['meta'], dataVersion: string): void {
  const stmt = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
  stmt.run('asOf', meta.asOf);
  stmt.run('title', meta.title);
  stmt.run('source', meta.source);
  stmt.run('illustrativeGeometry', meta.illustrativeGeometry ? '1' : '0');
  stmt.run('dataVersion', dataVersion);
}

/** Platforms with their focus industries and towns as JSON arrays, geometry as GeoJSON text, bbox columns. */
export function insertPlatforms(db: Database, platforms: readonly PlatformRecord[]): void {
  const stmt = db.prepare(
    `INSERT INTO platforms (id, name_zh, name_en, kind, focus_industries, towns, area_m2, geometry,
       min_lon, min_lat, max_lon, max_lat) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const p of platforms) {
    stmt.run(
      p.id,
      p.nameZh,
      p.nameEn,
      p.kind,
      JSON.stringify(p.focusIndustries),
      JSON.stringify(p.towns),
      p.areaM2,
      JSON.stringify(p.geometry),
      ...p.bbox,
    );
  }
}

/** Parcels, each with its R*Tree box and its land-state events (in file order). */
export function insertParcels(db: Database, parcels: readonly ParcelRecord[]): void {
  const write = parcelWriter(db);
  const event = db.prepare(
    'INSERT INTO land_events (parcel_id, from_state, to_state, date, note, who) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const p of parcels) {
    write(p);
    for (const e of p.events) event.run(p.id, e.from, e.to, e.date, e.note, e.who);
    writeGrantRecordsOf(db, p);
  }
}

/** A parcel's grant columns, 补充协议 and idle-procedure steps (migration 003_grant_records.sql). */
function writeGrantRecordsOf(db: Database, p: ParcelRecord): void {
  writeGrantColumns(db, p.id, p.records);
  for (const a of p.records.amendments) insertAmendment(db, p.id, a, { note: '', who: '' });
  for (const s of p.records.complianceSteps) insertComplianceStep(db, p.id, s, '');
}

/** Projects and their parcel links (a repeated link is written once). */
export function insertProjects(db: Database, projects: Dataset['projects']): void {
  const write = projectWriter(db);
  const link = db.prepare('INSERT OR IGNORE INTO parcel_projects (parcel_id, project_id) VALUES (?, ?)');
  for (const p of projects) {
    write({ ...p, fixedInvestmentWan: p.fixedInvestmentWan ?? null });
    for (const parcelId of p.parcelIds) link.run(parcelId, p.id);
  }
}

/** 三旧改造 sites with geometry and bbox. */
export function insertRedevelopment(db: Database, sites: readonly RedevelopmentRecord[]): void {
  const stmt = db.prepare(
    `INSERT INTO redevelopment_sites (id, code, name, type, mode, platform_id, area_m2, target_year, stage,
       completed_area_m2, floor_space_m2, land_output_m2, expected_completion, parcel_id, geometry,
       min_lon, min_lat, max_lon, max_lat) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of sites) {
    stmt.run(
      r.id,
      r.code,
      r.name,
      r.type,
      r.mode,
      r.platformId,
      r.areaM2,
      r.targetYear,
      r.stage,
      r.completedAreaM2,
      r.floorSpaceM2,
      r.landOutputM2,
      r.expectedCompletion,
      r.parcelId,
      JSON.stringify(r.geometry),
      ...r.bbox,
    );
  }
}

/** Targets and 技改 (technical-upgrade) records. */
export function insertTargetsAndUpgrades(
  db: Database,
  targets: Dataset['targets'],
  upgrades: Dataset['techUpgrades'],
): void {
  const target = db.prepare(
    'INSERT INTO targets (id, scope, year, metric, value, unit, source) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const t of targets) target.run(t.id, t.scope, t.year, t.metric, t.value, t.unit, t.source);
  const upgrade = db.prepare(
    'INSERT INTO tech_upgrades (id, enterprise, platform_id, year, investment_wan, completed_wan) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const t of upgrades)
    upgrade.run(t.id, t.enterprise, t.platformId, t.year, t.investmentWan, t.completedWan);
}

/** Context features (towns, roads, water) as GeoJSON text, numbered in file order per layer. */
export function insertContextLayers(db: Database, layers: Record<string, readonly ContextFeature[]>): void {
  const stmt = db.prepare('INSERT INTO context_features (layer, position, feature) VALUES (?, ?, ?)');
  for (const [layer, features] of Object.entries(layers)) {
    for (const [i, f] of features.entries()) stmt.run(layer, i, JSON.stringify(f));
  }
}
