/**
 * Project writes — the 招商 desk's daily case: a new lead entered, moved through its stages with their dates and
 * document numbers, linked to the parcels it takes (domain/record-edits/project-edit.ts):
 * - POST /api/projects — a new project (201, `Location`, ETag "1"); needs an editor of its target platform;
 * - PATCH /api/projects/:id — any subset of its fields (key dates merge into the stored ones); POST …/undo
 *   `{ auditId }` reverses one such edit as a new revision restoring its before values;
 * - PUT /api/projects/:id/parcels `{ parcelIds }` — the current parcels it holds (each parcel's version is bumped:
 *   its ETag covers its projects; the tiles drawing it are dropped, they show the holder's industry);
 * - DELETE /api/projects/:id — only a mistaken draft (线索 / 在谈, never linked to land); otherwise terminate it.
 * Writes to an existing project need `If-Match` (428 / 412) and an editor of its target platform — and of the new
 * one when it moves, and of each parcel linked or unlinked. Each is one IMMEDIATE transaction with its audit row.
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { beijingDate } from '../../domain/beijing-time.ts';
import { applyPatch, changedFields } from '../../domain/record-edits/field-diff.ts';
import { NO_DATES } from '../../domain/record-edits/project-dates.ts';
import { checkProjectStage, ProjectCreate, ProjectPatch } from '../../domain/record-edits/project-edit.ts';
import { SignedInWho } from '../../domain/who-field.ts';
import { writeContext } from '../auth/actor.ts';
import { requireEditorFor } from '../auth/authorize.ts';
import { audit, type Json } from '../db/queries/audit.ts';
import { bumpRevision } from '../db/queries/meta.ts';
import { platformRef } from '../db/queries/platforms.ts';
import {
  bumpParcelVersions,
  bumpProjectVersion,
  currentParcelsByIds,
  deleteProject,
  insertProject,
  nextProjectId,
  type ProjectFields,
  projectLinkCount,
  relinkProjectParcels,
  updateProject,
} from '../db/queries/project-edits.ts';
import { getProject, type ProjectWithLand } from '../db/queries/projects.ts';
import { parcelBBox } from '../db/queries/tiles.ts';
import { NotFoundError, RuleError } from '../errors.ts';
import { jsonBody } from '../http/json-body.ts';
import { requireIfMatch, setEtag } from '../http/preconditions.ts';
import { noQuery } from '../http/strict-query.ts';
import { projectDetail } from '../read-models/project-detail.ts';
import { undoPatchOf } from '../read-models/undo-patch.ts';
import { tileCache } from '../tiles/tile-cache.ts';
import type { AppDeps } from './deps.ts';
import { IdParam, valid } from './validate.ts';

/** Largest accepted body, bytes. */
export const PROJECT_BODY_MAX = 32 * 1024;

/** Most parcels one project may be linked to in one request. */
export const PROJECT_PARCELS_MAX = 200;

/** Body of POST …/undo: the audit row of the edit to reverse. */
const UndoBody = z.object({ auditId: z.number().int().positive(), who: SignedInWho }).strict();

const LinksBody = z
  .object({ parcelIds: z.array(z.string().min(1).max(200)).max(PROJECT_PARCELS_MAX), who: SignedInWho })
  .strict();

const fieldsOf = (p: ProjectWithLand): ProjectFields => ({
  name: p.name,
  enterprise: p.enterprise,
  industry: p.industry,
  origin: p.origin,
  investmentWan: p.investmentWan,
  fixedInvestmentWan: p.fixedInvestmentWan,
  landDemandMu: p.landDemandMu,
  floorDemandM2: p.floorDemandM2,
  stage: p.stage,
  targetPlatformId: p.targetPlatformId,
  rdOriented: p.rdOriented,
  neededBy: p.neededBy,
  annualOutputWan: p.annualOutputWan,
  keyDates: p.keyDates,
  expansionOf: p.expansionOf,
  approvedDocNo: p.approvedDocNo,
  signedDocNo: p.signedDocNo,
  terminatedOn: p.terminatedOn,
});

/** 422 `unknown_platform` unless the target platform exists (null: not decided yet). */
function checkTarget(db: AppDeps['db'], id: string | null): void {
  if (id !== null && !platformRef(db, id)) {
    throw new RuleError('unknown_platform', `没有平台 ${id}。 no platform ${id}.`, 'targetPlatformId');
  }
}

