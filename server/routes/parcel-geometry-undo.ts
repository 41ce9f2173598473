/**
 * POST /api/parcels/:id/geometry-undo `{ auditId }` — undo of a split (分宗), merge (合宗), vertex move (编辑边界)
 * or a parcel drawn as new (新增地块: retired on its first day while untouched) as a new revision (domain/parcel-edit/geometry-undo.ts: what may be undone, given what happened since).
 *
 * `:id` is the parcel the undo is asked from: for a split or merge one of the parcels the edit created (the one
 * whose history the editor is looking at), for a vertex move the parcel moved. `If-Match` carries that parcel's
 * ETag (428 without, 412 stale). Every other parcel the split or merge created must still be at the version the
 * edit gave it (1); one that is not is a 409 `changed_since` naming it and the writes since. Needs an editor of
 * the parcels' platform (403 otherwise), 404 for an unknown parcel or audit row.
 *
 * One IMMEDIATE transaction: the checks, one audit row `parcel.geometry_undo` on the edit's own entity (before:
 * the parcels retired now or the outline now; after: the parcels reinstated or the outline restored, `undoOf`),
 * the created parcels retired on the edit's date with reason `undo` and `retired_undo_of`, the retired ones
 * reinstated, 三旧 links moved back (or the outline and areas put back), the data revision and the tiles of every
 * outline concerned. Answers `{ kind, undoOf, auditId, reinstated[] { id, code, version, areaM2, areaMu },
 * retired[] { id, code, version } }` with the new `ETag` of the parcel in the path.
 */
import { bbox as turfBbox } from '@turf/turf';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import {
  checkCreateUndo,
  checkReshapeUndo,
  checkSplitMergeUndo,
  type EditRow,
  GEOMETRY_UNDO_ACTION,
  reshapeBeforeGeometry,
  splitMergeIds,
  type UndoRefusal,
} from '../../domain/parcel-edit/geometry-undo.ts';
import type { AreaGeometry } from '../../domain/schemas.ts';
import { SignedInWho } from '../../domain/who-field.ts';
import { writeContext } from '../auth/actor.ts';
import { requireEditorFor } from '../auth/authorize.ts';
import { audit, getAuditRow, type Json } from '../db/queries/audit.ts';
import { bumpRevision } from '../db/queries/meta.ts';
import {
  moveSiteLink,
  parcelNeighbours,
  platformBoundary,
  reshapeParcel,
} from '../db/queries/parcel-geometry-edits.ts';
import {
  createdNow,
  parcelNow,
  parcelWritesSince,
  reinstateParcel,
  retireForUndo,
  undoOfEdit,
} from '../db/queries/parcel-geometry-undo.ts';
import { getParcel, type ParcelRecordRow } from '../db/queries/parcels.ts';
import { ConflictError, NotFoundError, RuleError } from '../errors.ts';
import { jsonBody } from '../http/json-body.ts';
import { requireIfMatch, setEtag } from '../http/preconditions.ts';
import type { BBox } from '../seed/dataset.ts';
import { tileCache } from '../tiles/tile-cache.ts';
import type { AppDeps } from './deps.ts';
import { IdParam, valid } from './validate.ts';

/** Largest accepted body, bytes: an audit id. */
export const GEOMETRY_UNDO_BODY_MAX = 4 * 1024;

/** Body: the audit row of the split, merge or vertex move to undo. */
export const GeometryUndoBody = z.object({ auditId: z.number().int().positive(), who: SignedInWho }).strict();

/** What an undo answers. */
export type GeometryUndoAnswer = {
  kind: 'split' | 'merge' | 'reshape' | 'create';
  undoOf: number;
  auditId: number;
  reinstated: { id: string; code: string; version: number; areaM2: number; areaMu: number }[];
  retired: { id: string; code: string; version: number }[];
};

const union = (boxes: BBox[]): BBox =>
  boxes.reduce((a, b) => [
    Math.min(a[0], b[0]),
    Math.min(a[1], b[1]),
    Math.max(a[2], b[2]),
    Math.max(a[3], b[3]),
  ]);

