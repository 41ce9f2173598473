/**
 * Writes of the post-grant contract clock, under the same rules as state changes (POST …/transitions):
 * JSON bodies ≤ 16 KB (413) sent as JSON (415), validated with zod (400 naming the field), then in one IMMEDIATE
 * transaction: the parcel exists (404), `version` is current (409 `version_conflict`), the domain rule holds (422
 * with the rule's code and field), the record is appended, the parcel's version and the data revision are
 * bumped. Nothing is written when any step fails. Both answer the updated parcel as GET /api/parcels/:id does.
 *
 * - POST /api/parcels/:id/amendments — a 补充协议 (domain/contract-clock/amendment-request.ts);
 * - POST /api/parcels/:id/compliance — a step of the idle-land procedure or the proof of 动工
 *   (domain/contract-clock/procedure-request.ts).
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { beijingDate } from '../../domain/beijing-time.ts';
import { AmendmentRequest, checkAmendment } from '../../domain/contract-clock/amendment-request.ts';
import { ComplianceRequest, checkComplianceStep } from '../../domain/contract-clock/procedure-request.ts';
import type { GrantRecords } from '../../domain/grant-records.ts';
import { clockInput } from '../../domain/parcel-supervision.ts';
import {
  bumpParcelVersion,
  insertAmendment,
  insertComplianceStep,
  readGrantRecords,
  writeStarted,
} from '../db/queries/grant-records.ts';
import { bumpRevision } from '../db/queries/meta.ts';
import { getParcel, type ParcelRecordRow } from '../db/queries/parcels.ts';
import { NotFoundError, PayloadTooLargeError, RuleError, VersionConflictError } from '../errors.ts';
import { jsonBody } from '../http/json-body.ts';
import { parcelDetail } from '../read-models/parcel-detail.ts';
import type { AppDeps } from './deps.ts';
import { ParcelDetailQuery } from './queries.ts';
import { IdParam, valid } from './validate.ts';

/** Largest accepted request body, bytes (as for state changes: a record is a few hundred bytes). */
export const CONTRACT_RECORD_BODY_MAX = 16 * 1024;

const limit = bodyLimit({
  maxSize: CONTRACT_RECORD_BODY_MAX,
  onError: () => {
    throw new PayloadTooLargeError(CONTRACT_RECORD_BODY_MAX);
  },
});

/**
 * Runs `write` in one IMMEDIATE transaction after loading the parcel and its records and checking `version`;
 * `write` throws a RuleError to refuse (rolling back).
 */
function withParcel(
  db: AppDeps['db'],
  id: string,
  version: number,
  write: (parcel: ParcelRecordRow, records: GrantRecords) => void,
): void {
  db.transaction(() => {
    const parcel = getParcel(db, id);
    const records = readGrantRecords(db, id);
    if (!parcel || !records) throw new NotFoundError('parcel', id);
    if (parcel.version !== version) throw new VersionConflictError('parcel', id, version, parcel.version);
    write(parcel, records);
    bumpParcelVersion(db, id, version);
    bumpRevision(db);
  }).immediate();
}

export const contractRecordRoutes = ({ db, clock, referenceDate }: AppDeps) =>
  new Hono()
    .post(
      '/:id/amendments',
      limit,
      jsonBody,
      valid('param', IdParam),
      valid('query', ParcelDetailQuery),
      valid('json', AmendmentRequest),
      (c) => {
        const { id } = c.req.valid('param');
        const body = c.req.valid('json');
        withParcel(db, id, body.version, (parcel, records) => {
          const check = checkAmendment(clockInput(parcel, records), body, beijingDate(clock()));
          if (!check.ok) throw new RuleError(check.code, check.reason, check.field);
          insertAmendment(db, id, check.amendment, { note: body.note ?? '', who: body.who });
        });
        const detail = parcelDetail(db, id, c.req.valid('query').refDate ?? referenceDate);
        if (!detail) throw new NotFoundError('parcel', id);
        return c.json(detail, 200);
      },
    )
    .post(
      '/:id/compliance',
      limit,
      jsonBody,
      valid('param', IdParam),
      valid('query', ParcelDetailQuery),
      valid('json', ComplianceRequest),
      (c) => {
        const { id } = c.req.valid('param');
        const body = c.req.valid('json');
        withParcel(db, id, body.version, (parcel, records) => {
          const check = checkComplianceStep(clockInput(parcel, records), body, beijingDate(clock()));
          if (!check.ok) throw new RuleError(check.code, check.reason, check.field);
          if (check.kind === 'start') writeStarted(db, id, check.started.date, check.started.evidence);
          else insertComplianceStep(db, id, check.step, body.who);
        });
        const detail = parcelDetail(db, id, c.req.valid('query').refDate ?? referenceDate);
        if (!detail) throw new NotFoundError('parcel', id);
        return c.json(detail, 200);
      },
    );
