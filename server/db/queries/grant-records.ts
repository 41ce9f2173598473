/**
 * A parcel's grant records (domain/grant-records.ts) in the database: the grant columns of `parcels`, the
 * 补充协议 in `contract_amendments` and the idle-land procedure in `compliance_steps` — those of the parcel's
 * current grant (`grant_no`); earlier grants' rows stay as history. Migration 003_grant_records.sql.
 */
import type { Database } from 'better-sqlite3';
import { Amendment, ComplianceStep, DevelopmentRecord } from '../../../domain/contract-clock/records.ts';
import { AGREEMENT_BASES, GRANT_MODES, START_EVIDENCE } from '../../../domain/enums.ts';
import type { Grant } from '../../../domain/grant.ts';
import { GrantConditions } from '../../../domain/grant-conditions.ts';
import type { GrantRecords } from '../../../domain/grant-records.ts';
import { ReadinessRecord } from '../../../domain/supply-readiness.ts';
import { enumColumn, jsonColumn } from './columns.ts';

/** The grant columns of `parcels`. */
export type GrantColumns = {
  grant_no: number;
  grant_mode: string | null;
  grant_legal_basis: string | null;
  grant_term_years: number | null;
  grant_lease_first: number;
  conditions: string | null;
  delivery_actual: string | null;
  started_date: string | null;
  started_evidence: string | null;
  development: string | null;
  readiness: string | null;
};

/** SQL list of the grant columns of `parcels` aliased `p`. */
export const GRANT_COLUMNS_SQL = `p.grant_no, p.grant_mode, p.grant_legal_basis, p.grant_term_years,
  p.grant_lease_first, p.conditions, p.delivery_actual, p.started_date, p.started_evidence, p.development,
  p.readiness`;

function grantOf(r: GrantColumns): Grant | null {
  if (r.grant_mode == null) return null;
  return {
    mode: enumColumn(GRANT_MODES, 'parcels.grant_mode', r.grant_mode),
    legalBasis:
      r.grant_legal_basis == null
        ? null
        : enumColumn(AGREEMENT_BASES, 'parcels.grant_legal_basis', r.grant_legal_basis),
    termYears: r.grant_term_years,
    leaseFirst: r.grant_lease_first === 1,
  };
}

type AmendmentRow = {
  parcel_id: string;
  date: string;
  agreed_start: string | null;
  agreed_completion: string | null;
  reason: string;
  document_no: string;
};
type StepRow = {
  parcel_id: string;
  step: string;
  date: string;
  decision_no: string | null;
  hearing_date: string | null;
  note: string;
};

const amendmentOf = (a: AmendmentRow) =>
  Amendment.parse({
    date: a.date,
    agreedStart: a.agreed_start,
    agreedCompletion: a.agreed_completion,
    reason: a.reason,
    documentNo: a.document_no,
  });
const stepOf = (s: StepRow) =>
  ComplianceStep.parse({
    step: s.step,
    date: s.date,
    decisionNo: s.decision_no,
    hearingDate: s.hearing_date,
    note: s.note,
  });

/** The records of a row, given its current grant's amendments and procedure steps (oldest first). */
export function grantRecordsFromColumns(
  r: GrantColumns,
  amendments: Amendment[],
  complianceSteps: ComplianceStep[],
): GrantRecords {
  return {
    grant: grantOf(r),
    conditions: r.conditions == null ? null : jsonColumn(GrantConditions, 'parcels.conditions', r.conditions),
    deliveryActual: r.delivery_actual,
    started:
      r.started_date == null || r.started_evidence == null
        ? null
        : {
            date: r.started_date,
            evidence: enumColumn(START_EVIDENCE, 'parcels.started_evidence', r.started_evidence),
          },
    development:
      r.development == null ? null : jsonColumn(DevelopmentRecord, 'parcels.development', r.development),
    readiness: r.readiness == null ? null : jsonColumn(ReadinessRecord, 'parcels.readiness', r.readiness),
    amendments,
    complianceSteps,
  };
}

/** The grant records of one parcel's current grant, or null when the parcel does not exist. */
export function readGrantRecords(db: Database, parcelId: string): GrantRecords | null {
  const r = db.prepare(`SELECT ${GRANT_COLUMNS_SQL} FROM parcels p WHERE p.id = ?`).get(parcelId) as
    | GrantColumns
    | undefined;
  if (!r) return null;
  const amendments = db
    .prepare('SELECT * FROM contract_amendments WHERE parcel_id = ? AND grant_no = ? ORDER BY date, id')
    .all(parcelId, r.grant_no) as AmendmentRow[];
  const steps = db
    .prepare('SELECT * FROM compliance_steps WHERE parcel_id = ? AND grant_no = ? ORDER BY date, id')
    .all(parcelId, r.grant_no) as StepRow[];
  return grantRecordsFromColumns(r, amendments.map(amendmentOf), steps.map(stepOf));
}

