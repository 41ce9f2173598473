/**
 * What "what changed between two dates" reads: every parcel ever in the ledger — current and retired — with its
 * code, area, platform, creation / retirement days, land events and the parcels it derives from (split / merge),
 * and the span of dates the land events cover.
 */
import type { Database } from 'better-sqlite3';
import type { ParcelRecordTimeline } from '../../../domain/history/what-changed.ts';
import { landEventsByParcel } from './parcels.ts';

/** A parcel's timeline with its platform (for the change list and its export). */
export type ParcelChangeTimeline = ParcelRecordTimeline & { platformId: string };

/** Every parcel's timeline (retired ones included: a parcel retired in the window is a change). */
export function parcelChangeTimelines(db: Database): ParcelChangeTimeline[] {
  const events = landEventsByParcel(db);
  const parents = new Map<string, string[]>();
  for (const r of db.prepare('SELECT child_id, parent_id FROM parcel_lineage ORDER BY parent_id').all() as {
    child_id: string;
    parent_id: string;
  }[]) {
    parents.set(r.child_id, [...(parents.get(r.child_id) ?? []), r.parent_id]);
  }
  const rows = db
    .prepare('SELECT id, code, area_m2, platform_id, created_on, retired_on FROM parcels ORDER BY code')
    .all() as {
    id: string;
    code: string;
    area_m2: number;
    platform_id: string;
    created_on: string | null;
    retired_on: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    areaM2: r.area_m2,
    platformId: r.platform_id,
    createdOn: r.created_on,
    retiredOn: r.retired_on,
    events: events.get(r.id) ?? [],
    derivedFrom: parents.get(r.id) ?? [],
  }));
}

/** First and last day of the land-event history (ISO), or null for an empty ledger. */
export function landEventSpan(db: Database): { first: string; last: string } | null {
  // Two ordered reads of migration 017's index, not min() and max() in one query (SQLite then scans the table).
  const end = (dir: 'ASC' | 'DESC') =>
    db
      .prepare(
        `SELECT date FROM land_events INDEXED BY land_events_standing_date
         WHERE corrected_by IS NULL ORDER BY date ${dir} LIMIT 1`,
      )
      .pluck()
      .get() as string | undefined;
  const first = end('ASC');
  const last = end('DESC');
  return first && last ? { first, last } : null;
}
