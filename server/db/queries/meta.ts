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
