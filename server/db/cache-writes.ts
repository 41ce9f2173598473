/**
 * Rows written by caches (not data) per database handle. Derived-data caches key on `total_changes()` to
 * notice any write; a cache table filled on reads (the vector-tile cache) would otherwise look like a data
 * change on every tile request. Cache writers count their rows here, and `dataChanges` leaves them out.
 */
import type { Database } from 'better-sqlite3';

const counts = new WeakMap<Database, number>();

/** Records `n` rows written by a cache on `db` (outside any data write). */
export function countCacheWrites(db: Database, n: number): void {
  counts.set(db, (counts.get(db) ?? 0) + n);
}

/** Rows changed on this connection by data writes: `total_changes()` minus the cache's own writes. */
export function dataChanges(db: Database): number {
  const total = db.prepare('SELECT total_changes()').pluck().get() as number;
  return total - (counts.get(db) ?? 0);
}
