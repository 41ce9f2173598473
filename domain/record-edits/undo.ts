/**
 * Undo of an attribute edit: a new revision that restores the values the edit replaced (the `before` of its audit
 * row), never a deletion of history. Only edits of the same record and of an undoable action qualify; the
 * restored values pass the same validation as a PATCH, so an undo can be refused like any edit.
 */

/** Audit actions an undo can reverse (attribute edits; state changes and geometry edits have their own ways). */
export const UNDOABLE_ACTIONS = ['parcel.update', 'project.update', 'redevelopment.update'] as const;

/** What undo reads of an audit row. */
export interface UndoSource {
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
}

/**
 * The patch that restores the fields an edit changed (its `before` without `version`), or a reason it cannot be
 * undone: another record, an action that is not an attribute edit, or nothing recorded.
 */
export function undoPatch(
  row: UndoSource,
  entityType: string,
  entityId: string,
): { ok: true; patch: Record<string, unknown> } | { ok: false; message: string } {
  if (row.entityType !== entityType || row.entityId !== entityId) {
    return { ok: false, message: '该记录不属于此对象。 the audit row is about another record.' };
  }
  if (!(UNDOABLE_ACTIONS as readonly string[]).includes(row.action)) {
    return { ok: false, message: `“${row.action}”不能撤销。 ${row.action} cannot be undone this way.` };
  }
  if (typeof row.before !== 'object' || row.before === null || Array.isArray(row.before)) {
    return { ok: false, message: '没有可恢复的旧值。 nothing to restore.' };
  }
  const { version: _v, ...patch } = row.before as Record<string, unknown>;
  if (Object.keys(patch).length === 0)
    return { ok: false, message: '没有可恢复的旧值。 nothing to restore.' };
  return { ok: true, patch };
}
