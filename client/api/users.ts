/** Account management for administrators (/api/users): list, add, change, reset a password, sign out everywhere. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InferRequestType, InferResponseType } from 'hono/client';
import { api, ensureOk } from './client.ts';

/** An account as the admin page lists it. */
export type AdminUser = InferResponseType<typeof api.users.$get, 200>['items'][number];
/** Body of a new account. */
export type NewUserBody = InferRequestType<typeof api.users.$post>['json'];
/** Body of an account change. */
export type UserPatchBody = InferRequestType<(typeof api.users)[':id']['$patch']>['json'];

const USERS_KEY = ['users'] as const;

/** Every account (admins only; `enabled` false for others so nothing is asked). */
export const useUsers = (enabled: boolean) =>
  useQuery({
    queryKey: USERS_KEY,
    queryFn: async () => (await (await ensureOk(await api.users.$get())).json()).items,
    enabled,
  });

function useUserMutation<T, R>(run: (input: T) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: USERS_KEY });
      await client.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

/** Adds an account. */
export const useCreateUser = () =>
  useUserMutation(async (json: NewUserBody) => (await ensureOk(await api.users.$post({ json }))).json());

/** Changes an account's name, role, platforms or disabled flag. */
export const useUpdateUser = () =>
  useUserMutation(async ({ id, json }: { id: number; json: UserPatchBody }) =>
    (await ensureOk(await api.users[':id'].$patch({ param: { id: String(id) }, json }))).json(),
  );

/** Sets a new password for an account (its sessions end). */
export const useResetPassword = () =>
  useUserMutation(async ({ id, password }: { id: number; password: string }) =>
    ensureOk(await api.users[':id'].password.$post({ param: { id: String(id) }, json: { password } })),
  );

/** Ends every session of an account. */
export const useRevokeSessions = () =>
  useUserMutation(async (id: number) =>
    (await ensureOk(await api.users[':id'].sessions.$delete({ param: { id: String(id) } }))).json(),
  );
