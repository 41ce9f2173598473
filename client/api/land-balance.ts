/**
 * Data hooks of the land balance (用地缺口), over the typed client. The options are part of the query key, so a
 * what-if toggle refetches at once while the last answer stays on screen (the server caches each solve).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ensureOk } from './client.ts';

/** What-if options and filters of the land-balance endpoints; null = server default / any. */
export interface LandBalanceParams {
  platform: string | null;
  industry: string | null;
  horizon: string | null;
  refDate: string | null;
  includeReserve: boolean;
  includeRedevelopment: boolean;
  /** Largest acceptable site surplus over the demand, fraction (0.3 = 30 %). */
  slack: number;
  /** Projects only on their target platform. */
  keepTarget: boolean;
  /** Placement policy (`area_first` | `target_first`). */
  policy: 'area_first' | 'target_first';
}

/** Query parameters of `p` (absent = server default). */
export function landBalanceQuery(p: LandBalanceParams): Record<string, string> {
  const q: Record<string, string> & { policy?: LandBalanceParams['policy'] } = {
    includeReserve: String(p.includeReserve),
    includeRedevelopment: String(p.includeRedevelopment),
    slack: String(p.slack),
    keepTarget: String(p.keepTarget),
    policy: p.policy,
  };
  if (p.platform) q.platform = p.platform;
  if (p.industry) q.industry = p.industry;
  if (p.horizon) q.horizon = p.horizon;
  if (p.refDate) q.refDate = p.refDate;
  return q;
}

/** GET /api/land-balance: supply, demand and shortfall per platform, industry and quarter. */
export const useLandBalance = (p: LandBalanceParams) =>
  useQuery({
    queryKey: ['land-balance', landBalanceQuery(p)] as const,
    queryFn: async () =>
      (await ensureOk(await api['land-balance'].$get({ query: landBalanceQuery(p) }))).json(),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

/** GET /api/land-balance/matches: the pipeline with assignments, ranked candidates and reasons. */
export const useLandBalanceMatches = (p: LandBalanceParams, enabled = true) =>
  useQuery({
    enabled,
    queryKey: ['land-balance-matches', landBalanceQuery(p)] as const,
    queryFn: async () =>
      (await ensureOk(await api['land-balance'].matches.$get({ query: landBalanceQuery(p) }))).json(),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

/** GET /api/projects/:id/candidates: one project's ranked sites, assignment or reason, and map features. */
export const useProjectCandidates = (id: string | null, p: LandBalanceParams) =>
  useQuery({
    queryKey: ['project-candidates', id ?? '', landBalanceQuery(p)] as const,
    queryFn: async () =>
      (
        await ensureOk(
          await api.projects[':id'].candidates.$get({ param: { id: id ?? '' }, query: landBalanceQuery(p) }),
        )
      ).json(),
    enabled: id != null,
    staleTime: 60_000,
  });

const OVERRIDES_KEY = ['land-balance-overrides'] as const;

/** GET /api/land-balance/overrides: the planner's locks and exclusions, with names and parcel codes. */
export const useLandBalanceOverrides = () =>
  useQuery({
    queryKey: OVERRIDES_KEY,
    queryFn: async () => (await ensureOk(await api['land-balance'].overrides.$get())).json(),
    staleTime: 60_000,
  });

/** One override write of the planner (editor session): lock, unlock, exclude or include again. */
export type OverrideWrite =
  | { op: 'lock'; projectId: string; siteId: string; note?: string }
  | { op: 'unlock'; projectId: string }
  | { op: 'exclude'; kind: 'site' | 'project'; ref: string; note?: string }
  | { op: 'include'; kind: 'site' | 'project'; ref: string };

/** Sends one override write (a lock is checked under the panel's options `p`). */
async function sendOverride(w: OverrideWrite, p: LandBalanceParams): Promise<void> {
  const lb = api['land-balance'];
  if (w.op === 'lock') {
    const json = { projectId: w.projectId, siteId: w.siteId, note: w.note ?? '' };
    await ensureOk(await lb.locks.$post({ json, query: landBalanceQuery(p) }));
  } else if (w.op === 'unlock') {
    await ensureOk(await lb.locks[':projectId'].$delete({ param: { projectId: w.projectId } }));
  } else if (w.op === 'exclude') {
    await ensureOk(await lb.exclusions.$post({ json: { kind: w.kind, ref: w.ref, note: w.note ?? '' } }));
  } else {
    await ensureOk(await lb.exclusions[':kind'][':ref'].$delete({ param: { kind: w.kind, ref: w.ref } }));
  }
}

/** Override writes; on success the overrides, the balance and every matching are fetched again. */
export function useOverrideWrite(p: LandBalanceParams) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (w: OverrideWrite) => sendOverride(w, p),
    onSuccess: async () => {
      await Promise.all(
        [OVERRIDES_KEY, ['land-balance-matches'], ['project-candidates'], ['land-balance']].map((queryKey) =>
          client.invalidateQueries({ queryKey }),
        ),
      );
    },
  });
}