/** Current-grant amendments and procedure steps of every parcel that has any, by parcel id (for lists). */
export function allContractHistory(db: Database): {
  amendments: Map<string, Amendment[]>;
  steps: Map<string, ComplianceStep[]>;
} {
  const amendmentRows = db
    .prepare(
      `SELECT a.* FROM contract_amendments a JOIN parcels p ON p.id = a.parcel_id AND p.grant_no = a.grant_no
       ORDER BY a.parcel_id, a.date, a.id`,
    )
    .all() as AmendmentRow[];
  const stepRows = db
    .prepare(
      `SELECT s.* FROM compliance_steps s JOIN parcels p ON p.id = s.parcel_id AND p.grant_no = s.grant_no
       ORDER BY s.parcel_id, s.date, s.id`,
    )
    .all() as StepRow[];
  const group = <R extends { parcel_id: string }, T>(rows: R[], f: (r: R) => T) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(r.parcel_id, [...(m.get(r.parcel_id) ?? []), f(r)]);
    return m;
  };
  return { amendments: group(amendmentRows, amendmentOf), steps: group(stepRows, stepOf) };
}

/** Writes a parcel's grant columns (not its amendments or steps). Call inside a transaction. */
export function writeGrantColumns(db: Database, parcelId: string, g: GrantRecords): void {
  db.prepare(
    `UPDATE parcels SET grant_mode = ?, grant_legal_basis = ?, grant_term_years = ?, grant_lease_first = ?,
       conditions = ?, delivery_actual = ?, started_date = ?, started_evidence = ?, development = ?, readiness = ?
     WHERE id = ?`,
  ).run(
    g.grant?.mode ?? null,
    g.grant?.legalBasis ?? null,
    g.grant?.termYears ?? null,
    g.grant?.leaseFirst ? 1 : 0,
    g.conditions == null ? null : JSON.stringify(g.conditions),
    g.deliveryActual,
    g.started?.date ?? null,
    g.started?.evidence ?? null,
    g.development == null ? null : JSON.stringify(g.development),
    g.readiness == null ? null : JSON.stringify(g.readiness),
    parcelId,
  );
}

/** Appends a 补充协议 to the parcel's current grant. Call inside a transaction. */
export function insertAmendment(
  db: Database,
  parcelId: string,
  a: Amendment,
  meta: { note: string; who: string },
): void {
  db.prepare(
    `INSERT INTO contract_amendments (parcel_id, grant_no, date, agreed_start, agreed_completion, reason,
       document_no, note, who)
     SELECT ?, grant_no, ?, ?, ?, ?, ?, ?, ? FROM parcels WHERE id = ?`,
  ).run(
    parcelId,
    a.date,
    a.agreedStart,
    a.agreedCompletion,
    a.reason,
    a.documentNo,
    meta.note,
    meta.who,
    parcelId,
  );
}

/** Appends a step of the idle-land procedure to the parcel's current grant. Call inside a transaction. */
export function insertComplianceStep(db: Database, parcelId: string, s: ComplianceStep, who: string): void {
  db.prepare(
    `INSERT INTO compliance_steps (parcel_id, grant_no, step, date, decision_no, hearing_date, note, who)
     SELECT ?, grant_no, ?, ?, ?, ?, ?, ? FROM parcels WHERE id = ?`,
  ).run(parcelId, s.step, s.date, s.decisionNo, s.hearingDate, s.note, who, parcelId);
}

/** Records 动工 (第三十条 evidence) on the parcel. Call inside a transaction. */
export function writeStarted(db: Database, parcelId: string, date: string, evidence: string): void {
  db.prepare('UPDATE parcels SET started_date = ?, started_evidence = ? WHERE id = ?').run(
    date,
    evidence,
    parcelId,
  );
}

/**
 * Bumps the parcel's version if it is still at `version`; throws (rolling the transaction back) otherwise.
 * Call inside a transaction, after the checks.
 */
export function bumpParcelVersion(db: Database, parcelId: string, version: number): void {
  const { changes } = db
    .prepare('UPDATE parcels SET version = version + 1 WHERE id = ? AND version = ?')
    .run(parcelId, version);
  if (changes !== 1) throw new Error(`parcel ${parcelId} is no longer at version ${version}`);
}

/** Starts the parcel's next grant (after a 收回): later amendments and steps belong to it. Call inside a transaction. */
export function startNextGrant(db: Database, parcelId: string): void {
  db.prepare('UPDATE parcels SET grant_no = grant_no + 1 WHERE id = ?').run(parcelId);
}
