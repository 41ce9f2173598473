/**
 * Reads and writes of the undo of a split, merge or vertex move (domain/parcel-edit/geometry-undo.ts): the
 * parcels as they stand, the writes since the edit, whether it was undone already, the parcel a split or merge
 * created from its opening event, and the undo itself — created parcels retired (reason `undo`, naming the edit),
 * the parcels the edit retired reinstated. Migration 014_geometry_undo.sql. Call inside a transaction.
 */
import type { Database } from 'better-sqlite3';
import {
  type CreatedNow,
  GEOMETRY_UNDO_ACTION,
  type ParcelNow,
} from '../../../domain/parcel-edit/geometry-undo.ts';

type NowRow = {
  id: string;
  code: string;
  version: number;
  retired_on: string | null;
  retired_reason: string | null;
};

/** A parcel's id, code, version and retirement, or null. */
export function parcelNow(db: Database, id: string): ParcelNow | null {
  const r = db
    .prepare('SELECT id, code, version, retired_on, retired_reason FROM parcels WHERE id = ?')
    .get(id) as NowRow | undefined;
  return r
    ? { id: r.id, code: r.code, version: r.version, retiredOn: r.retired_on, retiredReason: r.retired_reason }
    : null;
}

/** The parcel's audited writes after audit row `auditId`, oldest first (at most `limit`), optionally of `actions`. */
export function parcelWritesSince(
  db: Database,
  parcelId: string,
  auditId: number,
  actions: readonly string[] | null = null,
  limit = 10,
): { at: string; who: string; action: string }[] {
  const only = actions ? `AND action IN (${actions.map(() => '?').join(', ')})` : '';
  return db
    .prepare(
      `SELECT at, user_name AS who, action FROM audit_log
       WHERE entity_type = 'parcel' AND entity_id = ? AND id > ? ${only} ORDER BY id LIMIT ?`,
    )
    .all(parcelId, auditId, ...(actions ?? []), limit) as { at: string; who: string; action: string }[];
}

/** A parcel a split or merge created, as it stands now, with its links and the writes on it after `auditId`. */
export function createdNow(db: Database, id: string, auditId: number): CreatedNow | null {
  const p = parcelNow(db, id);
  if (!p) return null;
  const projectIds = db
    .prepare('SELECT project_id FROM parcel_projects WHERE parcel_id = ?')
    .pluck()
    .all(id) as string[];
  const siteIds = db
    .prepare('SELECT id FROM redevelopment_sites WHERE parcel_id = ?')
    .pluck()
    .all(id) as string[];
  return { ...p, projectIds, siteIds, later: parcelWritesSince(db, id, auditId) };
}

/** The audit row of the undo of edit `auditId` (recorded on the edit's entity), or null. */
export function undoOfEdit(db: Database, entityId: string, auditId: number): number | null {
  const id = db
    .prepare(
      `SELECT id FROM audit_log WHERE entity_type = 'parcel' AND entity_id = ? AND action = ?
         AND json_extract(after, '$.undoOf') = ? LIMIT 1`,
    )
    .pluck()
    .get(entityId, GEOMETRY_UNDO_ACTION, auditId);
  return typeof id === 'number' ? id : null;
}

/** The audit row of the split, merge or drawing (新增地块) that created parcel `id` (its opening event's), or null. */
export function creatingEditOf(db: Database, id: string): number | null {
  const a = db
    .prepare(
      `SELECT e.audit_id FROM land_events e JOIN audit_log a ON a.id = e.audit_id
       WHERE e.parcel_id = ? AND e.from_state IS NULL
         AND a.action IN ('parcel.split', 'parcel.merge', 'parcel.create')
       ORDER BY e.id LIMIT 1`,
    )
    .pluck()
    .get(id);
  return typeof a === 'number' ? a : null;
}

/**
 * Retires a parcel created by the edit `undoOf` on `date` with reason `undo`, version + 1; throws when it is no
 * longer current at `version`. The R*Tree, search and per-state totals follow by the triggers of 005.
 */
export function retireForUndo(db: Database, id: string, version: number, date: string, undoOf: number): void {
  const { changes } = db
    .prepare(
      `UPDATE parcels SET retired_on = ?, retired_reason = 'undo', retired_undo_of = ?, version = version + 1
       WHERE id = ? AND version = ? AND retired_on IS NULL`,
    )
    .run(date, undoOf, id, version);
  if (changes !== 1) throw new Error(`parcel ${id} is no longer current at version ${version}`);
}

/**
 * Reinstates a parcel a split or merge retired: current again, version + 1; its outline, attributes, events and
 * project links were kept while it was retired. The R*Tree and search follow by the trigger of 014, the totals
 * by those of 005. Throws when it is not retired at `version`.
 */
export function reinstateParcel(db: Database, id: string, version: number): void {
  const { changes } = db
    .prepare(
      `UPDATE parcels SET retired_on = NULL, retired_reason = NULL, version = version + 1
       WHERE id = ? AND version = ? AND retired_on IS NOT NULL`,
    )
    .run(id, version);
  if (changes !== 1) throw new Error(`parcel ${id} is not retired at version ${version}`);
}

/** Parcels (id, code) by id, in the order given; unknown ids left out. */
export function parcelCodes(db: Database, ids: readonly string[]): { id: string; code: string }[] {
  const q = db.prepare('SELECT id, code FROM parcels WHERE id = ?');
  return ids
    .map((id) => q.get(id) as { id: string; code: string } | undefined)
    .filter((x) => x !== undefined);
}
