/**
 * SQL of platform and 三旧 site imports (the dry run reads, the commit writes, the revert restores): rows are kept
 * whole as JSON in `import_changes` (before and after), as for projects, so a revert puts back exactly what was
 * replaced and refuses when a row changed since. Callers run these inside their transaction.
 */
import type { Database } from 'better-sqlite3';
import type { AreaGeometry } from '../../../domain/schemas.ts';
import { geometryColumn } from './columns.ts';

/** Tables an area import writes. */
export type AreaTable = 'platforms' | 'redevelopment_sites';

/** An existing platform or 三旧 site as the checks see it: id, code and boundary. */
export interface ExistingArea {
  id: string;
  code: string;
  platformId: string | null;
  geometry: AreaGeometry;
}

/** Every platform (its id is its code). */
export const existingPlatforms = (db: Database): ExistingArea[] =>
  (
    db.prepare('SELECT id, geometry FROM platforms ORDER BY id').all() as { id: string; geometry: string }[]
  ).map((r) => ({ id: r.id, code: r.id, platformId: r.id, geometry: geometryColumn(r.geometry) }));

/** Every 三旧 site. */
export const existingSites = (db: Database): ExistingArea[] =>
  (
    db
      .prepare('SELECT id, code, platform_id AS platformId, geometry FROM redevelopment_sites ORDER BY id')
      .all() as {
      id: string;
      code: string;
      platformId: string;
      geometry: string;
    }[]
  ).map((r) => ({ ...r, geometry: geometryColumn(r.geometry) }));

/** The full row of `table` with this id (every column, as stored), or undefined. */
export const areaRow = (db: Database, table: AreaTable, id: string): Record<string, unknown> | undefined =>
  db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;

/** True when a row of `table` has this id. */
export const areaIdTaken = (db: Database, table: AreaTable, id: string): boolean =>
  db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;

/** A platform as an import writes it. */
export interface ImportedPlatform {
  id: string;
  nameZh: string;
  nameEn: string;
  kind: string;
  towns: string[];
  areaM2: number;
  geometry: AreaGeometry;
  bbox: readonly [number, number, number, number];
}

/** Inserts a new platform (no focus industries yet: they are set on the platform afterwards). */
export function insertImportedPlatform(db: Database, p: ImportedPlatform): void {
  db.prepare(
    `INSERT INTO platforms (id, name_zh, name_en, kind, focus_industries, towns, area_m2, geometry,
       min_lon, min_lat, max_lon, max_lat) VALUES (?, ?, ?, ?, '[]', ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    p.id,
    p.nameZh,
    p.nameEn,
    p.kind,
    JSON.stringify(p.towns),
    p.areaM2,
    JSON.stringify(p.geometry),
    ...p.bbox,
  );
}

/** Updates an existing platform's names, kind, towns, boundary and area (focus industries are kept). */
export function updateImportedPlatform(db: Database, p: ImportedPlatform): void {
  db.prepare(
    `UPDATE platforms SET name_zh = ?, name_en = ?, kind = ?, towns = ?, area_m2 = ?, geometry = ?,
       min_lon = ?, min_lat = ?, max_lon = ?, max_lat = ? WHERE id = ?`,
  ).run(
    p.nameZh,
    p.nameEn,
    p.kind,
    JSON.stringify(p.towns),
    p.areaM2,
    JSON.stringify(p.geometry),
    ...p.bbox,
    p.id,
  );
}

/** A 三旧 site as an import writes it. */
export interface ImportedSite {
  id: string;
  code: string;
  name: string;
  type: string;
  mode: string;
  platformId: string;
  areaM2: number;
  targetYear: number;
  stage: string;
  completedAreaM2: number;
  floorSpaceM2: number;
  landOutputM2: number;
  expectedCompletion: string;
  geometry: AreaGeometry;
  bbox: readonly [number, number, number, number];
}

/** A site's written columns in the order both statements list them: name … expected completion, geometry, bbox. */
const siteValues = (s: ImportedSite) =>
  [
    s.name,
    s.type,
    s.mode,
    s.platformId,
    s.areaM2,
    s.targetYear,
    s.stage,
    s.completedAreaM2,
    s.floorSpaceM2,
    s.landOutputM2,
    s.expectedCompletion,
    JSON.stringify(s.geometry),
    ...s.bbox,
  ] as const;

/** Inserts a new 三旧 site (no parcel link, version 1). */
export function insertImportedSite(db: Database, s: ImportedSite): void {
  db.prepare(
    `INSERT INTO redevelopment_sites (id, code, name, type, mode, platform_id, area_m2, target_year, stage,
       completed_area_m2, floor_space_m2, land_output_m2, expected_completion, parcel_id, geometry,
       min_lon, min_lat, max_lon, max_lat) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)`,
  ).run(s.id, s.code, ...siteValues(s));
}

/** Updates an existing 三旧 site's fields and boundary (its parcel link and implementer are kept); bumps its version. */
export function updateImportedSite(db: Database, s: ImportedSite): void {
  db.prepare(
    `UPDATE redevelopment_sites SET name = ?, type = ?, mode = ?, platform_id = ?, area_m2 = ?, target_year = ?,
       stage = ?, completed_area_m2 = ?, floor_space_m2 = ?, land_output_m2 = ?, expected_completion = ?,
       geometry = ?, min_lon = ?, min_lat = ?, max_lon = ?, max_lat = ?, version = version + 1 WHERE id = ?`,
  ).run(...siteValues(s), s.id);
}

/** Id and platform of the 三旧 site with `code`, or undefined. */
export const siteByCode = (db: Database, code: string) =>
  db.prepare('SELECT id, platform_id AS platformId FROM redevelopment_sites WHERE code = ?').get(code) as
    | { id: string; platformId: string }
    | undefined;

/** What refers to a platform or a 三旧 site (kind, id and a name to show), so that deleting it would orphan them. */
export function areaReferences(
  db: Database,
  table: AreaTable,
  id: string,
): { kind: string; id: string; name: string }[] {
  const sql =
    table === 'platforms'
      ? `SELECT 'parcel' AS kind, id, code AS name FROM parcels WHERE platform_id = :id
         UNION ALL SELECT 'project', id, name FROM projects WHERE target_platform_id = :id
         UNION ALL SELECT 'redevelopment_site', id, name FROM redevelopment_sites WHERE platform_id = :id
         UNION ALL SELECT 'tech_upgrade', id, enterprise FROM tech_upgrades WHERE platform_id = :id
         UNION ALL SELECT 'user', CAST(user_id AS TEXT), CAST(user_id AS TEXT) FROM user_platforms WHERE platform_id = :id`
      : `SELECT 'land_balance_lock' AS kind, project_id AS id, project_id AS name FROM land_balance_locks
           WHERE site_id = 'redev:' || :id
         UNION ALL SELECT 'land_balance_exclusion', ref, ref FROM land_balance_exclusions
           WHERE kind = 'site' AND ref = 'redev:' || :id`;
  return db.prepare(`${sql} LIMIT 5`).all({ id }) as { kind: string; id: string; name: string }[];
}

/** Deletes a row an import inserted (the caller has checked nothing refers to it). */
export function deleteAreaRow(db: Database, table: AreaTable, id: string): void {
  db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
}

/** Puts back a full row as `areaRow` read it. */
export function restoreAreaRow(db: Database, table: AreaTable, row: Record<string, unknown>): void {
  const cols = Object.keys(row).filter((k) => k !== 'id' && /^[a-z_0-9]+$/.test(k));
  db.prepare(`UPDATE ${table} SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(
    ...cols.map((c) => row[c] as string | number | null),
    row.id as string,
  );
}
