/**
 * Answers kept until the data changes: whole-zone read models that scan every parcel (the unfiltered parcel
 * summary takes ≈ 0.25 s at 1,000,000 parcels) are asked by every start-up of the app with the same parameters,
 * and every cold vector tile reads the held parcels' industries (tile-layers.ts).
 * Each memo is per database handle and keyed on `dataStateKey` (any data write, by this connection or another,
 * empties it; the tile cache's own writes do not), so an answer is never older than the data.
 */
import type { Database } from 'better-sqlite3';
import { dataStateKey } from '../db/cache-writes.ts';

type Memo<T> = { state: string; answers: Map<string, T> };

/**
 * A memo of at most `max` answers per database (the oldest is dropped first), emptied when `stateOf(db)` changes
 * (by default the data state; the watch list keys on the data version instead).
 */
export function dataMemo<T>(max: number, stateOf: (db: Database) => string = dataStateKey) {
  const memos = new WeakMap<Database, Memo<T>>();
  return (db: Database, key: string, compute: () => T): T => {
    const state = stateOf(db);
    let memo = memos.get(db);
    if (!memo || memo.state !== state) {
      memo = { state, answers: new Map() };
      memos.set(db, memo);
    }
    const hit = memo.answers.get(key);
    if (hit !== undefined) return hit;
    const answer = compute();
    if (memo.answers.size >= max) memo.answers.delete(memo.answers.keys().next().value!);
    memo.answers.set(key, answer);
    return answer;
  };
}
