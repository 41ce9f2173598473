/**
 * Writes and reads of parcel attribute editing (PATCH /api/parcels/:id) and of the columns migration
 * 005_record_editing.sql added: notes, creation and retirement days, and lineage (split / merge).
 */
import type { Database } from 'better-sqlite3';
import type { LandUse } from '../../../domain/enums.ts';
import type { GrantConditions } from '../../../domain/grant-conditions.ts';
import type { ReadinessRecord } from '../../../domain/supply-readiness.ts';

/** The attributes PATCH /api/parcels/:id writes (every one, as they stand after the edit). */
export type ParcelAttributes = {
  code: string;
  town: string;
  landUse: LandUse;
  plotRatioMax: number;
  expectedReadyDate: string | null;
  conditions: GrantConditions | null;
  readiness: ReadinessRecord | null;
  notes: string;
};

/** Editing columns of a parcel: notes, the day it was created in the app and the day and reason it was retired. */
export type ParcelEditColumns = {
  notes: string;
  createdOn: string | null;
  retiredOn: string | null;
  retiredReason: 'split' | 'merge' | 'undo' | 'retired' | null;
  /** The editor's reason of a 退出台账 (retiredReason `retired`), null otherwise. */
  retiredNote: string | null;
};

const RETIRED_REASONS = ['split', 'merge', 'undo', 'retired'] as const;

/** The editing columns of parcel `id`, or null when it does not exist. */
export function parcelEditColumns(db: Database, id: string): ParcelEditColumns | null {
  const r = db
    .prepare('SELECT notes, created_on, retired_on, retired_reason, retired_note FROM parcels WHERE id = ?')
    .get(id) as
    | {
        notes: string;
        created_on: string | null;
        retired_on: string | null;
        retired_reason: string | null;
        retired_note: string | null;
      }
    | undefined;
  if (!r) return null;
  return {
    notes: r.notes,
    createdOn: r.created_on,
    retiredOn: r.retired_on,
    retiredReason: RETIRED_REASONS.find((x) => x === r.retired_reason) ?? null,
    retiredNote: r.retired_note,
  };
}

/** The id of another parcel (current or retired) that has `code`, or null: a code is never given twice. */
export function parcelWithCode(db: Database, code: string, exceptId: string): string | null {
  const id = db
    .prepare('SELECT id FROM parcels WHERE code = ? COLLATE NOCASE AND id <> ?')
    .pluck()
    .get(code, exceptId);
  return typeof id === 'string' ? id : null;
}

/**
 * Writes the attributes and bumps the version. Call inside a transaction; throws (rolling it back) when the
 * parcel is no longer at `version`.
 */
export function updateParcelAttributes(db: Database, id: string, version: number, a: ParcelAttributes): void {
  const { changes } = db
    .prepare(
      `UPDATE parcels SET code = ?, town = ?, land_use = ?, plot_ratio_max = ?, expected_ready_date = ?,
         conditions = ?, readiness = ?, notes = ?, version = version + 1
       WHERE id = ? AND version = ?`,
    )
    .run(
      a.code,
      a.town,
      a.landUse,
      a.plotRatioMax,
      a.expectedReadyDate,
      a.conditions == null ? null : JSON.stringify(a.conditions),
      a.readiness == null ? null : JSON.stringify(a.readiness),
      a.notes,
      id,
      version,
    );
  if (changes !== 1) throw new Error(`parcel ${id} is no longer at version ${version}`);
}

/** A parcel a lineage link names. */
export type LineageLink = { id: string; code: string; kind: 'split' | 'merge'; date: string };

/** The parcels `id` derives from (`from`) and those derived from it (`to`), by code. */
export function parcelLineage(db: Database, id: string): { from: LineageLink[]; to: LineageLink[] } {
  const q = (sql: string) => db.prepare(sql).all(id) as LineageLink[];
  return {
    from: q(`SELECT l.parent_id AS id, p.code, l.kind, l.date FROM parcel_lineage l
             JOIN parcels p ON p.id = l.parent_id WHERE l.child_id = ? ORDER BY p.code`),
    to: q(`SELECT l.child_id AS id, p.code, l.kind, l.date FROM parcel_lineage l
           JOIN parcels p ON p.id = l.child_id WHERE l.parent_id = ? ORDER BY p.code`),
  };
}
