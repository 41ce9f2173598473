/**
 * Geometry edits with the rules of domain/parcel-edit/ (docs/parcel-editing.md):
 * - POST /api/parcels/:id/split `{ line, date?, note?, projectParts? }` — 分宗 along a drawn line; `If-Match` with
 *   the parcel's ETag;
 * - POST /api/parcels/merge `{ ids, versions, date?, note? }` — 合宗 of adjacent parcels, one version per parcel.
 * - PATCH /api/parcels/:id/geometry `{ geometry, note? }` — moves, adds or deletes vertices of one parcel; `If-Match`
 *   with its ETag; answers the old and new geodesic areas (㎡, 亩) and, on commit, the new ETag.
 * With `?preview=true` each answers the carry-over plan and the new geometries without writing anything (the
 * editor confirms what will happen); without it, one IMMEDIATE transaction retires the old parcels (never deleted),
 * creates the new ones with their opening events, lineage, project links and 三旧 links as the plan says, writes the
 * audit row, bumps the data revision and drops the tiles drawing them. Refusals are 422 with the rule's code and the
 * offending parcel's code in the message; `field` is `line` (split) or `ids` (merge).
 */
import { type Context, Hono } from 'hono';
import { beijingDate } from '../../domain/beijing-time.ts';
import type { CarryOverPlan, CarryParcel } from '../../domain/parcel-edit/carry-over-plan.ts';
import { GeometryRequest, MergeRequest, SplitRequest } from '../../domain/parcel-edit/edit-requests.ts';
import { planMerge } from '../../domain/parcel-edit/merge-carry-over.ts';
import { mergeParcels } from '../../domain/parcel-edit/merge-parcels.ts';
import { DEFAULT_CODE_SCHEME, mergeCode, splitCodes } from '../../domain/parcel-edit/parcel-codes.ts';
import { measurePart } from '../../domain/parcel-edit/part-measures.ts';
import { planSplit } from '../../domain/parcel-edit/split-carry-over.ts';
import { splitParcel } from '../../domain/parcel-edit/split-parcel.ts';
import type { AreaGeometry } from '../../domain/schemas.ts';
import { writeContext } from '../auth/actor.ts';
import { requireEditorFor } from '../auth/authorize.ts';
import { audit, type Json } from '../db/queries/audit.ts';
import { bumpRevision } from '../db/queries/meta.ts';
import { parcelEditColumns } from '../db/queries/parcel-edits.ts';
import {
  allParcelCodes,
  freeParcelId,
  insertDerivedParcel,
  moveSiteLink,
  reshapeParcel,
  retireParcel,
  sitesOfParcels,
} from '../db/queries/parcel-geometry-edits.ts';
import { getParcel, type ParcelRecordRow } from '../db/queries/parcels.ts';
import { readSettings, validityArea } from '../db/queries/settings.ts';
import { NotFoundError, RuleError } from '../errors.ts';
import { jsonBody } from '../http/json-body.ts';
import { requireIfMatch, requireVersion, setEtag } from '../http/preconditions.ts';
import { boxOf, checkTopology, refusal, union } from '../read-models/topology-checks.ts';
import { tileCache } from '../tiles/tile-cache.ts';
import type { AppDeps } from './deps.ts';
import { PreviewQuery } from './queries.ts';
import { IdParam, valid } from './validate.ts';

/** Largest body, bytes: a 1000-vertex line is ≈ 40 KB. */
export const GEOMETRY_EDIT_BODY_MAX = 128 * 1024;

/** The current parcel `id` for an edit, after the editor's rights; 404 unknown, 422 retired. */
function currentParcel(c: Context, db: AppDeps['db'], id: string): ParcelRecordRow {
  const parcel = getParcel(db, id);
  if (!parcel) throw new NotFoundError('parcel', id);
  requireEditorFor(c, parcel.platformId);
  if (parcelEditColumns(db, id)?.retiredOn) {
    throw new RuleError('retired', `地块 ${parcel.code} 已注销。 parcel ${parcel.code} is retired.`, 'id');
  }
  return parcel;
}

