/**
 * The count, area (亩), extent and per-class tallies of the parcels the map draws (GET /api/parcels/summary):
 * the result count and the legend read these, never the tiles' geometry.
 */
import { keepPreviousData, type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import type { Filters, Theme } from '../state/url-state.ts';
import { api, ensureOk } from './client.ts';
import { parcelQuery } from './hooks.ts';

/** The attribute the summary groups by for each theme. */
const GROUP_OF: Record<Theme, 'state' | 'landUse' | 'industry' | 'platform'> = {
  state: 'state',
  landUse: 'landUse',
  industry: 'industry',
  platform: 'platform',
};

/** Query parameters of the summary: the list's filters (no limit), the grouping and the optional past date. */
export function summaryQuery(f: Filters, theme: Theme, asOf: string | null): Record<string, string> {
  const { limit: _limit, ...filters } = parcelQuery(f);
  return { ...filters, by: GROUP_OF[theme], ...(asOf ? { asOf } : {}) };
}

/**
 * The summary of the parcels matching `f`, grouped by `theme`'s attribute, on `asOf` (null = today). Keeps the
 * last answer while the next loads, so the legend does not blink.
 */
export const parcelSummaryQuery = (f: Filters, theme: Theme, asOf: string | null) =>
  queryOptions({
    queryKey: ['parcel-summary', f, theme, asOf ?? 'today'] as const,
    queryFn: async () =>
      (await ensureOk(await api.parcels.summary.$get({ query: summaryQuery(f, theme, asOf) }))).json(),
    staleTime: 60_000,
  });

export const useParcelSummary = (f: Filters, theme: Theme, asOf: string | null) =>
  useQuery({ ...parcelSummaryQuery(f, theme, asOf), placeholderData: keepPreviousData });

/**
 * Asks the start-up summary (the result count) before React's first render. Only without a reference date: with
 * one, the map's date depends on the dataset's as-of date (GET /api/config), and the panel asks it itself.
 */
export function prefetchParcelSummary(
  client: QueryClient,
  view: { filters: Filters; theme: Theme; refDate: string | null },
): void {
  if (!view.refDate) void client.prefetchQuery(parcelSummaryQuery(view.filters, view.theme, null));
}
