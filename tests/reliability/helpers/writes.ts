/**
 * Every write the reliability tests send goes through here: the account they write as (created in the
 * template database by `addWriter`, signed in per server by `signInWriter`), and the headers a browser on
 * the server's origin sends (session cookie, Origin). The write is recording a land-supply state change
 * (POST /api/parcels/:id/transitions with the parcel's `version`; `who` is the signed-in account); the tests
 * cycle parcels between 净地可供 (ready) and 挂牌 (listed) — listing, then 流拍 back to ready — which the state
 * machine allows without limit. The account is an admin, so it may also download GET /api/admin/backup.
 */
import type { Database } from 'better-sqlite3';
import { hashPassword } from '../../../server/auth/password-hash.ts';
import { insertUser } from '../../../server/db/queries/users.ts';

/** The reliability tests' account. */
export const WRITER = { login: 'reliability', password: 'reliability suite passphrase' } as const;

/** Creates the writer account in `db` (cheap scrypt cost: sign-ins stay fast). */
export async function addWriter(db: Database): Promise<void> {
  insertUser(db, {
    login: WRITER.login,
    displayName: 'Reliability suite',
    role: 'admin',
    platforms: [],
    passwordHash: await hashPassword(WRITER.password, { logN: 10, r: 8, p: 1 }),
    now: new Date().toISOString(),
  });
}

const sessions = new Map<string, string>();

/** Signs the writer in at `baseUrl` (once per server) and keeps the session cookie. */
export async function signInWriter(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: baseUrl },
    body: JSON.stringify(WRITER),
  });
  const cookie = /(zk_session=[^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  if (res.status !== 200 || !cookie) throw new Error(`sign-in at ${baseUrl} failed: HTTP ${res.status}`);
  sessions.set(baseUrl, cookie);
  return cookie;
}

/** Headers of every write (and admin read) to `baseUrl`: JSON, same origin, the writer's session. */
export function writeHeaders(baseUrl: string): Record<string, string> {
  const cookie = sessions.get(baseUrl);
  if (!cookie) throw new Error(`not signed in at ${baseUrl}: call signInWriter first`);
  return { 'Content-Type': 'application/json', Origin: baseUrl, Cookie: cookie };
}

/** Today in Beijing time (the server refuses event dates after it). */
export const beijingToday = (): string => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** The parcel fields a write needs. */
export type ParcelState = { id: string; state: string; version: number };

/** GET /api/parcels/:id → its state and version. */
export async function readParcel(baseUrl: string, id: string): Promise<ParcelState> {
  const res = await fetch(`${baseUrl}/api/parcels/${encodeURIComponent(id)}`);
  if (!res.ok) throw new Error(`GET parcel ${id}: HTTP ${res.status}`);
  const p = (await res.json()) as ParcelState;
  return { id: p.id, state: p.state, version: p.version };
}

/** Ids of the parcels that are ready or listed now (the ones the tests cycle). */
export async function cyclableParcels(baseUrl: string): Promise<string[]> {
  const res = await fetch(`${baseUrl}/api/parcels?state=ready,listed&limit=100000`);
  if (!res.ok) throw new Error(`GET parcels: HTTP ${res.status}`);
  return ((await res.json()) as { features: { id: string }[] }).features.map((f) => f.id);
}

/** The state a cycling write moves `state` to (ready ↔ listed). */
export const nextState = (state: string): string => (state === 'ready' ? 'listed' : 'ready');

/** Outcome of one write: HTTP status and, when accepted, the parcel's new version. */
export type WriteOutcome = { status: number; version?: number; note: string };

/** POST /api/parcels/:id/transitions with `body` (the only write today). */
export async function postTransition(
  baseUrl: string,
  id: string,
  body: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<WriteOutcome> {
  const res = await fetch(`${baseUrl}/api/parcels/${encodeURIComponent(id)}/transitions`, {
    method: 'POST',
    headers: writeHeaders(baseUrl),
    body: JSON.stringify(body),
    signal,
  });
  const json = (await res.json()) as { version?: number };
  return { status: res.status, version: res.ok ? json.version : undefined, note: String(body.note ?? '') };
}

/**
 * Records the cycling change of parcel `p` (as last read) with `note` (unique per write, prefixed `rel:` so
 * the consistency check can find it); `version` overrides the version sent (stale or racing writes).
 */
export function cycleParcel(
  baseUrl: string,
  p: ParcelState,
  note: string,
  version = p.version,
  signal?: AbortSignal,
): Promise<WriteOutcome> {
  const body = { to: nextState(p.state), date: beijingToday(), note, version };
  return postTransition(baseUrl, p.id, body, signal);
}
