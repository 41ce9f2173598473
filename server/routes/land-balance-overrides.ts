/**
 * Planner overrides of the matching (锁定 / 排除), plain Hono routes so an authorisation middleware can wrap
 * every unsafe method under /api:
 * - GET    /api/land-balance/overrides — `{ locks[], exclusions[] }` (each with its note and ISO time, a lock
 *   with `projectName` and `siteCodes`, an exclusion with its `label`: project name or parcel codes);
 * - POST   /api/land-balance/locks — `{ projectId, siteId, note? }`: holds the project on that candidate site
 *   (parcel ids or codes joined by `+`, or `redev:<id>`; codes are turned into ids); checked against the matching rules under the query's options
 *   (LandBalanceQuery: includeReserve, slack, …) — a lock that breaks one is refused with 422 and the rule's
 *   code (`lock_<rule>`, domain/land-balance/lock-rules.ts); a second lock on a parcel another lock holds is
 *   refused with 422 `lock_site_taken`; 404 for an unknown project;
 * - DELETE /api/land-balance/locks/:projectId — 404 when there is none;
 * - POST   /api/land-balance/exclusions — `{ kind: "site" | "project", ref, note? }` (a site is a parcel id or
 *   `redev:<id>`; 404 for an unknown one);
 * - DELETE /api/land-balance/exclusions/:kind/:ref.
 * Writes need an editor or admin session (the app's authorization middleware; an editor limited to some
 * platforms is refused, since a lock reshapes the zone-wide matching). Each write is one IMMEDIATE transaction
 * with its audit row (who = the signed-in account) and bumps the data revision, so every cached matching is
 * recomputed.
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { checkLock } from '../../domain/land-balance/index.ts';
import { writeContext } from '../auth/actor.ts';
import { audit, type Json } from '../db/queries/audit.ts';
import {
  deleteExclusion,
  deleteLock,
  listExclusions,
  listLocks,
  upsertExclusion,
  upsertLock,
} from '../db/queries/land-balance-overrides.ts';
import { bumpRevision } from '../db/queries/meta.ts';
import { getProject } from '../db/queries/projects.ts';
import { NotFoundError, RuleError } from '../errors.ts';
import { jsonBody } from '../http/json-body.ts';
import { overridesView, resolveSiteRef, siteRefParts } from '../land-balance/overrides-view.ts';
import { LandBalanceQuery, toOptions } from '../land-balance/query.ts';
import { landBalanceService } from '../land-balance/service.ts';
import type { AppDeps } from './deps.ts';
import { valid } from './validate.ts';

/** Largest accepted body, bytes (an id pair and a note). */
const OVERRIDE_BODY_MAX = 8 * 1024;
const Id = z.string().trim().min(1).max(200);
const Note = z.string().max(500).default('');

const LockBody = z.object({
  projectId: Id,
  siteId: Id.regex(
    /^(redev:[^+]+|[^+]+(\+[^+]+){0,5})$/,
    'expected parcel ids joined by + (at most 6) or redev:<id>',
  ),
  note: Note,
});
const ExclusionBody = z.object({ kind: z.enum(['site', 'project']), ref: Id, note: Note });
const limit = jsonBody(OVERRIDE_BODY_MAX);

/** The audit row of an override write (entity `land_balance_lock` / `land_balance_exclusion`). */
function auditOverride(
  c: Context,
  db: AppDeps['db'],
  at: string,
  e: { action: string; entityType: string; entityId: string; before: Json | null; after: Json | null },
): void {
  audit(db, { ...writeContext(c), at, ...e });
}

const overlaps = (a: string, b: string) => {
  const parts = new Set(a.split('+'));
  return b.split('+').some((x) => parts.has(x));
};

