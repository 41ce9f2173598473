/**
 * Writes and reads of a parcel drawn from scratch (POST /api/parcels): the platform's towns and codes the plan reads,
 * and the insert — the parcel row (version 1, `created_on` its date, so `asOf` views before it do not list it), its
 * R*Tree box (parcelWriter) and its opening event from no state, linked to the audit row. The per-state totals and
 * the code index follow by trigger. Call inside a transaction.
 */
import type { Database } from 'better-sqlite3';
import type { AreaGeometry } from '../../../domain/schemas.ts';
import type { BBox } from '../../seed/dataset.ts';
import { parcelWriter } from './parcel-writes.ts';

/** The towns a platform lists (its first is a new parcel's default town); null for an unknown platform. */
export function platformTowns(db: Database, platformId: string): string[] | null {
  const towns = db.prepare('SELECT towns FROM platforms WHERE id = ?').pluck().get(platformId) as
    | string
    | undefined;
  return towns === undefined ? null : (JSON.parse(towns) as string[]);
}

/** Codes of every parcel of a platform, current and retired. */
export const platformParcelCodes = (db: Database, platformId: string): string[] =>
  db.prepare('SELECT code FROM parcels WHERE platform_id = ?').pluck().all(platformId) as string[];

/** A parcel drawn from scratch, as written. */
export interface DrawnParcel {
  id: string;
  code: string;
  platformId: string;
  town: string;
  landUse: string;
  plotRatioMax: number;
  areaM2: number;
  areaMu: number;
  state: string;
  date: string;
  geometry: AreaGeometry;
  bbox: BBox;
  event: { note: string; who: string; auditId: number };
}

/** Inserts a drawn parcel, its box and its opening event (see the module doc). */
export function insertDrawnParcel(db: Database, p: DrawnParcel): void {
  const noContract = { signed: null, agreedDelivery: null, agreedStart: null, agreedCompletion: null };
  parcelWriter(db)({
    ...p,
    stateSince: p.date,
    expectedReadyDate: null,
    contract: noContract,
    landPriceWan: null,
    version: 1,
  });
  db.prepare('UPDATE parcels SET created_on = ? WHERE id = ?').run(p.date, p.id);
  db.prepare(
    `INSERT INTO land_events (parcel_id, from_state, to_state, date, note, who, audit_id)
     VALUES (?, NULL, ?, ?, ?, ?, ?)`,
  ).run(p.id, p.state, p.date, p.event.note, p.event.who, p.event.auditId);
}
