/**
 * SQL of imports (migration 005_imports.sql): the staged dry run (`imports`, `import_records`), the parcels a
 * commit writes with the full rows they replace (`import_changes`), and the restore of those rows on revert.
 * Callers run these inside their transaction.
 */
import type { Database } from 'better-sqlite3';
import type { ExistingParcel, PlatformArea } from '../../../domain/import/parcel-checks.ts';
import type { AreaGeometry } from '../../../domain/schemas.ts';
import { geometryColumn } from './columns.ts';
import { parcelWriter } from './parcel-writes.ts';

/** Import lifecycle: staged by a dry run, then committed (and possibly reverted). */
export type ImportStatus = 'staged' | 'committed' | 'reverted';

/** One import as stored (JSON columns parsed by the caller). */
export interface ImportRow {
  id: string;
  kind: string;
  fileName: string;
  fileHash: string;
  format: string;
  crs: string | null;
  detectedCrs: string | null;
  mapping: string;
  fields: string;
  recordCount: number;
  fileProblems: string;
  status: ImportStatus;
  createdAt: string;
  createdBy: number | null;
  createdByName: string;
  commitMode: string | null;
  committedAt: string | null;
  committedByName: string | null;
  counts: string | null;
  revertedAt: string | null;
  revertedByName: string | null;
}

/** One staged record. */
export interface ImportRecordRow {
  record: number;
  code: string | null;
  platformId: string | null;
  existingId: string | null;
  candidate: string | null;
  problems: string;
  blocking: number;
}

const IMPORT_COLUMNS = `id, kind, file_name AS fileName, file_hash AS fileHash, format, crs, detected_crs AS detectedCrs,
  mapping, fields, record_count AS recordCount, file_problems AS fileProblems, status, created_at AS createdAt,
  created_by AS createdBy, created_by_name AS createdByName, commit_mode AS commitMode, committed_at AS committedAt,
  committed_by_name AS committedByName, counts, reverted_at AS revertedAt, reverted_by_name AS revertedByName`;

