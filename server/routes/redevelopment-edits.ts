/**
 * GET /api/redevelopment/:id — one 三旧 site with its ETag; PATCH /api/redevelopment/:id — edits its type, mode,
 * implementer, stage, areas, target year and expected completion (domain/record-edits/redevelopment-patch.ts).
 * The write needs `If-Match` (428 / 412), an editor of the site's platform, and is one IMMEDIATE transaction with
 * its audit row; the tiles drawing the site are dropped (stage and type are drawn). POST …/undo `{ auditId }`
 * reverses one such edit as a new revision restoring its before values.
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { applyPatch, changedFields } from '../../domain/record-edits/field-diff.ts';
import { checkRedevelopmentSite, RedevelopmentPatch } from '../../domain/record-edits/redevelopment-patch.ts';
import { SignedInWho } from '../../domain/who-field.ts';
import { writeContext } from '../auth/actor.ts';
import { requireEditorFor } from '../auth/authorize.ts';
import { audit } from '../db/queries/audit.ts';
import { bumpRevision } from '../db/queries/meta.ts';
import { getRedevelopmentSite, updateRedevelopmentSite } from '../db/queries/redevelopment.ts';
import { NotFoundError, RuleError } from '../errors.ts';
import { jsonBody } from '../http/json-body.ts';
import { requireIfMatch, setEtag } from '../http/preconditions.ts';
import { noQuery } from '../http/strict-query.ts';
import { undoPatchOf } from '../read-models/undo-patch.ts';
import { tileCache } from '../tiles/tile-cache.ts';
import type { AppDeps } from './deps.ts';
import { IdParam, valid } from './validate.ts';

/** Largest accepted body, bytes. */
export const REDEVELOPMENT_BODY_MAX = 16 * 1024;

/** Body of POST …/undo: the audit row of the edit to reverse. */
const UndoBody = z.object({ auditId: z.number().int().positive(), who: SignedInWho }).strict();

/** One audited edit of site `id` (PATCH or undo) in an IMMEDIATE transaction. */
function writeSitePatch(
  c: Context,
  db: AppDeps['db'],
  now: Date,
  id: string,
  patch: Omit<RedevelopmentPatch, 'who'>,
  undoOf: number | null,
): void {
  db.transaction(() => {
    const site = getRedevelopmentSite(db, id);
    if (!site) throw new NotFoundError('redevelopment site', id);
    const { version, ...before } = site.properties;
    requireEditorFor(c, before.platformId);
    requireIfMatch(c, db, 'redevelopment', id, version);
    const after = applyPatch({ ...before, implementer: before.implementer ?? null }, patch);
    const check = checkRedevelopmentSite(after);
    if (!check.ok) throw new RuleError(check.code, check.message, check.field);
    const diff = changedFields(before, after);
    audit(db, {
      ...writeContext(c),
      at: now.toISOString(),
      action: 'redevelopment.update',
      entityType: 'redevelopment',
      entityId: id,
      platformId: before.platformId,
      before: { ...diff.before, version },
      after: { ...diff.after, version: version + 1, ...(undoOf ? { undoOf } : {}) },
    });
    updateRedevelopmentSite(db, id, version, after);
    bumpRevision(db);
    tileCache(db).invalidateBBox('redevelopment', site.bbox);
  }).immediate();
}

/** The site as GET answers it, with its ETag. */
function answer(c: Context, db: AppDeps['db'], id: string) {
  const site = getRedevelopmentSite(db, id);
  if (!site) throw new NotFoundError('redevelopment site', id);
  const { bbox: _bbox, ...feature } = site;
  setEtag(c, feature.properties.version);
  return c.json(feature, 200);
}

export const redevelopmentEditRoutes = ({ db, clock }: AppDeps) =>
  new Hono()
    .get('/:id', noQuery, valid('param', IdParam), (c) => {
      const { id } = c.req.valid('param');
      return answer(c, db, id);
    })
    .patch(
      '/:id',
      noQuery,
      jsonBody(REDEVELOPMENT_BODY_MAX),
      valid('param', IdParam),
      valid('json', RedevelopmentPatch),
      (c) => {
        const { id } = c.req.valid('param');
        const { who: _who, ...patch } = c.req.valid('json');
        writeSitePatch(c, db, clock(), id, patch, null);
        return answer(c, db, id);
      },
    )
    .post(
      '/:id/undo',
      noQuery,
      jsonBody(REDEVELOPMENT_BODY_MAX),
      valid('param', IdParam),
      valid('json', UndoBody),
      (c) => {
        const { id } = c.req.valid('param');
        const { auditId } = c.req.valid('json');
        const { who: _who, ...patch } = undoPatchOf(db, RedevelopmentPatch, 'redevelopment', id, auditId);
        writeSitePatch(c, db, clock(), id, patch, auditId);
        return answer(c, db, id);
      },
    );
