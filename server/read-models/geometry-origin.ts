/**
 * The split (分宗), merge (合宗) or drawing (新增地块, kind `create`: no parents) that created a parcel, as GET /api/parcels/:id answers it (`origin`): its audit
 * row (what POST …/geometry-undo takes), kind, date, the parcels it retired and those it created, and whether it
 * was undone — what the history panel's 撤销 states before the editor confirms (domain/parcel-edit/geometry-undo.ts).
 */
import type { Database } from 'better-sqlite3';
import { splitMergeIds } from '../../domain/parcel-edit/geometry-undo.ts';
import { getAuditRow } from '../db/queries/audit.ts';
import { creatingEditOf, parcelCodes, undoOfEdit } from '../db/queries/parcel-geometry-undo.ts';

/** Where a parcel created in the app came from. */
export type GeometryOrigin = {
  auditId: number;
  kind: 'split' | 'merge' | 'create';
  date: string;
  parents: { id: string; code: string }[];
  created: { id: string; code: string }[];
  /** The audit row of its undo, or null. */
  undoneBy: number | null;
};

/** The edit that created parcel `id`, or null (loaded data, or created otherwise). */
export function geometryOrigin(db: Database, id: string): GeometryOrigin | null {
  const auditId = creatingEditOf(db, id);
  const row = auditId === null ? null : getAuditRow(db, auditId);
  if (!row) return null;
  const drawn = row.action === 'parcel.create';
  const ids = drawn ? { parents: [], created: [id] } : splitMergeIds(row);
  const after = row.after as { date?: unknown; plan?: { date?: unknown } } | null;
  const date = drawn ? after?.date : after?.plan?.date;
  return {
    auditId: row.id,
    kind: drawn ? 'create' : row.action === 'parcel.merge' ? 'merge' : 'split',
    date: typeof date === 'string' ? date : row.at.slice(0, 10),
    parents: parcelCodes(db, ids.parents),
    created: parcelCodes(db, ids.created),
    undoneBy: undoOfEdit(db, row.entityId, row.id),
  };
}
