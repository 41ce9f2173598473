/**
 * GET /api/redevelopment/:id — one 三旧 site with its ETag; PATCH /api/redevelopment/:id — edits its type, mode,
 * implementer, stage, areas, target year and expected completion (domain/record-edits/redevelopment-patch.ts).
 * The write needs `If-Match` (428 / 412), an editor of the site's platform, and is one IMMEDIATE transaction with
 * its audit row; the tiles drawing the site are dropped (stage and type are drawn).
 */
import { Hono } from 'hono';
import { applyPatch, changedFields } from '../../domain/record-edits/field-diff.ts';
import { checkRedevelopmentSite, RedevelopmentPatch } from '../../domain/record-edits/redevelopment-patch.ts';
import { writeContext } from '../auth/actor.ts';
import { requireEditorFor } from '../auth/authorize.ts';
import { audit } from '../db/queries/audit.ts';
import { bumpRevision } from '../db/queries/meta.ts';
import { getRedevelopmentSite, updateRedevelopmentSite } from '../db/queries/redevelopment.ts';
import { NotFoundError, RuleError } from '../errors.ts';
import { jsonBody } from '../http/json-body.ts';
import { requireIfMatch, setEtag } from '../http/preconditions.ts';
import { tileCache } from '../tiles/tile-cache.ts';
import type { AppDeps } from './deps.ts';
import { IdParam, valid } from './validate.ts';

/** Largest accepted body, bytes. */
export const REDEVELOPMENT_BODY_MAX = 16 * 1024;

export const redevelopmentEditRoutes = ({ db, clock }: AppDeps) =>
  new Hono()
    .get('/:id', valid('param', IdParam), (c) => {
      const { id } = c.req.valid('param');
      const site = getRedevelopmentSite(db, id);
      if (!site) throw new NotFoundError('redevelopment site', id);
      const { bbox: _bbox, ...feature } = site;
      setEtag(c, feature.properties.version);
      return c.json(feature);
    })
    .patch(
      '/:id',
      jsonBody(REDEVELOPMENT_BODY_MAX),
      valid('param', IdParam),
      valid('json', RedevelopmentPatch),
      (c) => {
        const { id } = c.req.valid('param');
        const { who: _who, ...patch } = c.req.valid('json');
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
            at: clock().toISOString(),
            action: 'redevelopment.update',
            entityType: 'redevelopment',
            entityId: id,
            platformId: before.platformId,
            before: { ...diff.before, version },
            after: { ...diff.after, version: version + 1 },
          });
          updateRedevelopmentSite(db, id, version, after);
          bumpRevision(db);
          tileCache(db).invalidateBBox('redevelopment', site.bbox);
        }).immediate();
        const site = getRedevelopmentSite(db, id);
        if (!site) throw new NotFoundError('redevelopment site', id);
        const { bbox: _bbox, ...feature } = site;
        setEtag(c, feature.properties.version);
        return c.json(feature, 200);
      },
    );
