/**
 * A digest of everything a write could change: every row of every table except the session bookkeeping
 * (`sessions` — signing in and using a session write there — and `sign_in_failures`). Two equal digests mean
 * a request wrote nothing.
 */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';

const BOOKKEEPING = new Set(['sessions', 'sign_in_failures']);

/** SHA-256 over all rows of all data tables, in rowid/primary-key order. */
export function dataDigest(db: Database): string {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  const h = createHash('sha256');
  for (const t of tables) {
    if (BOOKKEEPING.has(t)) continue;
    h.update(`\u0000${t}\u0000`);
    for (const row of db.prepare(`SELECT * FROM "${t}"`).raw().iterate()) h.update(JSON.stringify(row));
  }
  return h.digest('hex');
}
