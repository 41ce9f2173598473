/**
 * Optimistic concurrency the HTTP way (RFC 9110 §8.8.3 ETag, §13.1.1 If-Match, RFC 6585 §3 428): every editable
 * record has an integer `version` (1, 2, …, +1 per write); its ETag is the strong tag `"<version>"`; a write
 * must send `If-Match` with the tag it last read. Missing → 428 Precondition Required; not the current version →
 * 412 Precondition Failed (the server adds the current version and who changed the record since).
 * `If-Match: *` is refused like a missing header: it matches any version, which is exactly the lost update this
 * guards against. Weak tags (`W/"3"`) never match: If-Match uses the strong comparison (RFC 9110 §13.1.1).
 */

/** Outcome of checking an If-Match header against a record's current version. */
export type IfMatchResult = 'match' | 'missing' | 'stale' | 'malformed';

/** The ETag of a record at `version`: a strong entity tag, e.g. `"3"`. */
export const etagOf = (version: number): string => `"${version}"`;

const TAG = /^(W\/)?"([^"]*)"$/;

/** The versions named by an If-Match header (comma-separated entity tags; weak tags give null). */
export function parseIfMatch(header: string): (number | null)[] | null {
  const tags = header
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
  if (tags.length === 0) return null;
  const out: (number | null)[] = [];
  for (const t of tags) {
    const m = TAG.exec(t);
    if (!m) return null;
    const v = /^[1-9]\d{0,14}$/.test(m[2]!) ? Number(m[2]) : Number.NaN;
    out.push(m[1] ? null : Number.isNaN(v) ? Number.NaN : v);
  }
  return out;
}

/** Checks `If-Match` (undefined when absent) against the record's current `version`. */
export function checkIfMatch(header: string | undefined, version: number): IfMatchResult {
  if (header === undefined || header.trim() === '' || header.trim() === '*') return 'missing';
  const versions = parseIfMatch(header);
  if (versions === null || versions.some((v) => v !== null && Number.isNaN(v))) return 'malformed';
  return versions.includes(version) ? 'match' : 'stale';
}
