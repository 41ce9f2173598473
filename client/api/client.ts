/**
 * The one typed HTTP client of the app (hono/client over the server's `AppType`): every request goes through
 * here. Non-2xx answers become `ApiError` with the server's `{ error: { code, message } }`.
 */
import { hc } from 'hono/client';
import type { AppType } from '../../server/app.ts';
import { signInRequired } from './sign-in-required.ts';

/** Typed routes under /api (same origin; Vite proxies /api in development). */
export const api = hc<AppType>('/').api;

/** What a 412 says about a record edited since it was read: its version now and the writes since. */
export type StaleInfo = {
  version: number;
  changes: { at: string; who: string; action: string; version: number | null }[];
};

/**
 * A failed API call: HTTP status plus the server's error code and message, the field it names (400/422) and,
 * for a 412, who changed the record since it was read.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field: string | null = null,
    readonly current: StaleInfo | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * Throws ApiError for a non-2xx response (reading the error body if it is JSON), else returns it. A 401
 * `sign_in_required` also asks the app to show the sign-in dialog (sign-in-required.ts).
 */
export async function ensureOk<R extends Response>(res: R): Promise<R> {
  if (res.ok) return res;
  let code = `http_${res.status}`;
  let message = res.statusText || `HTTP ${res.status}`;
  let field: string | null = null;
  let current: StaleInfo | null = null;
  try {
    const body: unknown = await res.json();
    if (body && typeof body === 'object' && 'error' in body) {
      const e = (body as { error: { code?: unknown; message?: unknown; field?: unknown } }).error;
      if (typeof e.code === 'string') code = e.code;
      if (typeof e.message === 'string') message = e.message;
      if (typeof e.field === 'string') field = e.field;
      const cur = (body as { current?: unknown }).current;
      if (cur && typeof cur === 'object' && 'version' in cur && 'changes' in cur) current = cur as StaleInfo;
    }
  } catch {
    // Not JSON (e.g. a proxy error page): keep the status text.
  }
  if (res.status === 401 && code === 'sign_in_required') signInRequired();
  throw new ApiError(res.status, code, message, field, current);
}
