/**
 * POST /api/parcels `{ geometry, platformId, code?, landUse, town?, plotRatioMax, state, date?, note? }` — a parcel
 * drawn from scratch (docs/parcel-editing.md "New parcel"). Editor of the platform (403 otherwise); the area is
 * measured here (geodesic, turf), never taken from the client. Refusals: 400 for a body that is not a polygon, a
 * field out of range or too many vertices (field named); 422 with the rule's code — `invalid_result` (invalid
 * geometry), `overlaps_parcel` (names the parcel), `outside_platform`, `sliver`, `code_taken`, `code_required`,
 * `date_in_future`, `unknown_platform` — field `geometry`, `code`, `date` or `platformId`.
 * `?preview=true` answers `{ preview, code, areaM2, areaMu, town, date, state }` without writing. Otherwise one
 * IMMEDIATE transaction writes the audit row `parcel.create`, the parcel (version 1, in the R*Tree; totals and the
 * code index by trigger), its opening event from no state, bumps the data revision and drops the tiles of its box;
 * 201 with the parcel as GET /api/parcels/:id answers it, `ETag` "1" and `Location`.
 */
import { type Context, Hono } from 'hono';
import { beijingDate } from '../../domain/beijing-time.ts';
import { type NewParcelPlanned, planNewParcel } from '../../domain/parcel-edit/new-parcel.ts';
import { NewParcelRequest } from '../../domain/parcel-edit/new-parcel-request.ts';
import { writeContext } from '../auth/actor.ts';
import { requireEditorFor } from '../auth/authorize.ts';
import { audit, type Json } from '../db/queries/audit.ts';
import { bumpRevision } from '../db/queries/meta.ts';
import { insertDrawnParcel, platformParcelCodes, platformTowns } from '../db/queries/new-parcels.ts';
import { allParcelCodes, freeParcelId } from '../db/queries/parcel-geometry-edits.ts';
import { readSettings } from '../db/queries/settings.ts';
import { NotFoundError, RuleError } from '../errors.ts';
import { jsonBody } from '../http/json-body.ts';
import { setEtag } from '../http/preconditions.ts';
import { parcelDetail } from '../read-models/parcel-detail.ts';
import { boxOf, checkTopology, refusal } from '../read-models/topology-checks.ts';
import { tileCache } from '../tiles/tile-cache.ts';
import type { AppDeps } from './deps.ts';
import { PreviewQuery } from './queries.ts';
import { valid } from './validate.ts';

/** Rights, the plan and the topology of a new parcel, or the refusal (inside the caller's transaction). */
function planFor(c: Context, db: AppDeps['db'], body: NewParcelRequest, today: string): NewParcelPlanned {
  const towns = platformTowns(db, body.platformId);
  if (!towns) {
    throw new RuleError(
      'unknown_platform',
      `平台 ${body.platformId} 不存在。 platform ${body.platformId} does not exist.`,
      'platformId',
    );
  }
  requireEditorFor(c, body.platformId);
  const plan = planNewParcel(body, {
    today,
    usedCodes: allParcelCodes(db),
    platformCodes: platformParcelCodes(db, body.platformId),
    codePattern: readSettings(db).parcelCodePattern,
    platformTowns: towns,
  });
  if (!plan.ok) throw refusal(plan, plan.field);
  checkTopology(db, [body.geometry], [], body.platformId, 'geometry');
  return plan;
}

/** Writes the planned parcel (audit row first: the event names it), revision and tiles; returns its id. */
function commit(
  c: Context,
  db: AppDeps['db'],
  at: string,
  body: NewParcelRequest,
  plan: NewParcelPlanned,
): string {
  const id = freeParcelId(db, plan.code);
  const { geometry, platformId, landUse, plotRatioMax, state } = body;
  const fields = {
    code: plan.code,
    platformId,
    town: plan.town,
    landUse,
    plotRatioMax,
    state,
    date: plan.date,
  };
  const auditId = audit(db, {
    ...writeContext(c),
    at,
    action: 'parcel.create',
    entityType: 'parcel',
    entityId: id,
    platformId,
    before: null,
    after: {
      ...fields,
      areaM2: plan.areaM2,
      areaMu: plan.areaMu,
      geometry: geometry as unknown as Json,
      ...(body.note ? { note: body.note } : {}),
      version: 1,
    },
  });
  const bbox = boxOf(geometry);
  const who = writeContext(c).user.displayName;
  const event = { note: plan.openingEvent.note, who, auditId };
  insertDrawnParcel(db, { id, ...fields, areaM2: plan.areaM2, areaMu: plan.areaMu, geometry, bbox, event });
  bumpRevision(db);
  tileCache(db).invalidateBBox('parcels', bbox);
  return id;
}

/** Largest body, bytes, as the geometry edits take. */
const NEW_PARCEL_BODY_MAX = 128 * 1024;

export const parcelCreateRoutes = (deps: AppDeps) => {
  const { db, clock } = deps;
  return new Hono().post(
    '/',
    jsonBody(NEW_PARCEL_BODY_MAX),
    valid('query', PreviewQuery),
    valid('json', NewParcelRequest),
    (c) => {
      const body = c.req.valid('json');
      const preview = c.req.valid('query').preview === 'true';
      const now = clock();
      let plan: NewParcelPlanned | null = null;
      let id = '';
      db.transaction(() => {
        plan = planFor(c, db, body, beijingDate(now));
        if (!preview) id = commit(c, db, now.toISOString(), body, plan);
      }).immediate();
      const p = plan as unknown as NewParcelPlanned;
      if (preview) {
        const { code, areaM2, areaMu, town, date } = p;
        return c.json({ preview, code, areaM2, areaMu, town, date, state: body.state }, 200);
      }
      const detail = parcelDetail(db, id, deps.referenceDate);
      if (!detail) throw new NotFoundError('parcel', id);
      setEtag(c, detail.version);
      c.header('Location', `/api/parcels/${encodeURIComponent(id)}`);
      return c.json(detail, 201);
    },
  );
};