/** Stores a dry run: the import and its records. */
export function insertStagedImport(
  db: Database,
  i: Omit<
    ImportRow,
    'status' | 'commitMode' | 'committedAt' | 'committedByName' | 'counts' | 'revertedAt' | 'revertedByName'
  >,
  records: readonly ImportRecordRow[],
): void {
  db.prepare(
    `INSERT INTO imports (id, kind, file_name, file_hash, format, crs, detected_crs, mapping, fields, record_count,
       file_problems, status, created_at, created_by, created_by_name)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'staged', ?, ?, ?)`,
  ).run(
    i.id,
    i.kind,
    i.fileName,
    i.fileHash,
    i.format,
    i.crs,
    i.detectedCrs,
    i.mapping,
    i.fields,
    i.recordCount,
    i.fileProblems,
    i.createdAt,
    i.createdBy,
    i.createdByName,
  );
  const stmt = db.prepare(
    `INSERT INTO import_records (import_id, record, code, platform_id, existing_id, candidate, problems, blocking)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of records)
    stmt.run(i.id, r.record, r.code, r.platformId, r.existingId, r.candidate, r.problems, r.blocking);
}

/** One import, or undefined. */
export const getImport = (db: Database, id: string): ImportRow | undefined =>
  db.prepare(`SELECT ${IMPORT_COLUMNS} FROM imports WHERE id = ?`).get(id) as ImportRow | undefined;

/** Every import, newest first. */
export const listImports = (db: Database): ImportRow[] =>
  db.prepare(`SELECT ${IMPORT_COLUMNS} FROM imports ORDER BY created_at DESC, id DESC`).all() as ImportRow[];

/** The staged records of an import, in record order. */
export const importRecords = (db: Database, id: string): ImportRecordRow[] =>
  db
    .prepare(
      `SELECT record, code, platform_id AS platformId, existing_id AS existingId, candidate, problems, blocking
       FROM import_records WHERE import_id = ? ORDER BY record`,
    )
    .all(id) as ImportRecordRow[];

/** Parcels whose bounding box meets `bbox` [west, south, east, north] (R*Tree, then the exact box). */
export function parcelsNear(db: Database, bbox: readonly number[]): ExistingParcel[] {
  const [w, s, e, n] = bbox;
  const rows = db
    .prepare(
      `SELECT p.id, p.code, p.geometry FROM parcel_rtree r JOIN parcels p ON p.rid = r.rid
       WHERE r.max_lon >= ? AND r.min_lon <= ? AND r.max_lat >= ? AND r.min_lat <= ?
         AND p.max_lon >= ? AND p.min_lon <= ? AND p.max_lat >= ? AND p.min_lat <= ?`,
    )
    .all(w, e, s, n, w, e, s, n) as { id: string; code: string; geometry: string }[];
  return rows.map((r) => ({ id: r.id, code: r.code, geometry: geometryColumn(r.geometry) as AreaGeometry }));
}

/** Every platform with its towns and boundary. */
export function platformAreas(db: Database): PlatformArea[] {
  const rows = db.prepare('SELECT id, towns, geometry FROM platforms ORDER BY id').all() as {
    id: string;
    towns: string;
    geometry: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    towns: JSON.parse(r.towns) as string[],
    geometry: geometryColumn(r.geometry) as AreaGeometry,
  }));
}

/**
 * Id, version, platform and retirement of the parcel with `code` (current or retired: codes are unique over
 * both, so a retired parcel's code cannot be given to a new one), or undefined.
 */
export const parcelByCode = (db: Database, code: string) =>
  db
    .prepare(
      `SELECT id, version, platform_id AS platformId, retired_on AS retiredOn, retired_reason AS retiredReason
       FROM parcels WHERE code = ?`,
    )
    .get(code) as
    | {
        id: string;
        version: number;
        platformId: string;
        retiredOn: string | null;
        retiredReason: string | null;
      }
    | undefined;

/** A record that refers to a parcel: a linked project, a 三旧 site, a grant record, or a split/merge lineage. */
export interface ParcelReference {
  kind: 'project' | 'redevelopment_site' | 'contract_amendment' | 'compliance_step' | 'lineage';
  id: string;
  name: string;
}

/** Every row of another table that refers to parcel `id` (land events excluded: they belong to the parcel). */
export function parcelReferences(db: Database, id: string): ParcelReference[] {
  return db
    .prepare(
      `SELECT 'project' AS kind, pr.id, pr.name FROM parcel_projects pp JOIN projects pr ON pr.id = pp.project_id
         WHERE pp.parcel_id = :id
       UNION ALL SELECT 'redevelopment_site', id, name FROM redevelopment_sites WHERE parcel_id = :id
       UNION ALL SELECT 'contract_amendment', CAST(id AS TEXT), CAST(id AS TEXT) FROM contract_amendments
         WHERE parcel_id = :id
       UNION ALL SELECT 'compliance_step', CAST(id AS TEXT), CAST(id AS TEXT) FROM compliance_steps
         WHERE parcel_id = :id
       UNION ALL SELECT 'lineage', CASE WHEN parent_id = :id THEN child_id ELSE parent_id END,
         (SELECT code FROM parcels WHERE id = CASE WHEN parent_id = :id THEN child_id ELSE parent_id END)
         FROM parcel_lineage WHERE parent_id = :id OR child_id = :id
       ORDER BY 1, 2`,
    )
    .all({ id }) as ParcelReference[];
}

/** True when a parcel has this id. */
export const parcelIdTaken = (db: Database, id: string): boolean =>
  db.prepare('SELECT 1 FROM parcels WHERE id = ?').get(id) !== undefined;

/** The full `parcels` row (every column, as stored), or undefined. */
export const parcelRow = (db: Database, id: string): Record<string, unknown> | undefined =>
  db.prepare('SELECT * FROM parcels WHERE id = ?').get(id) as Record<string, unknown> | undefined;

/** A new parcel as an import writes it. */
export interface ImportedParcel {
  id: string;
  code: string;
  platformId: string;
  town: string;
  landUse: string;
  areaM2: number;
  areaMu: number;
  plotRatioMax: number;
  state: string;
  stateSince: string;
  geometry: AreaGeometry;
  bbox: [number, number, number, number];
}

const setBox = (db: Database, rid: number | bigint, b: readonly number[]) => {
  db.prepare('DELETE FROM parcel_rtree WHERE rid = ?').run(rid);
  db.prepare('INSERT INTO parcel_rtree (rid, min_lon, max_lon, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)').run(
    rid,
    b[0],
    b[2],
    b[1],
    b[3],
  );
};

/**
 * Inserts a new parcel with its R*Tree box and its first land event (who, note: the import); `createdOn` (ISO
 * day of the commit) is when it entered the app, so history and `asOf` views before that day do not show it.
 */
export function insertImportedParcel(
  db: Database,
  p: ImportedParcel,
  event: { note: string; who: string; createdOn: string },
): void {
  const noContract = { signed: null, agreedDelivery: null, agreedStart: null, agreedCompletion: null };
  parcelWriter(db)({ ...p, expectedReadyDate: null, contract: noContract, landPriceWan: null, version: 1 });
  db.prepare('UPDATE parcels SET created_on = ? WHERE id = ?').run(event.createdOn, p.id);
  db.prepare(
    'INSERT INTO land_events (parcel_id, from_state, to_state, date, note, who) VALUES (?, NULL, ?, ?, ?, ?)',
  ).run(p.id, p.state, p.stateSince, event.note, event.who);
}

/** Updates an existing parcel's geometry, area and the mapped attributes; bumps its version. */
export function updateImportedParcel(
  db: Database,
  id: string,
  p: Pick<
    ImportedParcel,
    'platformId' | 'town' | 'landUse' | 'areaM2' | 'areaMu' | 'plotRatioMax' | 'geometry' | 'bbox'
  >,
): number {
  db.prepare(
    `UPDATE parcels SET platform_id = ?, town = ?, land_use = ?, area_m2 = ?, area_mu = ?, plot_ratio_max = ?,
       geometry = ?, min_lon = ?, min_lat = ?, max_lon = ?, max_lat = ?, version = version + 1 WHERE id = ?`,
  ).run(
    p.platformId,
    p.town,
    p.landUse,
    p.areaM2,
    p.areaMu,
    p.plotRatioMax,
    JSON.stringify(p.geometry),
    ...p.bbox,
    id,
  );
  const row = db.prepare('SELECT rid, version FROM parcels WHERE id = ?').get(id) as {
    rid: number;
    version: number;
  };
  setBox(db, row.rid, p.bbox);
  return row.version;
}

/** Records what a commit did to one parcel. */
export function insertImportChange(
  db: Database,
  c: {
    importId: string;
    record: number;
    entityId: string;
    op: 'insert' | 'update';
    beforeRow: string | null;
    afterVersion: number;
    afterRow?: string | null;
  },
): void {
  db.prepare(
    `INSERT INTO import_changes (import_id, record, entity_id, op, before_row, after_version, after_row)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(c.importId, c.record, c.entityId, c.op, c.beforeRow, c.afterVersion, c.afterRow ?? null);
}

/** What a commit did, in record order. */
export const importChanges = (db: Database, importId: string) =>
  db
    .prepare(
      `SELECT record, entity_id AS entityId, op, before_row AS beforeRow, after_version AS afterVersion,
         after_row AS afterRow
       FROM import_changes WHERE import_id = ? ORDER BY record`,
    )
    .all(importId) as {
    record: number;
    entityId: string;
    op: 'insert' | 'update';
    beforeRow: string | null;
    afterVersion: number;
    afterRow: string | null;
  }[];

/** Current version and code of a parcel, or undefined when it no longer exists. */
export const parcelVersion = (db: Database, id: string) =>
  db.prepare('SELECT version, code FROM parcels WHERE id = ?').get(id) as
    | { version: number; code: string }
    | undefined;

/** Deletes a parcel an import inserted, with its R*Tree box and land events. */
export function deleteImportedParcel(db: Database, id: string): void {
  const row = db.prepare('SELECT rid FROM parcels WHERE id = ?').get(id) as { rid: number } | undefined;
  if (!row) return;
  db.prepare('DELETE FROM land_events WHERE parcel_id = ?').run(id);
  db.prepare('DELETE FROM parcel_rtree WHERE rid = ?').run(row.rid);
  db.prepare('DELETE FROM parcels WHERE id = ?').run(id);
}

/** Puts back a full `parcels` row as `parcelRow` read it (every column but the row id), and its R*Tree box. */
export function restoreParcelRow(db: Database, row: Record<string, unknown>): void {
  const cols = Object.keys(row).filter((k) => k !== 'rid' && k !== 'id' && /^[a-z_0-9]+$/.test(k));
  db.prepare(`UPDATE parcels SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(
    ...cols.map((c) => row[c] as string | number | null),
    row.id as string,
  );
  const r = row as { rid: number; min_lon: number; min_lat: number; max_lon: number; max_lat: number };
  setBox(db, r.rid, [r.min_lon, r.min_lat, r.max_lon, r.max_lat]);
}

/**
 * Deletes the dry runs (status staged) made before `before` (ISO instant) with their records; committed and
 * reverted imports stay as history. Returns how many were deleted.
 */
export function deleteStaleStagedImports(db: Database, before: string): number {
  const ids = db
    .prepare(`SELECT id FROM imports WHERE status = 'staged' AND created_at < ?`)
    .pluck()
    .all(before) as string[];
  const records = db.prepare('DELETE FROM import_records WHERE import_id = ?');
  const imp = db.prepare('DELETE FROM imports WHERE id = ?');
  for (const id of ids) {
    records.run(id);
    imp.run(id);
  }
  return ids.length;
}

/** Marks an import committed with its mode, counts and who. */
export function markCommitted(
  db: Database,
  id: string,
  m: { mode: string; at: string; by: string; counts: string },
): void {
  db.prepare(
    `UPDATE imports SET status = 'committed', commit_mode = ?, committed_at = ?, committed_by_name = ?, counts = ?
     WHERE id = ?`,
  ).run(m.mode, m.at, m.by, m.counts, id);
}

/** Marks an import reverted. */
export function markReverted(db: Database, id: string, at: string, by: string): void {
  db.prepare(
    `UPDATE imports SET status = 'reverted', reverted_at = ?, reverted_by_name = ? WHERE id = ?`,
  ).run(at, by, id);
}
