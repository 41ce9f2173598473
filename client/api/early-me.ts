/**
 * Who is signed in, asked by the page's entry (boot.ts) the moment it runs — before React and its API client have
 * loaded — because the main map may be created only once the account is known (reading can need a session). The
 * first `GET /api/auth/me` of the app (auth.ts' meQuery) takes this answer instead of asking again; later ones
 * (after signing in or out) go to the server. No React or API-client code here: it is part of the entry.
 */

/** The parts of `GET /api/auth/me`'s answer the start-up needs (the full type is auth.ts' MeAnswer). */
export type MeGate = { user: unknown; anonymousRead: boolean };

/** Whether the app shows only the sign-in page: reading needs a session and nobody is signed in. */
export const mustSignIn = (me: MeGate | undefined | null): boolean =>
  me != null && !me.anonymousRead && !me.user;

/** The entry's request: its JSON answer, or null when it failed (the query then asks by itself). */
let early: Promise<MeGate | null> | null = null;

/** Sends the entry's request (once); returns its answer. */
export function askMeEarly(): Promise<MeGate | null> {
  early ??= fetch('/api/auth/me', { credentials: 'same-origin', headers: { accept: 'application/json' } })
    .then((r) => (r.ok ? (r.json() as Promise<MeGate>) : null))
    .catch(() => null);
  return early;
}

/**
 * The entry's answer for the first query that asks (null if there was none or it failed); every later call gets
 * null, so a refetch after signing in or out reaches the server.
 */
export function takeEarlyMe(): Promise<MeGate | null> | null {
  const p = early;
  early = null;
  return p;
}
