/**
 * "The server wants a sign-in": raised by ensureOk when an answer is 401 `sign_in_required` (no session, or it
 * expired or was revoked mid-work). The app listens and opens the sign-in dialog over the current view, so the
 * URL state (map view, selection, filters) stays as it was and the user carries on after signing in.
 */
type Listener = () => void;
const listeners = new Set<Listener>();

/** Subscribes to sign-in requests; returns the unsubscribe function. */
export function onSignInRequired(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Tells the app that a request needs a (new) sign-in. */
export function signInRequired(): void {
  for (const l of listeners) l();
}
