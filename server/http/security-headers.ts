/**
 * Security headers on every response (HTML, JSON, PDFs, exports, errors):
 * - Content-Security-Policy: our own origin only. `img-src` and `connect-src` add exactly the configured online
 *   basemaps' tile origins (OSM always; 天地图 when TIANDITU_KEY is set — domain/basemap-hosts.ts); maplibre draws
 *   tiles from `blob:` images and may start its worker from a `blob:` URL; `data:` covers the inline favicon.
 *   No inline script. `frame-ancestors 'none'` forbids framing (clickjacking), `form-action 'self'` and
 *   `base-uri 'none'` close the usual injection side doors.
 * - X-Frame-Options DENY (the same for browsers without CSP 3), X-Content-Type-Options nosniff,
 *   Referrer-Policy same-origin, Cross-Origin-Opener-Policy same-origin, Cross-Origin-Resource-Policy same-origin.
 * - Cache-Control: no-store on /api answers to a signed-in request (and on every /api/auth answer) that set none,
 *   so shared caches and the back button do not keep one person's data (a route's `public` becomes `private`);
 *   `Vary: Cookie` on all /api answers.
 * - Strict-Transport-Security when the request came over HTTPS.
 * - X-Request-Id (hono's requestId sets it only on answers built with the context; files built as a raw
 *   Response get it here), so a log line, an audit row and the user's error report can be matched.
 */
import type { MiddlewareHandler } from 'hono';
import { isHttps } from './client-address.ts';

/** The Content-Security-Policy for a deployment whose map may load tiles from `tileOrigins`. */
export function contentSecurityPolicy(tileOrigins: readonly string[]): string {
  const tiles = tileOrigins.join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: blob: ${tiles}`.trim(),
    `connect-src 'self' ${tiles}`.trim(),
    "worker-src 'self' blob:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Sets the headers above after the response is made (so error and static responses get them too). */
export function securityHeaders(tileOrigins: readonly string[], trustProxy: boolean): MiddlewareHandler {
  const csp = contentSecurityPolicy(tileOrigins);
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('Content-Security-Policy', csp);
    h.set('X-Frame-Options', 'DENY');
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('Referrer-Policy', 'same-origin');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Cross-Origin-Resource-Policy', 'same-origin');
    if (isHttps(c, trustProxy)) h.set('Strict-Transport-Security', 'max-age=31536000');
    const id = c.get('requestId');
    if (id && !h.has('X-Request-Id')) h.set('X-Request-Id', id);
    if (c.req.path.startsWith('/api/')) {
      h.append('Vary', 'Cookie');
      if (c.get('user') || c.req.path.startsWith('/api/auth/')) {
        // A signed-in answer is never kept by shared caches: none (or a record's no-cache) → no-store; a route's `public` (tiles under
        // ?v=) → `private`, so the browser may still keep it.
        const cc = h.get('Cache-Control');
        if (!cc) h.set('Cache-Control', 'no-store');
        else if (/\bno-cache\b/.test(cc)) h.set('Cache-Control', cc.replace(/\bno-cache\b/, 'no-store'));
        else if (/\bpublic\b/.test(cc)) h.set('Cache-Control', cc.replace(/\bpublic\b/, 'private'));
      }
    }
  };
}