/** Stage and dates after the edit (422 with the field). */
function checkStage(p: ProjectFields, stageMoved: boolean, today: string): void {
  const check = checkProjectStage(p, stageMoved, today);
  if (!check.ok) throw new RuleError(check.code, check.message, check.field);
}

/** Loads the project, checks the editor's rights on its platform and `If-Match`; 404 when unknown. */
function loadForWrite(c: Context, db: AppDeps['db'], id: string): ProjectWithLand {
  const project = getProject(db, id);
  if (!project) throw new NotFoundError('project', id);
  requireEditorFor(c, project.targetPlatformId);
  requireIfMatch(c, db, 'project', id, project.version);
  return project;
}

/** The project as answered, with its ETag. */
function answer(c: Context, db: AppDeps['db'], id: string, status: 200 | 201) {
  const detail = projectDetail(db, id);
  if (!detail) throw new NotFoundError('project', id);
  setEtag(c, detail.version);
  return c.json(detail, status);
}

/** One audited edit of project `id` (PATCH or undo) in an IMMEDIATE transaction. */
function writeProjectPatch(
  c: Context,
  db: AppDeps['db'],
  now: Date,
  id: string,
  { keyDates, ...patch }: Omit<ProjectPatch, 'who'>,
  undoOf: number | null,
): void {
  db.transaction(() => {
    const project = loadForWrite(c, db, id);
    const before = fieldsOf(project);
    const after = applyPatch(before, { ...patch, keyDates: { ...before.keyDates, ...keyDates } });
    if (after.targetPlatformId !== before.targetPlatformId) {
      requireEditorFor(c, after.targetPlatformId);
      checkTarget(db, after.targetPlatformId);
    }
    if (patch.stage !== undefined || keyDates !== undefined || patch.terminatedOn !== undefined) {
      checkStage(after, after.stage !== before.stage, beijingDate(now));
    }
    const diff = changedFields(before, after);
    audit(db, {
      ...writeContext(c),
      at: now.toISOString(),
      action: 'project.update',
      entityType: 'project',
      entityId: id,
      platformId: after.targetPlatformId,
      before: { ...diff.before, version: project.version },
      after: { ...diff.after, version: project.version + 1, ...(undoOf ? { undoOf } : {}) },
    });
    updateProject(db, id, project.version, after);
    // The tiles of its parcels carry the holder's industry (the map's industry filter reads it).
    if (after.industry !== before.industry) invalidateParcelTiles(db, project.parcelIds);
    bumpRevision(db);
  }).immediate();
}

/** Drops the cached tiles drawing parcels `ids` (inside the write's transaction). */
function invalidateParcelTiles(db: AppDeps['db'], ids: readonly string[]): void {
  for (const pid of ids) {
    const box = parcelBBox(db, pid);
    if (box) tileCache(db).invalidateBBox('parcels', box);
  }
}

