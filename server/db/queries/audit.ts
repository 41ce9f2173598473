/**
 * The audit trail: one appended row per write, in the write's own transaction (who, when, what, before and
 * after). The table is append-only — triggers refuse UPDATE and DELETE — so nothing here changes a row.
 */
import type { Database } from 'better-sqlite3';

/** A JSON value as stored in before/after. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Who made a write: an account (id and display name at the time), or the command line (id null). */
export type Actor = { id: number | null; displayName: string };

/** One write to record. */
export type AuditEntry = {
  user: Actor;
  /** What was done, `entity.verb` (e.g. `parcel.transition`, `user.create`). */
  action: string;
  entityType: string;
  entityId: string;
  /** Platform of the entity, for editors limited to platforms; null when the entity has none (accounts). */
  platformId?: string | null;
  before: Json | null;
  after: Json | null;
  requestId: string | null;
  address: string | null;
  /** ISO timestamp (UTC); default now. */
  at?: string;
};

const toText = (v: Json | null): string | null => (v == null ? null : JSON.stringify(v));

/** Appends one audit row and returns its id. Call inside the write's transaction. */
export function audit(db: Database, e: AuditEntry): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO audit_log (at, user_id, user_name, action, entity_type, entity_id, platform_id, before, after,
         request_id, address)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      e.at ?? new Date().toISOString(),
      e.user.id,
      e.user.displayName,
      e.action,
      e.entityType,
      e.entityId,
      e.platformId ?? null,
      toText(e.before),
      toText(e.after),
      e.requestId,
      e.address,
    );
  return Number(lastInsertRowid);
}

/** An audit row on the wire. */
export type AuditRow = {
  id: number;
  at: string;
  userId: number | null;
  userName: string;
  userLogin: string | null;
  action: string;
  entityType: string;
  entityId: string;
  platformId: string | null;
  before: Json | null;
  after: Json | null;
  requestId: string | null;
  address: string | null;
};

/** Filters of the audit list. `from`/`to` are UTC ISO timestamps (inclusive / exclusive). */
export type AuditFilter = {
  userId?: number;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
  /** Only rows of these platforms (editors limited to platforms); undefined = no platform restriction. */
  platforms?: readonly string[];
  /** Only rows that concern a platform's data (editors do not see account management). */
  dataOnly?: boolean;
};

function where(f: AuditFilter): { sql: string; args: unknown[] } {
  const parts: string[] = [];
  const args: unknown[] = [];
  const add = (sql: string, ...a: unknown[]) => {
    parts.push(sql);
    args.push(...a);
  };
  if (f.userId !== undefined) add('a.user_id = ?', f.userId);
  if (f.action) add('a.action = ?', f.action);
  if (f.entityType) add('a.entity_type = ?', f.entityType);
  if (f.entityId) add('a.entity_id = ?', f.entityId);
  if (f.from) add('a.at >= ?', f.from);
  if (f.to) add('a.at < ?', f.to);
  if (f.dataOnly) parts.push('a.platform_id IS NOT NULL');
  if (f.platforms) add(`a.platform_id IN (SELECT value FROM json_each(?))`, JSON.stringify(f.platforms));
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', args };
}

type Row = {
  id: number;
  at: string;
  user_id: number | null;
  user_name: string;
  login: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  platform_id: string | null;
  before: string | null;
  after: string | null;
  request_id: string | null;
  address: string | null;
};

const fromRow = (r: Row): AuditRow => ({
  id: r.id,
  at: r.at,
  userId: r.user_id,
  userName: r.user_name,
  userLogin: r.login,
  action: r.action,
  entityType: r.entity_type,
  entityId: r.entity_id,
  platformId: r.platform_id,
  before: r.before == null ? null : (JSON.parse(r.before) as Json),
  after: r.after == null ? null : (JSON.parse(r.after) as Json),
  requestId: r.request_id,
  address: r.address,
});

/** Matching rows, newest first, `limit` from `offset`, and the total number that match. */
export function listAudit(
  db: Database,
  f: AuditFilter,
  page: { limit: number; offset: number },
): { items: AuditRow[]; total: number } {
  const w = where(f);
  const total = Number(
    db
      .prepare(`SELECT count(*) FROM audit_log a ${w.sql}`)
      .pluck()
      .get(...w.args),
  );
  const rows = db
    .prepare(
      `SELECT a.*, u.login FROM audit_log a LEFT JOIN users u ON u.id = a.user_id ${w.sql}
       ORDER BY a.at DESC, a.id DESC LIMIT ? OFFSET ?`,
    )
    .all(...w.args, page.limit, page.offset) as Row[];
  return { items: rows.map(fromRow), total };
}

/** Number of audit rows (tests and health checks). */
export const countAudit = (db: Database): number =>
  Number(db.prepare('SELECT count(*) FROM audit_log').pluck().get());

/** One write after a given version of a record, for a 412 answer. */
export type ChangeSince = { at: string; who: string; action: string; version: number | null };

/**
 * The audited writes of one record that produced a version above `version` (the `version` of their `after`),
 * oldest first, at most `limit` — who changed it since the client read it.
 */
export function changesSince(
  db: Database,
  entityType: string,
  entityId: string,
  version: number,
  limit = 20,
): ChangeSince[] {
  return db
    .prepare(
      `SELECT at, user_name AS who, action, json_extract(after, '$.version') AS version FROM audit_log
       WHERE entity_type = ? AND entity_id = ? AND json_extract(after, '$.version') > ?
       ORDER BY id LIMIT ?`,
    )
    .all(entityType, entityId, version, limit) as ChangeSince[];
}

/** One audit row by id (for undo), or null. */
export function getAuditRow(db: Database, id: number): AuditRow | null {
  const r = db
    .prepare('SELECT a.*, u.login FROM audit_log a LEFT JOIN users u ON u.id = a.user_id WHERE a.id = ?')
    .get(id) as Row | undefined;
  return r ? fromRow(r) : null;
}