const fail = (r: UndoRefusal) =>
  r.status === 409
    ? new ConflictError(r.code, r.message, 'auditId')
    : new RuleError(r.code, r.message, 'auditId');

/** Neighbours and platform boundary for the topology of outlines within `box`. */
const topologyAround = (db: AppDeps['db'], box: BBox, platformId: string) => ({
  neighbours: parcelNeighbours(db, box),
  platform: platformBoundary(db, platformId),
});

/** The undo's one audit row, on the undone edit's entity (`before` / `after` as the module doc lists them). */
const auditUndo = (
  c: Context,
  { db, clock }: AppDeps,
  entityId: string,
  platformId: string,
  change: { before: Json; after: Json },
): number =>
  audit(db, {
    ...writeContext(c),
    at: clock().toISOString(),
    action: GEOMETRY_UNDO_ACTION,
    entityType: 'parcel',
    entityId,
    platformId,
    ...change,
  });

/** What every undo ends its transaction with: a new data revision and the tiles of `box` dropped. */
function afterWrite(db: AppDeps['db'], box: BBox): void {
  bumpRevision(db);
  tileCache(db).invalidateBBox('parcels', box);
}

/** The undo of split or merge `row`, asked from created parcel `asked` (see the module doc). */
function undoSplitMerge(c: Context, deps: AppDeps, row: EditRow, asked: ParcelRecordRow) {
  const { db } = deps;
  const ids = splitMergeIds(row);
  const parents = ids.parents.map((id) => getParcel(db, id));
  for (const p of parents) if (p) requireEditorFor(c, p.platformId);
  const outlines = parents.filter((p) => p !== null).map((p) => p.geometry);
  const boxes = parents.filter((p) => p !== null).map((p) => p.bbox);
  const check = checkSplitMergeUndo({
    row,
    askedFrom: asked.id,
    undoneBy: undoOfEdit(db, row.entityId, row.id),
    created: ids.created.map((id) => createdNow(db, id, row.id)),
    parents: ids.parents.map((id) => parcelNow(db, id)),
    outlines,
    topology: topologyAround(db, union(boxes.length ? boxes : [asked.bbox]), asked.platformId),
  });
  if (!check.ok) throw fail(check);
  const first = check.reinstate[0]!;
  const auditId = auditUndo(c, deps, row.entityId, asked.platformId, {
    before: { kind: check.kind, parcels: check.retire, version: first.version },
    after: {
      kind: check.kind,
      undoOf: row.id,
      reinstated: check.reinstate.map((p) => ({ ...p, version: p.version + 1 })),
      retired: check.retire.map((p) => ({ ...p, version: p.version + 1 })),
      sites: check.sites,
      version: first.version + 1,
    },
  });
  for (const p of check.retire) retireForUndo(db, p.id, p.version, check.date, row.id);
  for (const p of check.reinstate) reinstateParcel(db, p.id, p.version);
  for (const s of check.sites) moveSiteLink(db, s.siteId, s.toParcelId);
  const created = check.retire.map((p) => getParcel(db, p.id)!);
  afterWrite(db, union([...boxes, ...created.map((p) => p.bbox)]));
  const answer: GeometryUndoAnswer = {
    kind: check.kind,
    undoOf: row.id,
    auditId,
    reinstated: parents.map((p) => ({
      id: p!.id,
      code: p!.code,
      version: p!.version + 1,
      areaM2: p!.areaM2,
      areaMu: p!.areaMu,
    })),
    retired: created.map((p) => ({ id: p.id, code: p.code, version: p.version })),
  };
  return answer;
}