// Long only as the sum of its routes: one Hono chain, so `AppType` carries every route's request and response
// types to the client (docs/architecture.md); each handler validates, calls named steps and answers.
export const landBalanceOverrideRoutes = (deps: AppDeps) => {
  const { db, clock } = deps;
  const service = landBalanceService(db, deps.dataset.dataVersion, deps.jobs);
  const platformIds = () => service.platformIds();
  const view = () => {
    const [locks, exclusions] = [listLocks(db), listExclusions(db)];
    const refs = siteRefParts([...locks.map((l) => l.siteId), ...exclusions.map((e) => e.ref)]);
    return overridesView(service.overrideLookup(refs), locks, exclusions);
  };
  const resolve = (ref: string) => resolveSiteRef(service.overrideLookup(siteRefParts([ref])), ref);
  return new Hono()
    .get('/overrides', (c) => c.json(view()))
    .post('/locks', limit, valid('query', LandBalanceQuery), valid('json', LockBody), (c) => {
      const raw = c.req.valid('json');
      const body = { ...raw, siteId: resolve(raw.siteId) };
      const o = toOptions(c.req.valid('query'), deps, platformIds());
      if (!getProject(db, body.projectId)) throw new NotFoundError('project', body.projectId);
      const refusal = checkLock({ ...service.inputs(o), options: o }, body.projectId, body.siteId);
      if (refusal) throw new RuleError(`lock_${refusal.rule}`, `lock refused: ${refusal.message}`, 'siteId');
      db.transaction(() => {
        const other = listLocks(db).find(
          (l) => l.projectId !== body.projectId && overlaps(l.siteId, body.siteId),
        );
        if (other) {
          throw new RuleError(
            'lock_site_taken',
            `lock refused: project ${other.projectId} is locked to ${other.siteId}`,
            'siteId',
          );
        }
        const at = clock().toISOString();
        const was = listLocks(db).find((l) => l.projectId === body.projectId);
        upsertLock(db, { ...body, createdAt: at });
        auditOverride(c, db, at, {
          action: 'land_balance.lock',
          entityType: 'project',
          entityId: body.projectId,
          before: was ? { siteId: was.siteId, note: was.note } : null,
          after: { siteId: body.siteId, note: body.note },
        });
        bumpRevision(db);
      }).immediate();
      return c.json(view(), 201);
    })
    .delete('/locks/:projectId', valid('param', z.object({ projectId: Id })), (c) => {
      const { projectId } = c.req.valid('param');
      db.transaction(() => {
        const was = listLocks(db).find((l) => l.projectId === projectId);
        if (!was || !deleteLock(db, projectId)) throw new NotFoundError('lock', projectId);
        auditOverride(c, db, clock().toISOString(), {
          action: 'land_balance.unlock',
          entityType: 'project',
          entityId: projectId,
          before: { siteId: was.siteId, note: was.note },
          after: null,
        });
        bumpRevision(db);
      }).immediate();
      return c.json(view());
    })
    .post('/exclusions', limit, valid('json', ExclusionBody), (c) => {
      const raw = c.req.valid('json');
      const body = raw.kind === 'site' ? { ...raw, ref: resolve(raw.ref) } : raw;
      const known =
        body.kind === 'project'
          ? getProject(db, body.ref) !== null
          : service.overrideLookup([body.ref]).parcelCodes.has(body.ref) ||
            service.balanceBase().redevelopment.some((s) => `redev:${s.id}` === body.ref);
      if (!known) throw new NotFoundError(body.kind === 'project' ? 'project' : 'supply site', body.ref);
      db.transaction(() => {
        const at = clock().toISOString();
        upsertExclusion(db, { ...body, createdAt: at });
        auditOverride(c, db, at, {
          action: 'land_balance.exclude',
          entityType: body.kind === 'project' ? 'project' : 'site',
          entityId: body.ref,
          before: null,
          after: { note: body.note },
        });
        bumpRevision(db);
      }).immediate();
      return c.json(view(), 201);
    })
    .delete(
      '/exclusions/:kind/:ref',
      valid('param', z.object({ kind: z.enum(['site', 'project']), ref: Id })),
      (c) => {
        const { kind, ref } = c.req.valid('param');
        db.transaction(() => {
          if (!deleteExclusion(db, kind, ref)) throw new NotFoundError('exclusion', `${kind}/${ref}`);
          auditOverride(c, db, clock().toISOString(), {
            action: 'land_balance.include',
            entityType: kind === 'project' ? 'project' : 'site',
            entityId: ref,
            before: { excluded: true },
            after: null,
          });
          bumpRevision(db);
        }).immediate();
        return c.json(view());
      },
    );
};
