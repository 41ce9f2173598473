/**
 * Data hooks over the typed client. Components read data only through these (react-query caches, dedupes and
 * retries; the data is static between imports, so it never goes stale on its own).
 */
import type { QueryClient } from '@tanstack/react-query';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ContextLayer } from '../../domain/geodata-files.ts';
import type { Filters } from '../state/url-state.ts';
import { api, ensureOk } from './client.ts';
import { queryKeys } from './query-keys.ts';

/** Parcel list request size: the sample and the bench's 100k synthetic parcels fit in one response. */
const PARCEL_LIMIT = 100_000;

/** /api/config: as-of date, data version, 天地图 key (null when not configured), reference date. */
const configQuery = queryOptions({
  queryKey: queryKeys.config,
  queryFn: async () => (await ensureOk(await api.config.$get())).json(),
  staleTime: Number.POSITIVE_INFINITY,
});
export const useConfig = () => useQuery(configQuery);

const platformsQuery = queryOptions({
  queryKey: queryKeys.platforms,
  queryFn: async () => (await (await ensureOk(await api.platforms.$get())).json()).items,
  staleTime: Number.POSITIVE_INFINITY,
});
/** All platforms with boundaries and summaries. */
export const usePlatforms = () => useQuery(platformsQuery);

/** One platform with its summary. */
export const usePlatform = (id: string | null) =>
  useQuery({
    queryKey: queryKeys.platform(id ?? ''),
    queryFn: async () =>
      (await ensureOk(await api.platforms[':id'].$get({ param: { id: id ?? '' } }))).json(),
    enabled: id != null,
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The filter as query parameters of /api/parcels (lists comma-separated; absent = any). */
export function parcelQuery(f: Filters): Record<string, string> {
  const q: Record<string, string> = { limit: String(PARCEL_LIMIT) };
  if (f.platform) q.platform = f.platform;
  if (f.states.length) q.state = f.states.join(',');
  if (f.landUse) q.landUse = f.landUse;
  if (f.minMu != null) q.minAreaMu = String(f.minMu);
  if (f.maxMu != null) q.maxAreaMu = String(f.maxMu);
  if (f.industry) q.industry = f.industry;
  return q;
}

/** Parcels matching the filters (GeoJSON with light properties, plus `total`); keeps showing the last result
 *  while the next loads so the map does not blink. `asOf` (ISO): the ledger as it stood that day. */
export const useParcels = (f: Filters, asOf: string | null = null) =>
  useQuery({
    queryKey: asOf ? [...queryKeys.parcels(f), asOf] : queryKeys.parcels(f),
    queryFn: async () =>
      (
        await ensureOk(await api.parcels.$get({ query: { ...parcelQuery(f), ...(asOf ? { asOf } : {}) } }))
      ).json(),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

/**
 * One parcel in full: attributes, geometry, projects, events, redevelopment, platform, and the idle-land clock
 * on `refDate` (the URL's `ref`; null = the server's reference date, as the 闲置预警 list uses).
 */
export const useParcel = (id: string | null, refDate: string | null = null) =>
  useQuery({
    queryKey: queryKeys.parcel(id ?? '', refDate),
    queryFn: async () =>
      (
        await ensureOk(
          await api.parcels[':id'].$get({ param: { id: id ?? '' }, query: refDate ? { refDate } : {} }),
        )
      ).json(),
    enabled: id != null,
    staleTime: 60_000,
    retry: (n, e) => !(e instanceof Error && 'status' in e && e.status === 404) && n < 2,
  });

/** Projects (optionally of one platform) with land held and investment intensity. */
export const useProjects = (platformId?: string, opts: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: queryKeys.projects(platformId),
    enabled: opts.enabled ?? true,
    queryFn: async () =>
      (
        await (
          await ensureOk(await api.projects.$get({ query: platformId ? { platform: platformId } : {} }))
        ).json()
      ).items,
    staleTime: 60_000,
  });

/** One project with its target platform and the parcels it holds. */
export const useProject = (id: string | null) =>
  useQuery({
    queryKey: queryKeys.project(id ?? ''),
    queryFn: async () => (await ensureOk(await api.projects[':id'].$get({ param: { id: id ?? '' } }))).json(),
    enabled: id != null,
    staleTime: 60_000,
  });

const redevelopmentQuery = queryOptions({
  queryKey: queryKeys.redevelopment,
  queryFn: async () => (await ensureOk(await api.redevelopment.$get({ query: {} }))).json(),
  staleTime: Number.POSITIVE_INFINITY,
});

/** 三旧改造 sites as GeoJSON. */
export const useRedevelopment = () => useQuery(redevelopmentQuery);

const contextLayerQuery = (name: ContextLayer) =>
  queryOptions({
    queryKey: queryKeys.layer(name),
    queryFn: async () => (await ensureOk(await api.layers[':name'].$get({ param: { name } }))).json(),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** A context layer of the offline basemap (towns, roads, water). */
export const useContextLayer = (name: ContextLayer) => useQuery(contextLayerQuery(name));

/**
 * Starts loading the basemap layers at start-up, in parallel with the map library, instead of after the map's
 * style has loaded (the components that use them mount only then).
 */
export function prefetchMapData(client: QueryClient): void {
  // The config (data version, dates) and the platforms gate other requests; asked before React's first render.
  void client.prefetchQuery(configQuery);
  void client.prefetchQuery(platformsQuery);
  for (const name of ['water', 'roads', 'towns'] as const) void client.prefetchQuery(contextLayerQuery(name));
  void client.prefetchQuery(redevelopmentQuery);
}

/** Search over parcel codes, enterprises and project names; disabled below one character. */
export const useSearch = (q: string) =>
  useQuery({
    queryKey: queryKeys.search(q),
    queryFn: async () => (await ensureOk(await api.search.$get({ query: { q } }))).json(),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
