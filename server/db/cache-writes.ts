/**
 * Rows written by caches (not data) per database handle. Derived-data caches key on `total_changes()` to
 * notice any write; a cache table filled on reads (the vector-tile cache) would otherwise look like a data
 * change on every tile request. Cache writers count their rows here, and `dataChanges` leaves them out.
 */
import type { Database } from 'better-sqlite3';
import { keptStatement } from './statements.ts';

const counts = new WeakMap<Database, number>();

/** Records `n` rows written by a cache on `db` (outside any data write). */
export function countCacheWrites(db: Database, n: number): void {
  counts.set(db, (counts.get(db) ?? 0) + n);
}

/** Rows changed on this connection by data writes: `total_changes()` minus the cache's own writes. */
export function dataChanges(db: Database): number {
  const total = keptStatement(db, 'SELECT total_changes()', { pluck: true }).get() as number;
  return total - (counts.get(db) ?? 0);
}

/**
 * Identifies the data state of `db` as this connection sees it: commits by other connections
 * (`PRAGMA data_version`) and this connection's data writes (`dataChanges`). Any data write changes it, a
 * cache write does not; reading it costs microseconds. A cache keyed on it is read again after any write.
 */
export function dataStateKey(db: Database): string {
  const external = db.pragma('data_version', { simple: true }) as number;
  return `${external}:${dataChanges(db)}`;
}
