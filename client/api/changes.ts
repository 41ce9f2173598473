/** "变化 / What changed" between two dates (GET /api/changes), its XLSX download, and the event history's span. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ensureOk } from './client.ts';

/** First and last day of the land-event history, and the data's as-of date (the time slider's range). */
export const useChangeSpan = () =>
  useQuery({
    queryKey: ['changes', 'span'],
    queryFn: async () => (await ensureOk(await api.changes.span.$get())).json(),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** Parcels, projects and land granted that changed from `from` to `to` (ISO; null = not asked yet). */
export const useChanges = (from: string | null, to: string | null) =>
  useQuery({
    queryKey: ['changes', from, to],
    queryFn: async () =>
      (await ensureOk(await api.changes.$get({ query: { from: from ?? '', to: to ?? '' } }))).json(),
    enabled: from != null && to != null && from <= to,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

/** URL of the XLSX of the same changes (a plain link: the server answers with an attachment). */
export const changesXlsxUrl = (from: string, to: string): string =>
  `/api/changes.xlsx?${new URLSearchParams({ from, to }).toString()}`;
