/**
 * POST /api/parcels/:id/retire `{ reason, date? }` — 退出台账: the parcel leaves the current map, search, lists
 * and totals and stays in its history (domain/parcel-edit/retire.ts: which parcels may be retired). `reason` is
 * the editor's words (1–200 characters, required), `date` the day it stopped counting (default today, Beijing).
 *
 * `If-Match` carries the parcel's ETag (428 without, 412 stale); an editor of its platform (403 otherwise); 404
 * for an unknown parcel; a refusal of the rule is a 422 naming `id` or `date`. One IMMEDIATE transaction: the
 * retirement (version + 1, retired_reason `retired`, the note), one audit row `parcel.retire`, a new data
 * revision and the parcel's tiles dropped. Answers the parcel as GET /api/parcels/:id with its new ETag.
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { beijingDate } from '../../domain/beijing-time.ts';
import { RETIRE_ACTION, RETIRE_REASON_MAX, retireRefusal } from '../../domain/parcel-edit/retire.ts';
import { IsoDate } from '../../domain/schemas.ts';
import { SignedInWho } from '../../domain/who-field.ts';
import { writeContext } from '../auth/actor.ts';
import { requireEditorFor } from '../auth/authorize.ts';
import { audit } from '../db/queries/audit.ts';
import { bumpRevision } from '../db/queries/meta.ts';
import { retireFacts, retireWithReason } from '../db/queries/parcel-retire.ts';
import { getParcel } from '../db/queries/parcels.ts';
import { NotFoundError, RuleError } from '../errors.ts';
import { jsonBody } from '../http/json-body.ts';
import { requireIfMatch, setEtag } from '../http/preconditions.ts';
import { parcelDetail } from '../read-models/parcel-detail.ts';
import { tileCache } from '../tiles/tile-cache.ts';
import type { AppDeps } from './deps.ts';
import { IdParam, valid } from './validate.ts';

/** Largest accepted body, bytes: a reason and a date. */
const RETIRE_BODY_MAX = 4 * 1024;

/** Body: why, and (optionally) on which day. */
export const RetireBody = z
  .object({
    reason: z
      .string()
      .trim()
      .min(1, 'reason: say why the parcel leaves the ledger / 请填写退出原因')
      .max(RETIRE_REASON_MAX, `reason: at most ${RETIRE_REASON_MAX} characters`),
    date: IsoDate.optional(),
    who: SignedInWho,
  })
  .strict();

/** Retires parcel `id` in one IMMEDIATE transaction (see the module doc). */
function retire(c: Context, { db, clock }: AppDeps, id: string, body: z.infer<typeof RetireBody>): void {
  db.transaction(() => {
    const parcel = getParcel(db, id);
    const facts = retireFacts(db, id);
    if (!parcel || !facts) throw new NotFoundError('parcel', id);
    requireEditorFor(c, parcel.platformId);
    requireIfMatch(c, db, 'parcel', id, parcel.version);
    const now = clock();
    const date = body.date ?? beijingDate(now);
    const refused = retireRefusal(facts, date, beijingDate(now));
    if (refused) throw new RuleError(refused.code, refused.message, refused.field);
    audit(db, {
      ...writeContext(c),
      at: now.toISOString(),
      action: RETIRE_ACTION,
      entityType: 'parcel',
      entityId: id,
      platformId: parcel.platformId,
      before: { retiredOn: null, version: parcel.version },
      after: { retiredOn: date, reason: body.reason, version: parcel.version + 1 },
    });
    retireWithReason(db, id, parcel.version, date, body.reason);
    bumpRevision(db);
    tileCache(db).invalidateBBox('parcels', parcel.bbox);
  }).immediate();
}

export const parcelRetireRoutes = (deps: AppDeps) =>
  new Hono().post(
    '/:id/retire',
    jsonBody(RETIRE_BODY_MAX),
    valid('param', IdParam),
    valid('json', RetireBody),
    (c) => {
      const { id } = c.req.valid('param');
      retire(c, deps, id, c.req.valid('json'));
      const detail = parcelDetail(deps.db, id, deps.referenceDate);
      if (!detail) throw new NotFoundError('parcel', id);
      setEtag(c, detail.version);
      return c.json(detail, 200);
    },
  );