/** Writes a plan: audit row, retirements, new parcels, 三旧 links, revision, tiles. Returns the new parcel ids. */
function commitPlan(
  c: Context,
  db: AppDeps['db'],
  at: string,
  parents: ParcelRecordRow[],
  plan: CarryOverPlan,
  geometries: AreaGeometry[],
): string[] {
  const ids = plan.created.map((p) => freeParcelId(db, p.code));
  const first = parents[0]!;
  const auditId = audit(db, {
    ...writeContext(c),
    at,
    action: `parcel.${plan.kind}`,
    entityType: 'parcel',
    entityId: first.id,
    platformId: first.platformId,
    before: {
      parcels: parents.map((p) => ({ id: p.id, code: p.code, version: p.version })),
      // Where each moved 三旧 link was, so that an undo can put it back (parcel-geometry-undo.ts).
      sites: sitesOfParcels(
        db,
        parents.map((p) => p.id),
      ).map((s) => ({ siteId: s.id, parcelId: s.parcelId })),
      version: first.version,
    },
    after: { plan: plan as unknown as Json, createdIds: ids, version: first.version + 1 },
  });
  let box = parents.map((p) => p.bbox).reduce(union);
  for (const p of parents) retireParcel(db, p.id, p.version, plan.date, plan.kind);
  const who = writeContext(c).user.displayName;
  plan.created.forEach((created, i) => {
    const geometry = geometries[i]!;
    const b = boxOf(geometry);
    box = union(box, b);
    const row = {
      id: ids[i]!,
      plan: created,
      geometry,
      bbox: b,
      grantFrom: first.id,
      kind: plan.kind,
      who,
      auditId,
    };
    insertDerivedParcel(db, row);
  });
  for (const move of plan.redevelopment) {
    const to = ids[plan.created.findIndex((p) => p.code === move.toCode)];
    if (to) moveSiteLink(db, move.siteId, to);
  }
  bumpRevision(db);
  tileCache(db).invalidateBBox('parcels', box);
  return ids;
}

/** What a reshape answers: the areas before and after (geodesic, ㎡ and 亩) and the parcel's version. */
type ReshapeAnswer = {
  preview: boolean;
  id: string;
  code: string;
  version: number;
  before: { areaM2: number; areaMu: number };
  after: { areaM2: number; areaMu: number };
  deltaM2: number;
};

/**
 * One vertex edit of parcel `id` (see the module doc): rights, If-Match (optional on preview), topology against
 * the live neighbours and the platform, then — unless previewing — the audit row (old and new outline and areas:
 * the parcel's history entry), the update, the data revision and the tiles of the old and the new extent.
 */
function reshape(
  c: Context,
  deps: AppDeps,
  id: string,
  body: GeometryRequest,
  preview: boolean,
): ReshapeAnswer {
  const { db, clock } = deps;
  let answer: ReshapeAnswer | null = null;
  db.transaction(() => {
    const parcel = currentParcel(c, db, id);
    if (!preview || c.req.header('If-Match')) requireIfMatch(c, db, 'parcel', id, parcel.version);
    checkTopology(db, [body.geometry], [id], parcel.platformId, 'geometry');
    const m = measurePart(body.geometry);
    const before = { areaM2: parcel.areaM2, areaMu: parcel.areaMu };
    const after = { areaM2: m.areaM2, areaMu: m.areaMu };
    let version = parcel.version;
    if (!preview) {
      const bbox = boxOf(body.geometry);
      audit(db, {
        ...writeContext(c),
        at: clock().toISOString(),
        action: 'parcel.reshape',
        entityType: 'parcel',
        entityId: id,
        platformId: parcel.platformId,
        before: { geometry: parcel.geometry as unknown as Json, ...before, version: parcel.version },
        after: {
          geometry: body.geometry as unknown as Json,
          ...after,
          version: parcel.version + 1,
          ...(body.note ? { note: body.note } : {}),
        },
      });
      version = reshapeParcel(db, id, parcel.version, { geometry: body.geometry, bbox, ...after });
      bumpRevision(db);
      tileCache(db).invalidateBBox('parcels', union(parcel.bbox, bbox));
    }
    answer = {
      preview,
      id,
      code: parcel.code,
      version,
      before,
      after,
      deltaM2: after.areaM2 - before.areaM2,
    };
  }).immediate();
  return answer!;
}

