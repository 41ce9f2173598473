/**
 * Patches and their record: apply the given fields of a patch over a record, and list the fields an edit
 * changed as before/after pairs — what the audit row keeps and what an undo restores.
 */

/** A JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** `base` with every field `patch` defines (undefined = not sent) replaced. */
export function applyPatch<T extends object>(base: T, patch: Partial<T>): T {
  const out = { ...base };
  for (const [k, v] of Object.entries(patch)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** The fields of `after` whose JSON differs from `before`, as two objects keyed alike (absent → null). */
export function changedFields<T extends object>(
  before: T,
  after: T,
): { before: Record<string, JsonValue>; after: Record<string, JsonValue> } {
  const b: Record<string, JsonValue> = {};
  const a: Record<string, JsonValue> = {};
  const bv = before as Record<string, unknown>;
  const av = after as Record<string, unknown>;
  for (const k of Object.keys(av)) {
    if (JSON.stringify(bv[k] ?? null) === JSON.stringify(av[k] ?? null)) continue;
    b[k] = (bv[k] ?? null) as JsonValue;
    a[k] = (av[k] ?? null) as JsonValue;
  }
  return { before: b, after: a };
}
