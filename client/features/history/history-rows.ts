/**
 * One record's change history as a list: its audit rows (edits, links, state changes, split / merge — who, when,
 * which fields from what to what) and, for a parcel, its land-state events (which also cover the loaded history
 * nobody edited in the app), newest first. An edit that a later undo reversed is marked, and only attribute edits
 * not yet undone offer 撤销 (domain/record-edits/undo.ts UNDOABLE_ACTIONS).
 */
import { UNDOABLE_ACTIONS } from '../../../domain/record-edits/undo.ts';

/** An audit row as GET /api/audit lists it (the fields read here). */
export interface AuditItem {
  id: number;
  at: string;
  userName: string;
  action: string;
  before: unknown;
  after: unknown;
}

/** A land-state event of a parcel (date ISO). */
export interface StateEvent {
  from: string | null;
  to: string;
  date: string;
  who: string;
  note?: string | null;
}

/** A field change: name, old and new value (JSON as text). */
export type FieldChange = { field: string; before: string; after: string };

/** One line of the history. `sortKey` orders lines (ISO date or timestamp). */
export type HistoryRow =
  | {
      kind: 'audit';
      key: string;
      sortKey: string;
      auditId: number;
      at: string;
      who: string;
      action: string;
      changes: FieldChange[];
      version: number | null;
      undoable: boolean;
      /** A state change that may get a 更正: the record's newest write, not corrected yet (the server decides). */
      correctable: boolean;
      undone: boolean;
      undoOf: number | null;
    }
  | {
      kind: 'event';
      key: string;
      sortKey: string;
      date: string;
      who: string;
      from: string | null;
      to: string;
    };

const obj = (x: unknown): Record<string, unknown> =>
  x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {};
const show = (x: unknown) =>
  x === undefined ? '' : x === null ? '—' : typeof x === 'string' ? x : JSON.stringify(x);

/**
 * The fields a row changed, `version` and `undoOf` left out. A nested record (a parcel's `contract`) is listed
 * field by field (`contract.signed`), and a field whose value is the same before and after is left out: an audit
 * row stores whole records, and a planner reads "what changed", not "what was written".
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const b = flatten(obj(before));
  const a = flatten(obj(after));
  const keys = [...new Set([...b.keys(), ...a.keys()])].filter((k) => k !== 'version' && k !== 'undoOf');
  return keys
    .map((k) => ({ field: k, before: show(b.get(k)), after: show(a.get(k)) }))
    .filter((c) => c.before !== c.after);
}

/** A record's fields, a nested plain object's fields as `outer.inner` (one level). */
function flatten(rec: Record<string, unknown>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(rec)) {
    const inner = obj(v);
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(inner).length > 0) {
      for (const [ik, iv] of Object.entries(inner)) out.set(`${k}.${ik}`, iv);
    } else out.set(k, v);
  }
  return out;
}

/** The history of a record from its audit rows and (parcels) its events, newest first. */
export function historyRows(audit: readonly AuditItem[], events: readonly StateEvent[]): HistoryRow[] {
  const undoneIds = new Set(
    audit.map((r) => obj(r.after).undoOf).filter((x): x is number => typeof x === 'number'),
  );
  const newest = audit.reduce<number | null>((m, r) => (m === null || r.id > m ? r.id : m), null);
  const rows: HistoryRow[] = audit.map((r) => {
    const undoOf = obj(r.after).undoOf;
    const version = obj(r.after).version;
    return {
      kind: 'audit',
      key: `a${r.id}`,
      sortKey: r.at,
      auditId: r.id,
      at: r.at,
      who: r.userName,
      action: r.action,
      changes: fieldChanges(r.before, r.after),
      version: typeof version === 'number' ? version : null,
      undoable: (UNDOABLE_ACTIONS as readonly string[]).includes(r.action) && !undoneIds.has(r.id),
      correctable: r.action === 'parcel.transition' && r.id === newest && !undoneIds.has(r.id),
      undone: undoneIds.has(r.id),
      undoOf: typeof undoOf === 'number' ? undoOf : null,
    };
  });
  events.forEach((e, i) => {
    rows.push({
      kind: 'event',
      key: `e${i}`,
      sortKey: e.date,
      date: e.date,
      who: e.who,
      from: e.from,
      to: e.to,
    });
  });
  // Newest first; an audit timestamp and an event date of the same day compare by their common prefix.
  return rows.sort((x, y) => (x.sortKey < y.sortKey ? 1 : x.sortKey > y.sortKey ? -1 : 0));
}