// Long only as the sum of its routes: one Hono chain, so `AppType` carries every route's request and response
// types to the client (docs/architecture.md); each handler validates, calls named steps and answers.
export const projectEditRoutes = ({ db, clock }: AppDeps) =>
  new Hono()
    .post('/', noQuery, jsonBody(PROJECT_BODY_MAX), valid('json', ProjectCreate), (c) => {
      const { who: _who, ...body } = c.req.valid('json');
      const now = clock();
      const fields: ProjectFields = {
        ...body,
        fixedInvestmentWan: body.fixedInvestmentWan ?? null,
        landDemandMu: body.landDemandMu ?? null,
        floorDemandM2: body.floorDemandM2 ?? null,
        neededBy: body.neededBy ?? null,
        annualOutputWan: body.annualOutputWan ?? null,
        expansionOf: body.expansionOf ?? null,
        approvedDocNo: body.approvedDocNo ?? null,
        signedDocNo: body.signedDocNo ?? null,
        terminatedOn: body.terminatedOn ?? null,
        keyDates: { ...NO_DATES, ...body.keyDates },
      };
      let id = '';
      db.transaction(() => {
        requireEditorFor(c, fields.targetPlatformId);
        checkTarget(db, fields.targetPlatformId);
        checkStage(fields, true, beijingDate(now));
        id = nextProjectId(db);
        insertProject(db, id, fields, beijingDate(now));
        audit(db, {
          ...writeContext(c),
          at: now.toISOString(),
          action: 'project.create',
          entityType: 'project',
          entityId: id,
          platformId: fields.targetPlatformId,
          before: null,
          after: { ...(fields as unknown as Record<string, Json>), version: 1 },
        });
        bumpRevision(db);
      }).immediate();
      c.header('Location', `/api/projects/${encodeURIComponent(id)}`);
      return answer(c, db, id, 201);
    })
    .patch(
      '/:id',
      noQuery,
      jsonBody(PROJECT_BODY_MAX),
      valid('param', IdParam),
      valid('json', ProjectPatch),
      (c) => {
        const { id } = c.req.valid('param');
        const { who: _who, ...patch } = c.req.valid('json');
        writeProjectPatch(c, db, clock(), id, patch, null);
        return answer(c, db, id, 200);
      },
    )
    .post(
      '/:id/undo',
      noQuery,
      jsonBody(PROJECT_BODY_MAX),
      valid('param', IdParam),
      valid('json', UndoBody),
      (c) => {
        const { id } = c.req.valid('param');
        const { auditId } = c.req.valid('json');
        const { who: _who, ...patch } = undoPatchOf(db, ProjectPatch, 'project', id, auditId);
        writeProjectPatch(c, db, clock(), id, patch, auditId);
        return answer(c, db, id, 200);
      },
    )
    .put(
      '/:id/parcels',
      noQuery,
      jsonBody(PROJECT_BODY_MAX),
      valid('param', IdParam),
      valid('json', LinksBody),
      (c) => {
        const { id } = c.req.valid('param');
        const wanted = [...new Set(c.req.valid('json').parcelIds)].sort();
        db.transaction(() => {
          const project = loadForWrite(c, db, id);
          const found = currentParcelsByIds(db, wanted);
          for (const pid of wanted) {
            const p = found.find((f) => f.id === pid);
            if (!p || p.retiredOn) {
              throw new RuleError(
                'unknown_parcel',
                `没有现行地块 ${pid}。 no current parcel ${pid}.`,
                'parcelIds',
              );
            }
          }
          const add = wanted.filter((p) => !project.parcelIds.includes(p));
          const remove = project.parcelIds.filter((p) => !wanted.includes(p));
          for (const p of currentParcelsByIds(db, [...add, ...remove])) requireEditorFor(c, p.platformId);
          audit(db, {
            ...writeContext(c),
            at: clock().toISOString(),
            action: 'project.parcels',
            entityType: 'project',
            entityId: id,
            platformId: project.targetPlatformId,
            before: { parcelIds: project.parcelIds, version: project.version },
            after: { parcelIds: wanted, version: project.version + 1 },
          });
          relinkProjectParcels(db, id, add, remove);
          bumpProjectVersion(db, id, project.version);
          bumpParcelVersions(db, [...add, ...remove]);
          bumpRevision(db);
          invalidateParcelTiles(db, [...add, ...remove]);
        }).immediate();
        return answer(c, db, id, 200);
      },
    )
    .delete('/:id', noQuery, valid('param', IdParam), (c) => {
      const { id } = c.req.valid('param');
      db.transaction(() => {
        const project = loadForWrite(c, db, id);
        if (!['lead', 'negotiating'].includes(project.stage) || projectLinkCount(db, id) > 0) {
          throw new RuleError(
            'not_deletable',
            '只能删除误录的线索或在谈项目（未关联地块）；其他项目请改为“终止”并填写终止日期。 ' +
              'only a mistaken lead or negotiating project with no land can be deleted; terminate any other.',
            'stage',
          );
        }
        audit(db, {
          ...writeContext(c),
          at: clock().toISOString(),
          action: 'project.delete',
          entityType: 'project',
          entityId: id,
          platformId: project.targetPlatformId,
          before: { ...(fieldsOf(project) as unknown as Record<string, Json>), version: project.version },
          after: null,
        });
        deleteProject(db, id, project.version);
        bumpRevision(db);
      }).immediate();
      return c.body(null, 204);
    });