/** The undo of vertex move `row` of parcel `parcel` (see the module doc). */
function undoReshape(c: Context, deps: AppDeps, row: EditRow, parcel: ParcelRecordRow) {
  const { db } = deps;
  const now = parcelNow(db, parcel.id)!;
  const restoreGeometry: AreaGeometry | null = reshapeBeforeGeometry(row);
  const box = restoreGeometry ? union([parcel.bbox, turfBbox(restoreGeometry) as BBox]) : parcel.bbox;
  const check = checkReshapeUndo({
    row,
    parcel: { ...now, geometry: parcel.geometry },
    undoneBy: undoOfEdit(db, parcel.id, row.id),
    later: parcelWritesSince(db, parcel.id, row.id, ['parcel.reshape', GEOMETRY_UNDO_ACTION]),
    topology: topologyAround(db, box, parcel.platformId),
  });
  if (!check.ok) throw fail(check);
  const r = check.restore;
  const auditId = auditUndo(c, deps, parcel.id, parcel.platformId, {
    before: {
      kind: 'reshape',
      geometry: parcel.geometry as unknown as Json,
      areaM2: parcel.areaM2,
      areaMu: parcel.areaMu,
      version: parcel.version,
    },
    after: {
      kind: 'reshape',
      undoOf: row.id,
      geometry: r.geometry as unknown as Json,
      areaM2: r.areaM2,
      areaMu: r.areaMu,
      version: parcel.version + 1,
    },
  });
  const bbox = turfBbox(r.geometry) as BBox;
  const version = reshapeParcel(db, parcel.id, parcel.version, { ...r, bbox });
  afterWrite(db, box);
  const answer: GeometryUndoAnswer = {
    kind: 'reshape',
    undoOf: row.id,
    auditId,
    reinstated: [{ id: parcel.id, code: parcel.code, version, areaM2: r.areaM2, areaMu: r.areaMu }],
    retired: [],
  };
  return answer;
}

/** The undo of the drawing (新增地块) `row` of parcel `parcel`: the parcel retired on its own first day. */
function undoCreate(c: Context, deps: AppDeps, row: EditRow, parcel: ParcelRecordRow) {
  const { db } = deps;
  const check = checkCreateUndo({
    row,
    parcel: createdNow(db, parcel.id, row.id)!,
    undoneBy: undoOfEdit(db, parcel.id, row.id),
  });
  if (!check.ok) throw fail(check);
  const r = check.retire;
  const auditId = auditUndo(c, deps, parcel.id, parcel.platformId, {
    before: { kind: 'create', parcels: [r], version: r.version },
    after: {
      kind: 'create',
      undoOf: row.id,
      retired: [{ ...r, version: r.version + 1 }],
      version: r.version + 1,
    },
  });
  retireForUndo(db, r.id, r.version, check.date, row.id);
  afterWrite(db, parcel.bbox);
  const answer: GeometryUndoAnswer = {
    kind: 'create',
    undoOf: row.id,
    auditId,
    reinstated: [],
    retired: [{ id: r.id, code: r.code, version: r.version + 1 }],
  };
  return answer;
}

const UNDO_OF: Record<string, typeof undoSplitMerge> = {
  'parcel.reshape': undoReshape,
  'parcel.create': undoCreate,
};

/** The undo of audit row `auditId` asked from parcel `id`, in one IMMEDIATE transaction. */
function undoGeometry(c: Context, deps: AppDeps, id: string, auditId: number): GeometryUndoAnswer {
  const { db } = deps;
  let answer: GeometryUndoAnswer | null = null;
  db.transaction(() => {
    const parcel = getParcel(db, id);
    if (!parcel) throw new NotFoundError('parcel', id);
    requireEditorFor(c, parcel.platformId);
    requireIfMatch(c, db, 'parcel', id, parcel.version);
    const row = getAuditRow(db, auditId);
    if (!row) throw new NotFoundError('audit row', String(auditId));
    answer = (UNDO_OF[row.action] ?? undoSplitMerge)(c, deps, row, parcel);
  }).immediate();
  return answer!;
}

export const parcelGeometryUndoRoutes = (deps: AppDeps) =>
  new Hono().post(
    '/:id/geometry-undo',
    jsonBody(GEOMETRY_UNDO_BODY_MAX),
    valid('param', IdParam),
    valid('json', GeometryUndoBody),
    (c) => {
      const { id } = c.req.valid('param');
      const answer = undoGeometry(c, deps, id, c.req.valid('json').auditId);
      const own = [...answer.reinstated, ...answer.retired].find((p) => p.id === id);
      if (own) setEtag(c, own.version);
      return c.json(answer, 200);
    },
  );
