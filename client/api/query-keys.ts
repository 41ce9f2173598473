import type { Filters } from '../state/url-state.ts';

/** React-query keys of the API resources (one place, so invalidation and prefetching agree). */
export const queryKeys = {
  config: ['config'] as const,
  platforms: ['platforms'] as const,
  platform: (id: string) => ['platforms', id] as const,
  parcels: (f: Filters) => ['parcels', f] as const,
  /** One parcel; `parcelAll(id)` is the prefix of every reference date's entry (for invalidation). */
  parcel: (id: string, refDate: string | null = null) => ['parcel', id, refDate ?? 'default'] as const,
  parcelAll: (id: string) => ['parcel', id] as const,
  projects: (platformId?: string) => ['projects', platformId ?? 'all'] as const,
  project: (id: string) => ['project', id] as const,
  redevelopment: ['redevelopment'] as const,
  layer: (name: string) => ['layers', name] as const,
  search: (q: string) => ['search', q] as const,
};
