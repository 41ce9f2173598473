/**
 * The client's address and scheme as the audit trail and the sign-in throttle see them: the TCP peer, or —
 * only when TRUST_PROXY is on, i.e. a reverse proxy that overwrites these headers sits in front — the last
 * hop of X-Forwarded-For and X-Forwarded-Proto (the ones the proxy appended, not what the client sent).
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

const lastHop = (v: string | undefined): string | undefined =>
  v
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);

/** The client's IP address ('unknown' when the request did not come through a socket, e.g. in-process tests). */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const fwd = lastHop(c.req.header('x-forwarded-for'));
    if (fwd) return fwd.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** True when the client reached us over HTTPS (directly, or through a trusted proxy that says so). */
export function isHttps(c: Context, trustProxy: boolean): boolean {
  if (trustProxy && lastHop(c.req.header('x-forwarded-proto'))?.toLowerCase() === 'https') return true;
  return new URL(c.req.url).protocol === 'https:';
}
