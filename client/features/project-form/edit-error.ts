/**
 * A refused record edit, sorted for the form that made it: 412 (the record changed since the form was opened —
 * who changed it and a reload), a refusal naming a field (400 / 422, shown at that field), or anything else
 * (shown at the top of the form with the server's own message).
 */
import { ApiError } from '../../api/client.ts';

/** How a form shows a failed write. */
export type EditErrorView =
  | { kind: 'stale'; version: number; who: string[] }
  | { kind: 'field'; field: string; code: string; message: string }
  | { kind: 'other'; code: string; message: string };

/** Sorts `error` (see the module doc). Field names are the body's paths, e.g. `keyDates.signed`. */
export function editErrorView(error: Error): EditErrorView {
  if (!(error instanceof ApiError)) return { kind: 'other', code: 'network', message: error.message };
  if (error.status === 412 && error.current) {
    const who = [...new Set(error.current.changes.map((c) => c.who))];
    return { kind: 'stale', version: error.current.version, who };
  }
  // A refused delete names `stage` but is about the record, not a field to correct: shown at the top.
  if ((error.status === 400 || error.status === 422) && error.field && error.code !== 'not_deletable') {
    return { kind: 'field', field: error.field, code: error.code, message: error.message };
  }
  return { kind: 'other', code: error.code, message: error.message };
}

/** The message for `field` when `error` names it (or a field under it, e.g. `conditions.termYears`), else null. */
export function fieldMessage(error: Error | null, field: string): string | null {
  if (!error) return null;
  const v = editErrorView(error);
  if (v.kind !== 'field') return null;
  return v.field === field || v.field.startsWith(`${field}.`) ? v.message : null;
}
