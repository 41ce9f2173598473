/**
 * Edits of records from the browser — projects (create, edit, delete a draft, link parcels), parcel attributes,
 * 三旧 sites and undo — as react-query mutations over the typed client. Every write to an existing record sends
 * `If-Match` with the version the form was opened on, so an edit made meanwhile by someone else is refused (412,
 * ApiError.current says by whom) instead of being overwritten. After a write every cached answer except the
 * basemap layers is marked stale: an edit can move tallies, the land balance, the dashboard and the tiles.
 */
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { etagOf } from '../../domain/edit-concurrency.ts';
import type { ParcelPatch } from '../../domain/record-edits/parcel-patch.ts';
import type { ProjectCreate, ProjectPatch } from '../../domain/record-edits/project-edit.ts';
import type { RedevelopmentPatch } from '../../domain/record-edits/redevelopment-patch.ts';
import { api, ensureOk } from './client.ts';

/** The header a write to a record read at `version` sends. */
const ifMatch = (version: number) => ({ headers: { 'If-Match': etagOf(version) } });

/** Marks every cached answer stale except the basemap layers (which no record edit changes). */
export const refreshAfterEdit = (client: QueryClient) =>
  client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'layers' });

/** A mutation that refreshes the cache after it succeeds. */
function useEdit<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => refreshAfterEdit(client) });
}

/** POST /api/projects — a new project (a 招商 lead); answers the project with its id. */
export const useCreateProject = () =>
  useEdit(async (json: Omit<ProjectCreate, 'who'>) =>
    (await ensureOk(await api.projects.$post({ json }))).json(),
  );

/** PATCH /api/projects/:id with the fields that changed. */
export const usePatchProject = () =>
  useEdit(async ({ id, version, json }: { id: string; version: number; json: Omit<ProjectPatch, 'who'> }) =>
    (await ensureOk(await api.projects[':id'].$patch({ param: { id }, json }, ifMatch(version)))).json(),
  );

/** DELETE /api/projects/:id — only a mistaken draft; the server refuses any other (422 `not_deletable`). */
export const useDeleteProject = () =>
  useEdit(async ({ id, version }: { id: string; version: number }) => {
    await ensureOk(await api.projects[':id'].$delete({ param: { id } }, ifMatch(version)));
    return id;
  });

/** PUT /api/projects/:id/parcels — the parcels the project holds, as a whole list. */
export const useSetProjectParcels = () =>
  useEdit(async ({ id, version, parcelIds }: { id: string; version: number; parcelIds: string[] }) =>
    (
      await ensureOk(
        await api.projects[':id'].parcels.$put({ param: { id }, json: { parcelIds } }, ifMatch(version)),
      )
    ).json(),
  );

/**
 * Links or unlinks one parcel from a project seen from the parcel's side: reads the project's current parcels and
 * version, then PUTs the list with the parcel added or removed (a 412 still catches a write in between).
 */
export const useToggleProjectParcel = () =>
  useEdit(async ({ projectId, parcelId, link }: { projectId: string; parcelId: string; link: boolean }) => {
    const project = await (
      await ensureOk(await api.projects[':id'].$get({ param: { id: projectId } }))
    ).json();
    const others = project.parcelIds.filter((p) => p !== parcelId);
    const parcelIds = link ? [...others, parcelId] : others;
    return (
      await ensureOk(
        await api.projects[':id'].parcels.$put(
          { param: { id: projectId }, json: { parcelIds } },
          ifMatch(project.version),
        ),
      )
    ).json();
  });

/** PATCH /api/parcels/:id — code, land use, 出让条件, readiness, notes. */
export const usePatchParcel = () =>
  useEdit(async ({ id, version, json }: { id: string; version: number; json: Omit<ParcelPatch, 'who'> }) =>
    (
      await ensureOk(await api.parcels[':id'].$patch({ param: { id }, query: {}, json }, ifMatch(version)))
    ).json(),
  );

/** POST /api/parcels/:id/retire — 退出台账 with a reason (and the day, default today). */
export const useRetireParcel = () =>
  useEdit(
    async ({ id, version, reason, date }: { id: string; version: number; reason: string; date: string }) =>
      (
        await ensureOk(
          await api.parcels[':id'].retire.$post({ param: { id }, json: { reason, date } }, ifMatch(version)),
        )
      ).json(),
  );

/** GET /api/redevelopment/:id — one 三旧 site with its version (the ETag a write sends back). */
export const useRedevelopmentSite = (id: string | null) =>
  useQuery({
    queryKey: ['redevelopment-site', id ?? ''],
    queryFn: async () =>
      (await ensureOk(await api.redevelopment[':id'].$get({ param: { id: id ?? '' } }))).json(),
    enabled: id != null,
    staleTime: 60_000,
  });

/** PATCH /api/redevelopment/:id — type, mode, implementer, stage, areas, target year. */
export const usePatchRedevelopment = () =>
  useEdit(
    async ({ id, version, json }: { id: string; version: number; json: Omit<RedevelopmentPatch, 'who'> }) =>
      (
        await ensureOk(await api.redevelopment[':id'].$patch({ param: { id }, json }, ifMatch(version)))
      ).json(),
  );

/** The records with an undo route. */
export type UndoableEntity = 'parcel' | 'project' | 'redevelopment';

/** POST /api/{parcels|projects|redevelopment}/:id/undo `{ auditId }` — a new revision restoring the edit's before. */
export const useUndo = () =>
  useEdit(
    async ({
      entity,
      id,
      version,
      auditId,
    }: {
      entity: UndoableEntity;
      id: string;
      version: number;
      auditId: number;
    }) => {
      const json = { auditId };
      const param = { id };
      const h = ifMatch(version);
      if (entity === 'parcel')
        return ensureOk(await api.parcels[':id'].undo.$post({ param, query: {}, json }, h));
      if (entity === 'project') return ensureOk(await api.projects[':id'].undo.$post({ param, json }, h));
      return ensureOk(await api.redevelopment[':id'].undo.$post({ param, json }, h));
    },
  );

/**
 * 更正 of the parcel's latest state change recorded by mistake (POST /api/parcels/:id/transition-correction with
 * If-Match of `version`): a new audited revision; the wrong event is kept, marked void.
 */
export const useCorrectTransition = () =>
  useEdit(
    async ({
      id,
      version,
      auditId,
      reason,
    }: {
      id: string;
      version: number;
      auditId: number;
      reason: string;
    }) =>
      ensureOk(
        await api.parcels[':id']['transition-correction'].$post(
          { param: { id }, query: {}, json: { auditId, reason } },
          ifMatch(version),
        ),
      ),
  );

/** The current parcel with exactly this code (case-insensitive), from the search index; null when none. */
export async function findParcelByCode(code: string): Promise<{ id: string; code: string } | null> {
  const q = code.trim();
  if (!q) return null;
  const answer = await (await ensureOk(await api.search.$get({ query: { q, limit: '50' } }))).json();
  return answer.parcels.find((p) => p.code.toLowerCase() === q.toLowerCase()) ?? null;
}

/** The audit rows of one record, newest first (GET /api/audit; editors and admins — viewers get 403). */
export const useEntityAudit = (entityType: UndoableEntity, entityId: string, enabled: boolean) =>
  useQuery({
    queryKey: ['audit', 'entity', entityType, entityId],
    queryFn: async () =>
      (await ensureOk(await api.audit.$get({ query: { entityType, entityId, limit: '500' } }))).json(),
    enabled,
    staleTime: 10_000,
  });
