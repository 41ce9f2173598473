/**
 * Whether the sign-in dialog is open and why: the user asked (`user`), or a request came back 401 mid-session
 * (`session`, from client/api/sign-in-required.ts). One small store so the header button and the API layer can
 * both open the same dialog.
 */
import { useSyncExternalStore } from 'react';
import { onSignInRequired } from '../../api/sign-in-required.ts';

/** Why the dialog is open, or null when closed. */
export type SignInReason = 'user' | 'session' | null;

let reason: SignInReason = null;
const listeners = new Set<() => void>();
const set = (r: SignInReason) => {
  reason = r;
  for (const l of listeners) l();
};

/** Opens the sign-in dialog (a session request wins over a user request). */
export const openSignIn = (r: Exclude<SignInReason, null>): void => set(reason === 'session' ? reason : r);
/** Closes it. */
export const closeSignIn = (): void => set(null);

onSignInRequired(() => openSignIn('session'));

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The open reason (null = closed). */
export const useSignInReason = (): SignInReason =>
  useSyncExternalStore(
    subscribe,
    () => reason,
    () => reason,
  );
