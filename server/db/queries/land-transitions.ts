/** Writes of a land-supply state change: the event row and the parcel's new state, contract and version. */
import type { Database } from 'better-sqlite3';
import type { LandState } from '../../../domain/enums.ts';
import type { Contract } from '../../../domain/schemas.ts';

/** One recorded change, already checked against the rules (domain/land-transition.ts). */
export type LandTransitionWrite = {
  parcelId: string;
  from: LandState;
  to: LandState;
  /** ISO date of the change. */
  date: string;
  note: string;
  /** Display name of the signed-in account (kept on the event for reports; the audit row is the record). */
  who: string;
  /** The audit row of this change (its user is who made it). */
  auditId: number;
  /** The parcel's version the change was checked against; the update applies only to that version. */
  version: number;
  contract: Contract;
  /** 出让价款, 万元. */
  landPriceWan: number | null;
};

/**
 * Appends the event and moves the parcel to `to` since `date` with version + 1. Call inside a transaction;
 * throws (so the transaction rolls back) when the parcel is no longer at `version`.
 */
export function writeLandTransition(db: Database, w: LandTransitionWrite): void {
  db.prepare(
    `INSERT INTO land_events (parcel_id, from_state, to_state, date, note, who, audit_id)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(w.parcelId, w.from, w.to, w.date, w.note, w.who, w.auditId);
  const { changes } = db
    .prepare(
      `UPDATE parcels SET state = ?, state_since = ?, contract_signed = ?, contract_agreed_delivery = ?,
         contract_agreed_start = ?, contract_agreed_completion = ?, land_price_wan = ?, version = version + 1
       WHERE id = ? AND version = ?`,
    )
    .run(
      w.to,
      w.date,
      w.contract.signed,
      w.contract.agreedDelivery,
      w.contract.agreedStart,
      w.contract.agreedCompletion,
      w.landPriceWan,
      w.parcelId,
      w.version,
    );
  if (changes !== 1) throw new Error(`parcel ${w.parcelId} is no longer at version ${w.version}`);
}
