/**
 * Undo of an attribute edit, shared by the parcel, project and 三旧 routes: reads the audit row and turns its
 * before values into the PATCH body that restores them (domain/record-edits/undo.ts).
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { undoPatch } from '../../domain/record-edits/undo.ts';
import { getAuditRow } from '../db/queries/audit.ts';
import { NotFoundError, RuleError } from '../errors.ts';

/**
 * The patch an undo applies (the audit row's before values), validated as a PATCH body would be; 404 unknown
 * row, 422 `not_undoable` for another record or action, `undo_invalid` when the old values no longer pass.
 */
export function undoPatchOf<S extends z.ZodType>(
  db: Database,
  schema: S,
  entity: string,
  id: string,
  auditId: number,
): z.infer<S> {
  const row = getAuditRow(db, auditId);
  if (!row) throw new NotFoundError('audit row', String(auditId));
  const undo = undoPatch(row, entity, id);
  if (!undo.ok) throw new RuleError('not_undoable', undo.message, 'auditId');
  const parsed = schema.safeParse(undo.patch);
  if (!parsed.success) {
    throw new RuleError(
      'undo_invalid',
      `旧值不再有效：${parsed.error.issues[0]?.message} / old values no longer valid`,
      'auditId',
    );
  }
  return parsed.data;
}
