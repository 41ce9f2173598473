/** The zone settings (/api/settings): read by every page (the header's zone name), replaced by administrators. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InferResponseType } from 'hono/client';
import { api, ensureOk } from './client.ts';

/** The zone settings as the server sends them. */
export type ZoneSettingsWire = InferResponseType<typeof api.settings.$get, 200>;

const settingsKey = ['settings'] as const;

/** The zone settings (cached until changed here). */
export const useSettings = () =>
  useQuery({
    queryKey: settingsKey,
    queryFn: async () => (await ensureOk(await api.settings.$get())).json(),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** Replaces the zone settings (administrators); the cached copy takes the server's answer. */
export function useSaveSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (s: ZoneSettingsWire) => (await ensureOk(await api.settings.$put({ json: s }))).json(),
    onSuccess: (s) => client.setQueryData(settingsKey, s),
  });
}
