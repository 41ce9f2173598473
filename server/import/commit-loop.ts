/**
 * The commit skeleton every staged import shares (parcels, projects, platforms, 三旧 sites), run inside the
 * caller's IMMEDIATE transaction: refuse while a record not excluded has a blocking problem (422
 * `blocking_problems` naming them), count excluded records, hand each other record's staged candidate to the
 * kind's writer, and keep what the writer did in `import_changes` so that a revert can undo it.
 */
import type { Database } from 'better-sqlite3';
import { importRecords, insertImportChange } from '../db/queries/imports.ts';
import { RuleError } from '../errors.ts';

/** How a commit treats codes that exist and codes that do not. */
export type CommitMode = 'insert' | 'update' | 'upsert';

/** What a commit did. */
export interface CommitCounts {
  inserted: number;
  updated: number;
  /** Records left alone because the mode does not cover them (an existing code under insert, a new one under update). */
  skipped: number;
  excluded: number;
}

/** A write the caller authorises (platform scope) before it happens; null: an entity of no platform. */
export type AuthorisePlatform = (platformId: string | null, record: number) => void;

/** What a writer did to one record, as `import_changes` keeps it. */
export type RecordChange = Omit<Parameters<typeof insertImportChange>[1], 'importId' | 'record'>;

/** Writes one record's staged candidate (null when none was staged); returns the change, or null when skipped. */
export type RecordWriter<C> = (record: number, candidate: C | null) => RecordChange | null;

/** At most this many record numbers are named in a message; the rest are counted. */
const LISTED_RECORDS = 20;

const listed = (records: number[]) =>
  records.length > LISTED_RECORDS
    ? `${records.slice(0, LISTED_RECORDS).join(', ')} …（共 ${records.length} 条）`
    : records.join(', ');

/** Refuses the commit while a record not excluded has a blocking problem. */
export function refuseBlocking(rows: ReturnType<typeof importRecords>, exclude: ReadonlySet<number>): void {
  const blocking = rows.filter((r) => r.blocking === 1 && !exclude.has(r.record)).map((r) => r.record);
  if (blocking.length > 0)
    throw new RuleError(
      'blocking_problems',
      `第 ${listed(blocking)} 条记录仍有问题，请修正文件或排除这些记录后再提交。 Records ${listed(blocking)} still have blocking problems; fix the file or exclude them (exclude: [record numbers]).`,
      'exclude',
    );
}

/** Runs `write` over the staged records of import `importId` not excluded, in record order; see the module doc. */
export function commitRecords<C>(
  db: Database,
  a: { importId: string; exclude: ReadonlySet<number> },
  write: RecordWriter<C>,
): CommitCounts {
  const rows = importRecords(db, a.importId);
  refuseBlocking(rows, a.exclude);
  const counts: CommitCounts = { inserted: 0, updated: 0, skipped: 0, excluded: 0 };
  for (const r of rows) {
    if (a.exclude.has(r.record)) {
      counts.excluded++;
      continue;
    }
    const change = write(r.record, JSON.parse(r.candidate ?? 'null') as C | null);
    if (!change) {
      counts.skipped++;
      continue;
    }
    insertImportChange(db, { importId: a.importId, record: r.record, ...change });
    counts[change.op === 'insert' ? 'inserted' : 'updated']++;
  }
  return counts;
}
