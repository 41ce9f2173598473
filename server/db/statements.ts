/**
 * Prepared statements kept per database handle and SQL text, for queries run many times a second (a vector tile
 * per request): better-sqlite3 compiles the SQL on every `prepare`, ≈ 0.1 ms for the parcel-tile query — 14 % of
 * a zoom-16 tile built cold. A kept statement stays valid across schema changes (SQLite re-prepares it), and
 * must not be switched to `raw`, `pluck` or `expand` by one caller for another: callers that need a mode use
 * their own SQL text, set it once here (`mode`), and never change it.
 */
import type { Database, Statement } from 'better-sqlite3';

const kept = new WeakMap<Database, Map<string, Statement>>();

/**
 * The statement of `sql` on `db`, prepared once (`pluck: true` returns the first column's value, `raw: true` each
 * row as an array of its columns).
 */
export function keptStatement(
  db: Database,
  sql: string,
  mode: { pluck?: boolean; raw?: boolean } = {},
): Statement {
  let bySql = kept.get(db);
  if (!bySql) {
    bySql = new Map();
    kept.set(db, bySql);
  }
  const key = mode.pluck ? `pluck:${sql}` : mode.raw ? `raw:${sql}` : sql;
  let s = bySql.get(key);
  if (!s) {
    s = db.prepare(sql);
    if (mode.pluck) s.pluck();
    else if (mode.raw) s.raw(true);
    bySql.set(key, s);
  }
  return s;
}
