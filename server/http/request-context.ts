/**
 * The request log: one JSON line per request with method, route (the matched pattern, e.g.
 * `/api/parcels/:id`), path, status, duration (ms) and request id, plus whatever later middleware put in
 * `c.get('logFields')` — the session adds the signed-in login. The request id itself comes from hono's
 * `requestId()` (server/app.ts): a sane incoming `X-Request-Id` (letters, digits, `_ - =`, at most 128
 * characters) is kept, anything else replaced by a UUID, and it is echoed on every response.
 */
import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { Logger } from '../logging.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** Extra fields for this request's log line; middleware may add to it. */
    logFields: Record<string, unknown>;
  }
}

/** The request id of `c` (set by hono's requestId(); a fresh one if it did not run). */
export function requestIdOf(c: Context): string {
  const id: unknown = c.get('requestId');
  return typeof id === 'string' ? id : randomUUID();
}

/** The middleware: logs the request once it is answered (5xx at level error). */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    c.set('logFields', {});
    try {
      await next();
    } finally {
      const status = c.res.status;
      const user = c.get('user');
      const line = {
        requestId: requestIdOf(c),
        method: c.req.method,
        route: c.req.routePath,
        path: c.req.path,
        status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        ...(user ? { user: user.login } : {}),
        ...c.get('logFields'),
      };
      if (status >= 500) logger.error(line, 'request');
      else logger.info(line, 'request');
    }
  };
}
