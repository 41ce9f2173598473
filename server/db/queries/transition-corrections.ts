/**
 * Reads and writes of a 更正 of a land-state transition (domain/history/transition-correction.ts): the parcel's
 * latest uncorrected event, its audited writes after a given audit row, and the correction itself — the event
 * marked voided by the correction's audit row (never deleted) and the parcel put back to what the transition
 * replaced, version + 1. Migration 012_transition_corrections.sql.
 */
import type { Database } from 'better-sqlite3';
import type { CorrectionRestore } from '../../../domain/history/transition-correction.ts';

/** The audit row of the parcel's latest event not voided by a correction (null: loaded data or no event). */
export function latestEventAuditId(db: Database, parcelId: string): number | null {
  const r = db
    .prepare(
      'SELECT audit_id FROM land_events WHERE parcel_id = ? AND corrected_by IS NULL ORDER BY id DESC LIMIT 1',
    )
    .get(parcelId) as { audit_id: number | null } | undefined;
  return r?.audit_id ?? null;
}

/** The parcel's audited writes after audit row `auditId`, oldest first (at most `limit`). */
export function parcelWritesAfter(
  db: Database,
  parcelId: string,
  auditId: number,
  limit = 10,
): { at: string; who: string; action: string }[] {
  return db
    .prepare(
      `SELECT at, user_name AS who, action FROM audit_log
       WHERE entity_type = 'parcel' AND entity_id = ? AND id > ? ORDER BY id LIMIT ?`,
    )
    .all(parcelId, auditId, limit) as { at: string; who: string; action: string }[];
}

/**
 * Voids the event of transition audit row `transitionAuditId` by correction audit row `correctionAuditId` and
 * restores the parcel's state, since-date, contract and price, version + 1. Call inside a transaction; throws
 * (rolling it back) when the parcel is no longer at `version` or the event is already voided.
 */
export function writeTransitionCorrection(
  db: Database,
  w: {
    parcelId: string;
    transitionAuditId: number;
    correctionAuditId: number;
    version: number;
    restore: CorrectionRestore;
  },
): void {
  const voided = db
    .prepare(
      'UPDATE land_events SET corrected_by = ? WHERE parcel_id = ? AND audit_id = ? AND corrected_by IS NULL',
    )
    .run(w.correctionAuditId, w.parcelId, w.transitionAuditId).changes;
  if (voided !== 1) throw new Error(`no uncorrected event of audit row ${w.transitionAuditId}`);
  const r = w.restore;
  const { changes } = db
    .prepare(
      `UPDATE parcels SET state = ?, state_since = ?, contract_signed = ?, contract_agreed_delivery = ?,
         contract_agreed_start = ?, contract_agreed_completion = ?, land_price_wan = ?, version = version + 1
       WHERE id = ? AND version = ?`,
    )
    .run(
      r.state,
      r.stateSince,
      r.contract.signed,
      r.contract.agreedDelivery,
      r.contract.agreedStart,
      r.contract.agreedCompletion,
      r.landPriceWan,
      w.parcelId,
      w.version,
    );
  if (changes !== 1) throw new Error(`parcel ${w.parcelId} is no longer at version ${w.version}`);
}
