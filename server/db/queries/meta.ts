/** Dataset metadata kept in the `meta` table by the seed. */
import type { Database } from 'better-sqlite3';

/** As-of date and identity of the seeded data. */
export type DatasetInfo = {
  asOf: string;
  dataVersion: string;
  title: string;
  source: string;
  illustrativeGeometry: boolean;
};

/** The dataVersion of the seeded data, or null when the database is empty. */
export function seededVersion(db: Database): string | null {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'dataVersion'").pluck().get();
  return typeof row === 'string' ? row : null;
}

/** Reads the dataset metadata; throws when the database has not been seeded. */
export function getDatasetInfo(db: Database): DatasetInfo {
  const rows = db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[];
  const m = new Map(rows.map((r) => [r.key, r.value]));
  const asOf = m.get('asOf');
  const dataVersion = m.get('dataVersion');
  if (!asOf || !dataVersion) throw new Error('database is not seeded (meta.asOf / meta.dataVersion missing)');
  return {
    asOf,
    dataVersion,
    title: m.get('title') ?? '',
    source: m.get('source') ?? '',
    illustrativeGeometry: m.get('illustrativeGeometry') === '1',
  };
}

/**
 * The data version now: the seeded data's hash, plus `-r<n>` once edits have been recorded (n counts the
 * committed edits, kept in meta.revision), so reports and caches keyed on it change when the data does.
 */
export function currentDataVersion(db: Database): string {
  const rows = db.prepare("SELECT key, value FROM meta WHERE key IN ('dataVersion', 'revision')").all() as {
    key: string;
    value: string;
  }[];
  const m = new Map(rows.map((r) => [r.key, r.value]));
  const revision = Number(m.get('revision') ?? '0');
  const base = m.get('dataVersion') ?? '';
  return revision > 0 ? `${base}-r${revision}` : base;
}

/** Counts one more recorded edit (call inside the edit's transaction). */
export function bumpRevision(db: Database): void {
  db.prepare(
    `INSERT INTO meta (key, value) VALUES ('revision', '1')
     ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)`,
  ).run();
}

/** Row counts of the main tables, for GET /api/health. */
export function tableCounts(db: Database): {
  platforms: number;
  parcels: number;
  projects: number;
  redevelopment: number;
  targets: number;
} {
  const count = (table: string) => Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
  return {
    platforms: count('platforms'),
    parcels: count('parcels'),
    projects: count('projects'),
    redevelopment: count('redevelopment_sites'),
    targets: count('targets'),
  };
}
