/**
 * POST /api/parcels/:id/transition-correction `{ auditId, reason }` — 更正 of a land-state transition recorded
 * by mistake (domain/history/transition-correction.ts: what may be corrected, the rule it follows, and why a
 * corrected event is void on every past date). Needs an editor of the parcel's platform and `If-Match` with the
 * parcel's ETag (428 without, 412 stale with who changed it). One IMMEDIATE transaction: the checks (409
 * `changed_since` naming the writes since, 422 `not_correctable`), the audit row (before: the state the wrong
 * transition set; after: the state restored, the reason and `undoOf` = the transition's audit row), the event
 * marked voided (kept, never deleted), the parcel put back with version + 1, its grant and delivery date
 * restored, the data revision bumped and the tiles drawing the parcel dropped. The summary tables follow the
 * parcel's row by their triggers, as for a transition. Answers the parcel as GET does, with its new ETag.
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { CORRECTION_ACTION, checkTransitionCorrection } from '../../domain/history/transition-correction.ts';
import { NOTE_MAX } from '../../domain/limits.ts';
import { SafeText } from '../../domain/safe-text.ts';
import { SignedInWho } from '../../domain/who-field.ts';
import { writeContext } from '../auth/actor.ts';
import { requireEditorFor } from '../auth/authorize.ts';
import { audit, getAuditRow } from '../db/queries/audit.ts';
import { readGrantRecords, writeGrantColumns } from '../db/queries/grant-records.ts';
import { bumpRevision } from '../db/queries/meta.ts';
import { getParcel } from '../db/queries/parcels.ts';
import {
  latestEventAuditId,
  parcelWritesAfter,
  writeTransitionCorrection,
} from '../db/queries/transition-corrections.ts';
import { ConflictError, NotFoundError, RuleError } from '../errors.ts';
import { jsonBody } from '../http/json-body.ts';
import { requireIfMatch, setEtag } from '../http/preconditions.ts';
import { refuseIfRetired } from '../read-models/current-parcel.ts';
import { parcelDetail } from '../read-models/parcel-detail.ts';
import { tileCache } from '../tiles/tile-cache.ts';
import type { AppDeps } from './deps.ts';
import { ParcelDetailQuery } from './queries.ts';
import { IdParam, valid } from './validate.ts';

/** Largest accepted body, bytes: an audit id and a reason of at most NOTE_MAX (500) characters. */
export const CORRECTION_BODY_MAX = 16 * 1024;

/** Body: the transition's audit row and why it is corrected (required, as 更正 always states its reason). */
export const CorrectionBody = z
  .object({
    auditId: z.number().int().positive(),
    reason: SafeText({ min: 1, max: NOTE_MAX, multiline: true }),
    who: SignedInWho,
  })
  .strict();

/** The correction of transition `auditId` on parcel `id` in one IMMEDIATE transaction (see the module doc). */
function correct(c: Context, { db, clock }: AppDeps, id: string, auditId: number, reason: string): void {
  db.transaction(() => {
    const parcel = getParcel(db, id);
    if (!parcel) throw new NotFoundError('parcel', id);
    requireEditorFor(c, parcel.platformId);
    requireIfMatch(c, db, 'parcel', id, parcel.version);
    refuseIfRetired(db, id, parcel.code);
    const row = getAuditRow(db, auditId);
    if (!row) throw new NotFoundError('audit row', String(auditId));
    const check = checkTransitionCorrection({
      row,
      parcel,
      latestEventAuditId: latestEventAuditId(db, id),
      later: parcelWritesAfter(db, id, auditId),
    });
    if (!check.ok) {
      if (check.status === 409) throw new ConflictError(check.code, check.message, 'auditId');
      throw new RuleError(check.code, check.message, 'auditId');
    }
    const r = check.restore;
    const records = readGrantRecords(db, id);
    if (!records) throw new NotFoundError('parcel', id);
    const correctionAuditId = audit(db, {
      ...writeContext(c),
      at: clock().toISOString(),
      action: CORRECTION_ACTION,
      entityType: 'parcel',
      entityId: id,
      platformId: parcel.platformId,
      before: { state: parcel.state, stateSince: parcel.stateSince, version: parcel.version },
      after: {
        state: r.state,
        stateSince: r.stateSince,
        version: parcel.version + 1,
        reason,
        undoOf: auditId,
      },
    });
    writeTransitionCorrection(db, {
      parcelId: id,
      transitionAuditId: auditId,
      correctionAuditId,
      version: parcel.version,
      restore: r,
    });
    writeGrantColumns(db, id, {
      ...records,
      grant: r.grant === undefined ? records.grant : r.grant,
      deliveryActual: r.deliveryActual === undefined ? records.deliveryActual : r.deliveryActual,
    });
    bumpRevision(db);
    tileCache(db).invalidateBBox('parcels', parcel.bbox);
  }).immediate();
}

export const transitionCorrectionRoutes = (deps: AppDeps) =>
  new Hono().post(
    '/:id/transition-correction',
    jsonBody(CORRECTION_BODY_MAX),
    valid('param', IdParam),
    valid('query', ParcelDetailQuery),
    valid('json', CorrectionBody),
    (c) => {
      const { id } = c.req.valid('param');
      const { auditId, reason } = c.req.valid('json');
      correct(c, deps, id, auditId, reason);
      const detail = parcelDetail(deps.db, id, c.req.valid('query').refDate ?? deps.referenceDate);
      if (!detail) throw new NotFoundError('parcel', id);
      setEtag(c, detail.version);
      return c.json(detail, 200);
    },
  );
