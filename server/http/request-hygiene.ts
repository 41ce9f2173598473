/**
 * Two checks every request passes before anything else runs:
 * - Host allow-list (DNS rebinding): a page on `evil.example` whose name an attacker re-points at 127.0.0.1 can
 *   reach this server from the planner's browser with `Host: evil.example:PORT` and a matching Origin. Requests
 *   whose Host (or absolute request target) is not on ALLOWED_HOSTS get 421 Misdirected Request.
 * - Same-origin writes (CSRF): an unsafe method (anything but GET, HEAD, OPTIONS) must come from our own pages —
 *   `Sec-Fetch-Site: same-origin`, or an `Origin` equal to the request's own origin. Browsers send one of them
 *   on every such request (Fetch standard); a cross-site form (including `text/plain` posts, which need no
 *   CORS preflight) or fetch gets 403. Scripts and the command line must send a matching Origin header.
 */
import type { MiddlewareHandler } from 'hono';
import { SAFE_METHODS } from '../auth/authorize.ts';
import { ForbiddenError, HostNotAllowedError } from '../errors.ts';

/** Loopback names every deployment answers to. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const;

/** Host name of a `Host` header value (`name[:port]`, `[v6]:port`), lower-cased; null when malformed. */
export function hostName(hostHeader: string): string | null {
  try {
    return new URL(`http://${hostHeader}`).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** Normalises an allow-list entry (`example.org`, `10.0.0.5`, `::1`, `[::1]`) to a URL host name. */
export function normaliseAllowedHost(entry: string): string {
  const e = entry.trim().toLowerCase();
  return e.includes(':') && !e.startsWith('[') ? `[${e}]` : e;
}

/** 421 unless the Host header and the request URL name an allowed host (ports are not compared). */
export function hostAllowList(allowed: readonly string[]): MiddlewareHandler {
  const names = new Set(allowed.map(normaliseAllowedHost));
  return async (c, next) => {
    const header = c.req.header('host');
    const urlHost = new URL(c.req.url).hostname.toLowerCase();
    for (const h of header === undefined ? [urlHost] : [hostName(header), urlHost]) {
      if (h == null || !names.has(h)) throw new HostNotAllowedError(header ?? urlHost);
    }
    await next();
  };
}

/** 403 for an unsafe method unless the browser says the request is same-origin (see above). */
export function sameOriginWrites(): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const own = new URL(c.req.url).origin;
    const sameOrigin = site === 'same-origin' || (origin !== undefined && origin === own);
    // A browser that says cross-site is believed even when it also sends an Origin that matches.
    if (!sameOrigin || (site !== undefined && site !== 'same-origin')) {
      throw new ForbiddenError(
        'cross_site_request',
        `跨站请求被拒绝 / cross-site request refused: ${c.req.method} needs Origin ${own} (got ${origin ?? 'none'})`,
      );
    }
    await next();
  };
}
