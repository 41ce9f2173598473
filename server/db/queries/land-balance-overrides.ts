/**
 * Planner overrides of the matching (migration 005): locks of a project to a candidate site, and sites or
 * projects excluded from matching. Writes are single statements; the routes wrap them in a transaction.
 */
import type { Database } from 'better-sqlite3';
import type { Overrides } from '../../../domain/land-balance/index.ts';

/** A saved lock. */
export interface LockRow {
  projectId: string;
  siteId: string;
  note: string;
  createdAt: string;
}

/** A saved exclusion. */
export interface ExclusionRow {
  kind: 'site' | 'project';
  ref: string;
  note: string;
  createdAt: string;
}

/** Every lock, by project id. */
export function listLocks(db: Database): LockRow[] {
  return db
    .prepare(
      `SELECT project_id AS projectId, site_id AS siteId, note, created_at AS createdAt
       FROM land_balance_locks ORDER BY project_id`,
    )
    .all() as LockRow[];
}

/** Every exclusion, by kind and reference. */
export function listExclusions(db: Database): ExclusionRow[] {
  return db
    .prepare(
      `SELECT kind, ref, note, created_at AS createdAt FROM land_balance_exclusions ORDER BY kind, ref`,
    )
    .all() as ExclusionRow[];
}

/** The overrides as matching takes them. */
export function loadOverrides(db: Database): Overrides {
  const ex = listExclusions(db);
  return {
    locks: listLocks(db).map(({ projectId, siteId }) => ({ projectId, siteId })),
    excludedSites: ex.filter((e) => e.kind === 'site').map((e) => e.ref),
    excludedProjects: ex.filter((e) => e.kind === 'project').map((e) => e.ref),
  };
}

/** Saves (or replaces) the lock of `l.projectId`. */
export function upsertLock(db: Database, l: LockRow): void {
  db.prepare(
    `INSERT INTO land_balance_locks (project_id, site_id, note, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (project_id) DO UPDATE SET site_id = excluded.site_id, note = excluded.note,
       created_at = excluded.created_at`,
  ).run(l.projectId, l.siteId, l.note, l.createdAt);
}

/** Removes the lock of `projectId`; false when there was none. */
export function deleteLock(db: Database, projectId: string): boolean {
  return db.prepare('DELETE FROM land_balance_locks WHERE project_id = ?').run(projectId).changes > 0;
}

/** Saves an exclusion (a repeated one keeps its first date and takes the new note). */
export function upsertExclusion(db: Database, e: ExclusionRow): void {
  db.prepare(
    `INSERT INTO land_balance_exclusions (kind, ref, note, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (kind, ref) DO UPDATE SET note = excluded.note`,
  ).run(e.kind, e.ref, e.note, e.createdAt);
}

/** Removes an exclusion; false when there was none. */
export function deleteExclusion(db: Database, kind: 'site' | 'project', ref: string): boolean {
  return (
    db.prepare('DELETE FROM land_balance_exclusions WHERE kind = ? AND ref = ?').run(kind, ref).changes > 0
  );
}
