/**
 * Request bodies of the geometry edits (names on the wire): `POST /api/parcels/:id/split` takes `{ line }`, a
 * GeoJSON LineString drawn across the parcel; `POST /api/parcels/merge` takes `{ ids, versions }`, the parcels
 * and each one's current version (as `If-Match` does for one record). Both take the edit's date (default: today
 * in Beijing, set by the server), a note, and for a split the editor's choice of parts per linked project.
 */
import { z } from 'zod';
import { NOTE_MAX } from '../land-transition.ts';
import { SafeText } from '../safe-text.ts';
import { AreaGeometry, IsoDate } from '../schemas.ts';
import { PARCEL_EDIT_DEFAULTS } from './edit-options.ts';

/** Most parcels one merge may take. */
export const MERGE_MAX_PARCELS = 20;

/** A GeoJSON LineString, lon/lat; positions are checked further by `splitParcel`. */
export const LineStringBody = z.object({
  type: z.literal('LineString'),
  coordinates: z.array(z.array(z.number()).min(2).max(3)).min(2).max(PARCEL_EDIT_DEFAULTS.maxLineVertices),
});

/** Body of POST /api/parcels/:id/split. `projectParts`: project id → 0-based indices of the parts it keeps. */
export const SplitRequest = z.object({
  line: LineStringBody,
  date: IsoDate.optional(),
  note: SafeText({ max: NOTE_MAX, multiline: true }).optional(),
  projectParts: z.record(z.string().min(1), z.array(z.number().int().min(0)).min(1)).optional(),
});
export type SplitRequest = z.infer<typeof SplitRequest>;

/** Body of POST /api/parcels/merge: distinct parcel ids and their versions, in the same order. */
export const MergeRequest = z
  .object({
    ids: z.array(z.string().min(1)).min(2).max(MERGE_MAX_PARCELS),
    versions: z.array(z.number().int().min(1)).min(2).max(MERGE_MAX_PARCELS),
    date: IsoDate.optional(),
    note: SafeText({ max: NOTE_MAX, multiline: true }).optional(),
  })
  .superRefine((b, ctx) => {
    if (new Set(b.ids).size !== b.ids.length) {
      ctx.addIssue({ code: 'custom', path: ['ids'], message: 'each parcel may appear only once' });
    }
    if (b.versions.length !== b.ids.length) {
      ctx.addIssue({ code: 'custom', path: ['versions'], message: 'one version per id, in the same order' });
    }
  });
export type MergeRequest = z.infer<typeof MergeRequest>;

/** Most vertices a reshaped parcel may have (all rings together); a drawn parcel has tens. */
export const RESHAPE_MAX_VERTICES = 5000;

/** Adds an issue at `geometry` when it has more than RESHAPE_MAX_VERTICES vertices (all rings together). */
export function checkVertexCount(geometry: AreaGeometry, ctx: z.RefinementCtx): void {
  const rings = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const n = rings.flat().reduce((s, ring) => s + ring.length, 0);
  if (n > RESHAPE_MAX_VERTICES) {
    ctx.addIssue({
      code: 'custom',
      path: ['geometry'],
      message: `at most ${RESHAPE_MAX_VERTICES} vertices / 顶点数最多 ${RESHAPE_MAX_VERTICES} 个 (${n})`,
    });
  }
}

/**
 * Body of PATCH /api/parcels/:id/geometry: the parcel's new outline (moved, added or deleted vertices), lon/lat,
 * and an optional note for the history. Validity and topology are checked by `checkParcelTopology`.
 */
export const GeometryRequest = z
  .object({
    geometry: AreaGeometry,
    note: SafeText({ max: NOTE_MAX, multiline: true }).optional(),
  })
  .strict()
  .superRefine((b, ctx) => checkVertexCount(b.geometry, ctx));
export type GeometryRequest = z.infer<typeof GeometryRequest>;
