/**
 * JSON request bodies: at most `maxBytes` (else 413), declared as JSON (else 415 — this also stops `text/plain`
 * form posts), and well-formed (else 400 naming `body`). The validator that follows reads hono's parsed copy.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { every } from 'hono/combine';
import { InvalidInputError, PayloadTooLargeError, UnsupportedMediaTypeError } from '../errors.ts';

const JSON_MEDIA = /^application\/([\w.-]+\+)?json$/i;

const parseJson: MiddlewareHandler = async (c, next) => {
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

/** Size limit, media type and parse check of a JSON body. */
export const jsonBody = (maxBytes: number): MiddlewareHandler =>
  every(
    bodyLimit({
      maxSize: maxBytes,
      onError: () => {
        throw new PayloadTooLargeError(maxBytes);
      },
    }),
    parseJson,
  );
