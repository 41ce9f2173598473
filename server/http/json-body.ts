/**
 * Middleware of the JSON write routes (state changes, 补充协议, idle-procedure steps): 415 unless the body is
 * declared as JSON, 400 naming `body` when it does not parse. The body is parsed once here; the zod validator
 * that follows reads hono's cached result.
 */
import type { MiddlewareHandler } from 'hono';
import { InvalidInputError, UnsupportedMediaTypeError } from '../errors.ts';

const JSON_MEDIA = /^application\/([\w.-]+\+)?json$/i;

/** 415 unless the body is declared as JSON; 400 naming `body` when it does not parse. */
export const jsonBody: MiddlewareHandler = async (c, next) => {
  const type = c.req.header('Content-Type');
  if (!JSON_MEDIA.test(type?.split(';')[0]?.trim() ?? '')) {
    throw new UnsupportedMediaTypeError('application/json', type);
  }
  try {
    await c.req.json();
  } catch {
    throw new InvalidInputError('body', 'body: malformed JSON');
  }
  await next();
};
