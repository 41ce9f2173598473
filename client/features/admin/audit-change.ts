/**
 * What an audit row changed, as `field: before → after` lines: the top-level fields whose shown value differs
 * between before and after (all of `after` when there was no before). Nested values are shown as compact JSON;
 * an absent, null or empty value reads "—" (an empty note next to no note is no change).
 */

/** One changed field. */
export type FieldChange = { field: string; before: string; after: string };

/** Text of a value; absent, null and empty text all read "—". */
const show = (v: unknown): string =>
  v === undefined || v === null || v === '' ? '—' : typeof v === 'string' ? v : JSON.stringify(v);

const asRecord = (v: unknown): Record<string, unknown> =>
  v != null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** The fields that differ between `before` and `after`, in the order of `after` then `before`. */
export function auditChanges(before: unknown, after: unknown): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return fields
    .map((f) => ({ field: f, before: show(b[f]), after: show(a[f]) }))
    .filter((c) => c.before !== c.after);
}
