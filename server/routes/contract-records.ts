/**
 * Writes of the post-grant contract clock, under the same rules as state changes (POST …/transitions):
 * JSON bodies ≤ 16 KB (413) sent as JSON (415), validated with zod (400 naming the field), then in one IMMEDIATE
 * transaction: the parcel exists (404), the signed-in editor may edit its platform (401/403), `version` is
 * current (409 `version_conflict`), the domain rule holds (422 with the rule's code and field), the record and
 * its audit row are appended (who = the signed-in account), the parcel's version and the data revision are
 * bumped. Nothing is written when any step fails. Both answer the updated parcel as GET /api/parcels/:id does.
 *
 * - POST /api/parcels/:id/amendments — a 补充协议 (domain/contract-clock/amendment-request.ts);
 * - POST /api/parcels/:id/compliance — a step of the idle-land procedure or the proof of 动工
 *   (domain/contract-clock/procedure-request.ts).
 */
import { type Context, Hono } from 'hono';
import { beijingDate } from '../../domain/beijing-time.ts';
import { AmendmentRequest, checkAmendment } from '../../domain/contract-clock/amendment-request.ts';
import { ComplianceRequest, checkComplianceStep } from '../../domain/contract-clock/procedure-request.ts';
import type { GrantRecords } from '../../domain/grant-records.ts';
import { clockInput } from '../../domain/parcel-supervision.ts';
import { writeContext } from '../auth/actor.ts';
import { requireEditorFor } from '../auth/authorize.ts';
import { audit, type Json } from '../db/queries/audit.ts';
import {
  bumpParcelVersion,
  insertAmendment,
  insertComplianceStep,
  readGrantRecords,
  writeStarted,
} from '../db/queries/grant-records.ts';
import { bumpRevision } from '../db/queries/meta.ts';
import { getParcel, type ParcelRecordRow } from '../db/queries/parcels.ts';
import { NotFoundError, RuleError, VersionConflictError } from '../errors.ts';
import { jsonBody } from '../http/json-body.ts';
import { refuseIfRetired } from '../read-models/current-parcel.ts';
import { parcelDetail } from '../read-models/parcel-detail.ts';
import type { AppDeps } from './deps.ts';
import { ParcelDetailQuery } from './queries.ts';
import { IdParam, valid } from './validate.ts';

/** Largest accepted request body, bytes (as for state changes: a record is a few hundred bytes). */
export const CONTRACT_RECORD_BODY_MAX = 16 * 1024;

/** One audited contract-clock write: its audit action and what the audit row keeps of the record written. */
type RecordWrite = { action: string; record: Json };

/**
 * Runs `write` in one IMMEDIATE transaction after loading the parcel and its records, checking that the
 * signed-in editor may edit its platform and that `version` is current; `write` throws a RuleError to refuse
 * (rolling back) or returns what to audit. The audit row is written in the same transaction.
 */
function withParcel(
  c: Context,
  db: AppDeps['db'],
  at: string,
  id: string,
  version: number,
  write: (parcel: ParcelRecordRow, records: GrantRecords, who: string) => RecordWrite,
): void {
  db.transaction(() => {
    const parcel = getParcel(db, id);
    const records = readGrantRecords(db, id);
    if (!parcel || !records) throw new NotFoundError('parcel', id);
    const { displayName } = requireEditorFor(c, parcel.platformId);
    if (parcel.version !== version) throw new VersionConflictError('parcel', id, version, parcel.version);
    refuseIfRetired(db, id, parcel.code);
    const { action, record } = write(parcel, records, displayName);
    audit(db, {
      ...writeContext(c),
      at,
      action,
      entityType: 'parcel',
      entityId: id,
      platformId: parcel.platformId,
      before: { version },
      after: { version: version + 1, record },
    });
    bumpParcelVersion(db, id, version);
    bumpRevision(db);
  }).immediate();
}

export const contractRecordRoutes = ({ db, clock, referenceDate }: AppDeps) =>
  new Hono()
    .post(
      '/:id/amendments',
      jsonBody(CONTRACT_RECORD_BODY_MAX),
      valid('param', IdParam),
      valid('query', ParcelDetailQuery),
      valid('json', AmendmentRequest),
      (c) => {
        const { id } = c.req.valid('param');
        const body = c.req.valid('json');
        const now = clock();
        withParcel(c, db, now.toISOString(), id, body.version, (parcel, records, who) => {
          const check = checkAmendment(clockInput(parcel, records), body, beijingDate(now));
          if (!check.ok) throw new RuleError(check.code, check.reason, check.field);
          insertAmendment(db, id, check.amendment, { note: body.note ?? '', who });
          return { action: 'parcel.amendment', record: { ...check.amendment, note: body.note ?? '' } };
        });
        const detail = parcelDetail(db, id, c.req.valid('query').refDate ?? referenceDate);
        if (!detail) throw new NotFoundError('parcel', id);
        return c.json(detail, 200);
      },
    )
    .post(
      '/:id/compliance',
      jsonBody(CONTRACT_RECORD_BODY_MAX),
      valid('param', IdParam),
      valid('query', ParcelDetailQuery),
      valid('json', ComplianceRequest),
      (c) => {
        const { id } = c.req.valid('param');
        const body = c.req.valid('json');
        const now = clock();
        withParcel(c, db, now.toISOString(), id, body.version, (parcel, records, who) => {
          const check = checkComplianceStep(clockInput(parcel, records), body, beijingDate(now));
          if (!check.ok) throw new RuleError(check.code, check.reason, check.field);
          if (check.kind === 'start') {
            writeStarted(db, id, check.started.date, check.started.evidence);
            return { action: 'parcel.started', record: { ...check.started } };
          }
          insertComplianceStep(db, id, check.step, who);
          return { action: 'parcel.compliance', record: { ...check.step } };
        });
        const detail = parcelDetail(db, id, c.req.valid('query').refDate ?? referenceDate);
        if (!detail) throw new NotFoundError('parcel', id);
        return c.json(detail, 200);
      },
    );
