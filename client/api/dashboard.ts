/**
 * Data hooks of the overview (概览) and the idle-land clock, over the typed client. The reference date and the
 * platform are part of the key, so changing either refetches while the last answer stays on screen.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ensureOk } from './client.ts';
import { useConfig } from './hooks.ts';

/**
 * The reference date as the request carries it: null for the server's own reference date, so the answer asked
 * for before /api/config has arrived (date unknown) and the one after (date = the server's) share one cache
 * entry — otherwise every start-up asked twice.
 */
function useRequestDate(refDate: string | null): string | null {
  const serverDefault = useConfig().data?.referenceDate ?? null;
  return refDate === serverDefault ? null : refDate;
}

/** Query parameters shared by both endpoints; absent = server default / whole zone. */
const query = (platform: string | null, refDate: string | null): { platform?: string; refDate?: string } => ({
  ...(platform ? { platform } : {}),
  ...(refDate ? { refDate } : {}),
});

/**
 * GET /api/dashboard: targets with progress, platform standing, chart series, 三旧 tracker, idle totals; `asOf`
 * (ISO, a day before the data's as-of date) computes the land totals and project standing as they stood then.
 */
export const useDashboard = (platform: string | null, refDate: string | null, asOf: string | null = null) => {
  const date = useRequestDate(refDate);
  return useQuery({
    queryKey: ['dashboard', platform ?? 'all', date ?? 'default', asOf ?? 'now'] as const,
    queryFn: async () =>
      (
        await ensureOk(
          await api.dashboard.$get({ query: { ...query(platform, date), ...(asOf ? { asOf } : {}) } }),
        )
      ).json(),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
};

/**
 * GET /api/idle-land: parcels at idle risk on the reference date, most urgent first, with geometry; `enabled`
 * false asks nothing (the map's idle layer while its tab is closed).
 */
export const useIdleLand = (platform: string | null, refDate: string | null, enabled = true) => {
  const date = useRequestDate(refDate);
  return useQuery({
    queryKey: ['idle-land', platform ?? 'all', date ?? 'default'] as const,
    queryFn: async () =>
      (await ensureOk(await api['idle-land'].$get({ query: query(platform, date) }))).json(),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    enabled,
  });
};
