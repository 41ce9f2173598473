/**
 * The signed-in account: who am I (GET /api/auth/me), sign in, sign out, change my password. Signing in or out
 * changes what the server answers (roles, audit, anonymous reading), so every cached query is refetched.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InferResponseType } from 'hono/client';
import { api, ensureOk } from './client.ts';
import { takeEarlyMe } from './early-me.ts';

export { mustSignIn } from './early-me.ts';

/** The answer of GET /api/auth/me. */
export type MeAnswer = InferResponseType<typeof api.auth.me.$get, 200>;
/** The signed-in account. */
export type Me = NonNullable<MeAnswer['user']>;

const ME_KEY = ['me'] as const;

/** Who is signed in (null when nobody), whether reading works without signing in, the password minimum. */
export const meQuery = queryOptions({
  queryKey: ME_KEY,
  // The first ask takes the page entry's early answer (early-me.ts); the rest go to the server.
  queryFn: async (): Promise<MeAnswer> =>
    ((await takeEarlyMe()) as MeAnswer | null) ?? (await ensureOk(await api.auth.me.$get())).json(),
  staleTime: 60_000,
});
export const useMe = () => useQuery(meQuery);

/** Signs in; on success the account replaces `me` and every other query is refetched. */
export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { login: string; password: string }) =>
      (await ensureOk(await api.auth.login.$post({ json: body }))).json(),
    onSuccess: async () => {
      await client.invalidateQueries();
    },
  });
}

/** Signs out (the server revokes the session) and refetches everything as anonymous. */
export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await ensureOk(await api.auth.logout.$post());
    },
    onSuccess: async () => {
      await client.invalidateQueries();
    },
  });
}

/** Changes the signed-in account's password (other sessions of the account end). */
export function useChangePassword() {
  return useMutation({
    mutationFn: async (body: { currentPassword: string; newPassword: string }) => {
      await ensureOk(await api.auth.password.$post({ json: body }));
    },
  });
}