export const parcelGeometryRoutes = (deps: AppDeps) => {
  const { db, clock } = deps;
  return new Hono()
    .patch(
      '/:id/geometry',
      jsonBody(GEOMETRY_EDIT_BODY_MAX),
      valid('param', IdParam),
      valid('query', PreviewQuery),
      valid('json', GeometryRequest),
      (c) => {
        const preview = c.req.valid('query').preview === 'true';
        const a = reshape(c, deps, c.req.valid('param').id, c.req.valid('json'), preview);
        if (!preview) setEtag(c, a.version);
        return c.json(a, 200);
      },
    )
    .post(
      '/merge',
      jsonBody(GEOMETRY_EDIT_BODY_MAX),
      valid('query', PreviewQuery),
      valid('json', MergeRequest),
      (c) => {
        const body = c.req.valid('json');
        const preview = c.req.valid('query').preview === 'true';
        const now = clock();
        const date = body.date ?? beijingDate(now);
        let answer: { plan: CarryOverPlan; geometries: AreaGeometry[]; createdIds: string[] } | null = null;
        db.transaction(() => {
          const parents = body.ids.map((id) => currentParcel(c, db, id));
          parents.forEach((p, i) => {
            if (!preview) requireVersion(db, 'parcel', p.id, body.versions[i]!, p.version);
          });
          const merged = mergeParcels(parents.map((p) => ({ id: p.id, code: p.code, geometry: p.geometry })));
          if (!merged.ok) throw refusal(merged, 'ids');
          checkTopology(db, [merged.geometry], body.ids, parents[0]!.platformId, 'ids');
          const code = mergeCode(
            parents.map((p) => p.code),
            allParcelCodes(db),
            DEFAULT_CODE_SCHEME,
            readSettings(db).parcelCodePattern,
          );
          const sites = sitesOfParcels(db, body.ids).map((s) => s.id);
          const plan = planMerge(parents as CarryParcel[], { code, areaM2: merged.areaM2 }, date, sites);
          if (!('kind' in plan)) throw refusal(plan, 'ids');
          const geometries = [merged.geometry];
          const createdIds = preview ? [] : commitPlan(c, db, now.toISOString(), parents, plan, geometries);
          answer = { plan, geometries, createdIds };
        }).immediate();
        return c.json({ preview, ...answer! }, preview ? 200 : 201);
      },
    )
    .post(
      '/:id/split',
      jsonBody(GEOMETRY_EDIT_BODY_MAX),
      valid('param', IdParam),
      valid('query', PreviewQuery),
      valid('json', SplitRequest),
      (c) => {
        const { id } = c.req.valid('param');
        const body = c.req.valid('json');
        const preview = c.req.valid('query').preview === 'true';
        const now = clock();
        const date = body.date ?? beijingDate(now);
        let answer: { plan: CarryOverPlan; geometries: AreaGeometry[]; createdIds: string[] } | null = null;
        db.transaction(() => {
          const parcel = currentParcel(c, db, id);
          if (!preview || c.req.header('If-Match')) requireIfMatch(c, db, 'parcel', id, parcel.version);
          const split = splitParcel(parcel.geometry, body.line, {}, validityArea(db));
          if (!split.ok) throw refusal(split, 'line');
          const geometries = split.parts.map((p) => p.geometry);
          checkTopology(db, geometries, [id], parcel.platformId, 'line');
          const codes = splitCodes(
            parcel.code,
            split.parts.length,
            allParcelCodes(db),
            DEFAULT_CODE_SCHEME,
            readSettings(db).parcelCodePattern,
          );
          const parts = split.parts.map((p, i) => ({
            code: codes[i]!,
            areaM2: p.areaM2,
            geometry: p.geometry,
          }));
          const plan = planSplit(parcel, parts, date, {
            projectParts: body.projectParts,
            redevelopmentSites: sitesOfParcels(db, [id]),
            note: body.note,
          });
          if (!('kind' in plan)) throw refusal(plan, 'projectParts');
          const createdIds = preview ? [] : commitPlan(c, db, now.toISOString(), [parcel], plan, geometries);
          answer = { plan, geometries, createdIds };
        }).immediate();
        return c.json({ preview, ...answer! }, preview ? 200 : 201);
      },
    );
};
