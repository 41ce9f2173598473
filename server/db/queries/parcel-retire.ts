/**
 * Reads and the write of 退出台账 (domain/parcel-edit/retire.ts, migration 016): what the rule reads of a parcel,
 * and the retirement itself. Call inside a transaction.
 */
import type { Database } from 'better-sqlite3';
import type { LandState } from '../../../domain/enums.ts';
import { RETIRED_BY_EDITOR, type RetireFacts } from '../../../domain/parcel-edit/retire.ts';

/** The facts the retirement rule reads of parcel `id` (null when unknown). */
export function retireFacts(db: Database, id: string): RetireFacts | null {
  const p = db.prepare('SELECT state, retired_on FROM parcels WHERE id = ?').get(id) as
    | { state: LandState; retired_on: string | null }
    | undefined;
  if (!p) return null;
  const codes = (sql: string) => db.prepare(sql).pluck().all(id) as string[];
  return {
    state: p.state,
    retiredOn: p.retired_on,
    lastEventDate: db
      .prepare('SELECT max(date) FROM land_events WHERE parcel_id = ? AND corrected_by IS NULL')
      .pluck()
      .get(id) as string | null,
    projectNames: codes(
      `SELECT pr.name FROM parcel_projects pp JOIN projects pr ON pr.id = pp.project_id
       WHERE pp.parcel_id = ? ORDER BY pr.id`,
    ),
    siteCodes: codes('SELECT code FROM redevelopment_sites WHERE parcel_id = ? ORDER BY code'),
  };
}

/** Retires parcel `id` (at `version`) on `date` for `note`; answers the new version, throws if it moved on. */
export function retireWithReason(
  db: Database,
  id: string,
  version: number,
  date: string,
  note: string,
): number {
  const { changes } = db
    .prepare(
      `UPDATE parcels SET retired_on = ?, retired_reason = ?, retired_note = ?, version = version + 1
       WHERE id = ? AND version = ? AND retired_on IS NULL`,
    )
    .run(date, RETIRED_BY_EDITOR, note, id, version);
  if (changes !== 1) throw new Error(`parcel ${id} is no longer current at version ${version}`);
  return version + 1;
}
