/**
 * The import wizard's calls (/api/imports): stage a dry run from a file (multipart), read it and its preview
 * features, commit and revert. After a commit or revert every cached read is invalidated: parcels, projects,
 * figures and tiles all change.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FeatureCollection } from 'geojson';
import { hc, type InferResponseType } from 'hono/client';
import type { AppType } from '../../server/app.ts';
import { api, ensureOk } from './client.ts';

/** A staged (or committed) import as the server describes it. */
export type ImportSummary = InferResponseType<(typeof api.imports)[':id']['$get'], 200>;
/** One problem of the dry run. */
export type ImportProblemRow = ImportSummary['problems'][number];
/** What the wizard sends to stage a file. */
export type StageInput = {
  file: File;
  kind: 'platforms' | 'parcels' | 'redevelopment' | 'projects';
  crs?: string;
  mapping?: unknown;
};
/** How a commit treats existing and new codes. */
export type CommitMode = 'insert' | 'update' | 'upsert';

const importKey = (id: string | null) => ['import', id] as const;

/** Reads a file into a dry run (nothing but the staging tables is written). */
export const useStageImport = () =>
  useMutation({
    mutationFn: async (input: StageInput): Promise<ImportSummary> => {
      const form = new FormData();
      form.set('file', input.file);
      form.set('kind', input.kind);
      if (input.crs) form.set('crs', input.crs);
      if (input.mapping !== undefined) form.set('mapping', JSON.stringify(input.mapping));
      // The route reads multipart itself (no form validator), so the body goes in `init`.
      const res = await ensureOk(await api.imports.$post(undefined, { init: { body: form } }));
      return (await res.json()) as ImportSummary;
    },
  });

/** The staged parcels as GeoJSON (the map preview); null id: nothing staged. */
export const useImportFeatures = (id: string | null) =>
  useQuery({
    queryKey: [...importKey(id), 'features'],
    queryFn: async (): Promise<FeatureCollection> =>
      (await (
        await ensureOk(await api.imports[':id'].features.$get({ param: { id: id ?? '' } }))
      ).json()) as FeatureCollection,
    enabled: id != null,
  });

// `$url` needs an absolute base; only the path is used, so the link stays same-origin.
const urls = hc<AppType>(typeof window === 'undefined' ? 'http://localhost/' : window.location.origin).api;

/** URL of the problem report of import `id`. */
export const problemsXlsxUrl = (id: string): string =>
  urls.imports[':id']['problems.xlsx'].$url({ param: { id } }).pathname;

/** Commits a staged import. */
export function useCommitImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (a: { id: string; mode: CommitMode; exclude: number[] }) =>
      (
        await ensureOk(
          await api.imports[':id'].commit.$post({
            param: { id: a.id },
            json: { mode: a.mode, exclude: a.exclude },
          }),
        )
      ).json(),
    onSuccess: () => client.invalidateQueries(),
  });
}

/** Reverts a committed import. */
export function useRevertImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      (await ensureOk(await api.imports[':id'].revert.$post({ param: { id } }))).json(),
    onSuccess: () => client.invalidateQueries(),
  });
}

/** Saved mapping templates whose source fields the staged file of import `id` has (null: nothing staged). */
export const useImportTemplates = (id: string | null) =>
  useQuery({
    queryKey: [...importKey(id), 'templates'],
    queryFn: async () =>
      (await (await ensureOk(await api.imports[':id'].templates.$get({ param: { id: id ?? '' } }))).json())
        .templates,
    enabled: id != null,
  });

/** Saves the mapping of import `id` as a named template (audited). */
export const useSaveTemplate = () =>
  useMutation({
    mutationFn: async (a: { id: string; name: string }) =>
      (
        await ensureOk(
          await api.imports[':id'].template.$post({ param: { id: a.id }, json: { name: a.name } }),
        )
      ).json(),
  });
