/**
 * 分宗 / 合宗 from the map: POST /api/parcels/:id/split and POST /api/parcels/merge, each first with
 * `?preview=true` (the server answers the carry-over plan and the new geometries without writing) and then for
 * real. A split sends `If-Match` with the version the editor saw; a merge sends one version per parcel. After a
 * committed edit every cached answer except the basemap layers is marked stale (the map, legend and lists
 * refresh as after any record edit).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LineString, Polygon } from 'geojson';
import { etagOf } from '../../domain/edit-concurrency.ts';
import type { NewParcelRequest as NewParcelBody } from '../../domain/parcel-edit/new-parcel-request.ts';
import { api, ensureOk } from './client.ts';
import { refreshAfterEdit } from './record-edits.ts';

/** Input of a split: the parcel, the version it was read at, the drawn line, and whether only to preview. */
export interface SplitInput {
  id: string;
  version: number;
  line: LineString;
  preview: boolean;
  /** The editor's choices, sent when given: the edit's date (ISO), a note, and project id → part indices. */
  choices?: SplitChoicesBody;
}

/** What the editor chooses for a split (the server's SplitRequest without the line). */
export interface SplitChoicesBody extends EditDetailsBody {
  projectParts?: Record<string, number[]>;
}

/** The date (ISO; the server's default is today in Beijing) and note of a split or merge. */
export interface EditDetailsBody {
  date?: string;
  note?: string;
}

/** Input of a merge: the parcels and each one's version, in the same order. */
export interface MergeInput {
  ids: string[];
  versions: number[];
  preview: boolean;
  details?: EditDetailsBody;
}

const previewQuery = (preview: boolean) => ({ preview: preview ? ('true' as const) : ('false' as const) });

/** POST /api/parcels/:id/split — the plan (preview) or the committed split with the new parcel ids. */
export async function postSplit({ id, version, line, preview, choices }: SplitInput) {
  const res = await api.parcels[':id'].split.$post(
    { param: { id }, query: previewQuery(preview), json: { line, ...choices } },
    { headers: { 'If-Match': etagOf(version) } },
  );
  return (await ensureOk(res)).json();
}

/** POST /api/parcels/merge — the plan (preview) or the committed merge with the new parcel id. */
export async function postMerge({ ids, versions, preview, details }: MergeInput) {
  const res = await api.parcels.merge.$post({
    query: previewQuery(preview),
    json: { ids, versions, ...details },
  });
  return (await ensureOk(res)).json();
}

/** The answer of a split or merge: `{ preview, plan, geometries, createdIds }`. */
export type GeometryEditAnswer = Awaited<ReturnType<typeof postSplit>>;

/** A split; a committed one (preview false) refreshes the cache. */
export function useSplit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: postSplit,
    onSuccess: (_a, input) => (input.preview ? undefined : refreshAfterEdit(client)),
  });
}

/** A merge; a committed one (preview false) refreshes the cache. */
export function useMerge() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: postMerge,
    onSuccess: (_a, input) => (input.preview ? undefined : refreshAfterEdit(client)),
  });
}

/** Input of a vertex edit: the parcel, the version it was read at, its new outline, and whether only to preview. */
export interface ReshapeInput {
  id: string;
  version: number;
  geometry: Polygon;
  preview: boolean;
}

/** PATCH /api/parcels/:id/geometry — the old and new areas (preview) or the saved edit with the new version. */
export async function patchGeometry({ id, version, geometry, preview }: ReshapeInput) {
  const res = await api.parcels[':id'].geometry.$patch(
    { param: { id }, query: previewQuery(preview), json: { geometry } },
    { headers: { 'If-Match': etagOf(version) } },
  );
  return (await ensureOk(res)).json();
}

/** The answer of a vertex edit: `{ preview, version, before, after, deltaM2 }` (areas in ㎡ and 亩). */
export type ReshapeAnswer = Awaited<ReturnType<typeof patchGeometry>>;

/** A vertex edit; a saved one (preview false) refreshes the cache. */
export function useReshape() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: patchGeometry,
    onSuccess: (_a, input) => (input.preview ? undefined : refreshAfterEdit(client)),
  });
}

/** Input of an undo: the parcel asked from (one a split / merge created, or the parcel moved), its version, the edit. */
export interface GeometryUndoInput {
  id: string;
  version: number;
  auditId: number;
}

/**
 * POST /api/parcels/:id/geometry-undo — undoes a split, merge or vertex move as a new revision (`If-Match` with the
 * version of the parcel asked from); answers the parcels reinstated and retired. Refreshes the cache (map, legend,
 * lists) after it.
 */
export function useGeometryUndo() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, auditId }: GeometryUndoInput) =>
      (
        await ensureOk(
          await api.parcels[':id']['geometry-undo'].$post(
            { param: { id }, json: { auditId } },
            { headers: { 'If-Match': etagOf(version) } },
          ),
        )
      ).json(),
    onSuccess: () => refreshAfterEdit(client),
  });
}

/** What the new-parcel form sends (the server's NewParcelRequest): the drawn outline and the attributes. */
export interface NewParcelInput {
  geometry: Polygon;
  platformId: string;
  code?: string;
  landUse: NewParcelBody['landUse'];
  plotRatioMax: number;
  state: NewParcelBody['state'];
  date?: string;
  note?: string;
  preview: boolean;
}

/** POST /api/parcels — the code and geodesic area (preview) or the saved parcel as GET /api/parcels/:id answers it. */
export async function postNewParcel({ preview, ...json }: NewParcelInput) {
  const res = await api.parcels.$post({ query: previewQuery(preview), json });
  return (await ensureOk(res)).json();
}

/** A new parcel; a saved one (preview false) refreshes the cache. */
export function useNewParcel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: postNewParcel,
    onSuccess: (_a, input) => (input.preview ? undefined : refreshAfterEdit(client)),
  });
}
