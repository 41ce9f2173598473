/**
 * PATCH /api/parcels/:id — edits a parcel's attributes (domain/record-edits/parcel-patch.ts: code, town, land use,
 * plot ratio, expected ready date, 出让条件, readiness, notes). Needs `If-Match` with the ETag of GET
 * /api/parcels/:id (428 without, 412 with the current version and who changed it since when stale) and an editor
 * of the parcel's platform. One IMMEDIATE transaction: checks, the audit row (before/after of the changed fields,
 * which is what an undo restores), the update with version + 1, the data revision and the tiles drawing the
 * parcel. POST /api/parcels/:id/undo `{ auditId }` (same If-Match rule) reverses one such edit as a new revision
 * restoring its before values. A retired parcel (split or merged away) is history and is not edited (422 `retired`); a code another
 * parcel has or had is refused (422 `code_taken`). Answers the parcel as GET does, with its new ETag.
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { applyPatch, changedFields } from '../../domain/record-edits/field-diff.ts';
import { ParcelPatch } from '../../domain/record-edits/parcel-patch.ts';
import { SignedInWho } from '../../domain/who-field.ts';
import { writeContext } from '../auth/actor.ts';
import { requireEditorFor } from '../auth/authorize.ts';
import { audit } from '../db/queries/audit.ts';
import { readGrantRecords } from '../db/queries/grant-records.ts';
import { bumpRevision } from '../db/queries/meta.ts';
import {
  type ParcelAttributes,
  parcelEditColumns,
  parcelWithCode,
  updateParcelAttributes,
} from '../db/queries/parcel-edits.ts';
import { getParcel } from '../db/queries/parcels.ts';
import { NotFoundError, RuleError } from '../errors.ts';
import { jsonBody } from '../http/json-body.ts';
import { requireIfMatch, setEtag } from '../http/preconditions.ts';
import { refuseIfRetired } from '../read-models/current-parcel.ts';
import { parcelDetail } from '../read-models/parcel-detail.ts';
import { undoPatchOf } from '../read-models/undo-patch.ts';
import { tileCache } from '../tiles/tile-cache.ts';
import type { AppDeps } from './deps.ts';
import { ParcelDetailQuery } from './queries.ts';
import { IdParam, valid } from './validate.ts';

/** Largest accepted body, bytes: the attributes with a 2000-character note fit well within. */
export const PARCEL_PATCH_BODY_MAX = 32 * 1024;

/** Body of POST /api/parcels/:id/undo: the audit row of the edit to reverse. */
export const UndoBody = z.object({ auditId: z.number().int().positive(), who: SignedInWho }).strict();

type Patch = Omit<ParcelPatch, 'who'>;

/** One audited attribute edit of parcel `id` in an IMMEDIATE transaction (see the module doc). */
function writeParcelPatch(c: Context, deps: AppDeps, id: string, patch: Patch, undoOf: number | null): void {
  const { db, clock } = deps;
  db.transaction(() => {
    const parcel = getParcel(db, id);
    const edit = parcelEditColumns(db, id);
    const records = readGrantRecords(db, id);
    if (!parcel || !edit || !records) throw new NotFoundError('parcel', id);
    requireEditorFor(c, parcel.platformId);
    requireIfMatch(c, db, 'parcel', id, parcel.version);
    refuseIfRetired(db, id, parcel.code);
    const before: ParcelAttributes = {
      code: parcel.code,
      town: parcel.town,
      landUse: parcel.landUse,
      plotRatioMax: parcel.plotRatioMax,
      expectedReadyDate: parcel.expectedReadyDate,
      conditions: records.conditions,
      readiness: records.readiness,
      notes: edit.notes,
    };
    const after = applyPatch(before, patch);
    if (after.code !== before.code) {
      const other = parcelWithCode(db, after.code, id);
      if (other) {
        throw new RuleError(
          'code_taken',
          `编码 ${after.code} 已被地块 ${other} 使用。 code ${after.code} is taken by ${other}.`,
          'code',
        );
      }
    }
    const diff = changedFields(before, after);
    audit(db, {
      ...writeContext(c),
      at: clock().toISOString(),
      action: 'parcel.update',
      entityType: 'parcel',
      entityId: id,
      platformId: parcel.platformId,
      before: { ...diff.before, version: parcel.version },
      after: { ...diff.after, version: parcel.version + 1, ...(undoOf ? { undoOf } : {}) },
    });
    updateParcelAttributes(db, id, parcel.version, after);
    bumpRevision(db);
    // Code and land use are drawn in the tiles.
    tileCache(db).invalidateBBox('parcels', parcel.bbox);
  }).immediate();
}

/** The parcel as GET answers it, with its new ETag. */
function answer(c: Context, deps: AppDeps, id: string, refDate: string | undefined) {
  const detail = parcelDetail(deps.db, id, refDate ?? deps.referenceDate);
  if (!detail) throw new NotFoundError('parcel', id);
  setEtag(c, detail.version);
  return c.json(detail, 200);
}

export const parcelEditRoutes = (deps: AppDeps) =>
  new Hono()
    .patch(
      '/:id',
      jsonBody(PARCEL_PATCH_BODY_MAX),
      valid('param', IdParam),
      valid('query', ParcelDetailQuery),
      valid('json', ParcelPatch),
      (c) => {
        const { id } = c.req.valid('param');
        const { who: _who, ...patch } = c.req.valid('json');
        writeParcelPatch(c, deps, id, patch, null);
        return answer(c, deps, id, c.req.valid('query').refDate);
      },
    )
    .post(
      '/:id/undo',
      jsonBody(PARCEL_PATCH_BODY_MAX),
      valid('param', IdParam),
      valid('query', ParcelDetailQuery),
      valid('json', UndoBody),
      (c) => {
        const { id } = c.req.valid('param');
        const { auditId } = c.req.valid('json');
        const { who: _who, ...patch } = undoPatchOf(deps.db, ParcelPatch, 'parcel', id, auditId);
        writeParcelPatch(c, deps, id, patch, auditId);
        return answer(c, deps, id, c.req.valid('query').refDate);
      },
    );
