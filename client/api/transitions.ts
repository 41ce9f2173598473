/**
 * Recording a land-supply state change (POST /api/parcels/:id/transitions) as a react-query mutation. On success
 * the answer (the whole updated parcel) replaces the cached parcel and every query that depends on parcel states
 * — the map's parcel list, platform tallies, overview, idle-land list, land balance, project views, the data
 * version in /api/config — is marked stale and refetched if shown. Only the basemap layers and 三旧 sites, which
 * an edit cannot change, are kept.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LandTransitionRequest } from '../../domain/land-transition.ts';
import { api, ensureOk } from './client.ts';
import { queryKeys } from './query-keys.ts';

/** Query keys (first element) an edit of a parcel's state cannot change. */
const UNAFFECTED = new Set(['layers', 'redevelopment']);

/** Input of the mutation: the parcel, the request body, and the reference date its panel shows (null = default). */
export type ChangeStateInput = { parcelId: string; refDate: string | null; body: LandTransitionRequest };

/** Mutation recording a state change; errors are ApiError with the server's code and message. */
export function useChangeParcelState() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ parcelId, refDate, body }: ChangeStateInput) =>
      (
        await ensureOk(
          await api.parcels[':id'].transitions.$post({
            param: { id: parcelId },
            query: refDate ? { refDate } : {},
            json: body,
          }),
        )
      ).json(),
    onSuccess: async (parcel, { parcelId, refDate }) => {
      client.setQueryData(queryKeys.parcel(parcelId, refDate), parcel);
      await client.invalidateQueries({
        predicate: (q) => {
          const [head, id, ref] = q.queryKey;
          if (typeof head === 'string' && UNAFFECTED.has(head)) return false;
          // The entry just written is current; other reference dates of the parcel are not.
          return !(head === 'parcel' && id === parcelId && ref === (refDate ?? 'default'));
        },
      });
    },
  });
}
