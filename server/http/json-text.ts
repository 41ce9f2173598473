/**
 * A JSON response whose text was serialised elsewhere (a worker thread), typed exactly as `c.json(value)`
 * would type it, so `hc<AppType>` clients keep the response type while the event loop only copies a string.
 */
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';

/** 200 with `text` (which must be `JSON.stringify` of a T) as an application/json body. */
export function jsonText<T>(c: Context, text: string): Response & TypedResponse<JSONParsed<T>, 200, 'json'> {
  const res = c.body(text, 200, { 'Content-Type': 'application/json' });
  return res as unknown as Response & TypedResponse<JSONParsed<T>, 200, 'json'>;
}
