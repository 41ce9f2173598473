/**
 * Unknown query parameters are an error, not something to ignore: `GET /api/parcels?state[]=ready` (a
 * PHP-style array name) or a typo such as `?stat=ready` would otherwise answer the unfiltered list as if it
 * were the filtered one. Every route's query validator (server/routes/validate.ts `valid('query', …)`) goes
 * through `strictQuery`; routes that take no query at all use the `noQuery` middleware. Both answer 400
 * `invalid_input` naming the unknown parameter(s) and the known ones.
 */
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { InvalidInputError } from '../errors.ts';

/** At most this many names are listed in the message (a client can send hundreds). */
const MAX_NAMED = 10;

/** `a, b, c` (first MAX_NAMED, JSON-quoted when they hold anything unusual). */
function nameList(names: readonly string[]): string {
  const shown = names
    .slice(0, MAX_NAMED)
    .map((n) => (/^[\w.[\]-]{1,60}$/.test(n) ? n : JSON.stringify(n.slice(0, 60))));
  return names.length > MAX_NAMED ? `${shown.join(', ')}, … (${names.length} in all)` : shown.join(', ');
}

/**
 * The error for unknown parameters `unknown` of a query whose parameters are `known` (`noun` 'field' for the
 * top-level fields of a JSON body).
 */
export function unknownParametersError(
  unknown: readonly string[],
  known: readonly string[],
  noun: 'query parameter' | 'field' = 'query parameter',
): InvalidInputError {
  const s = unknown.length > 1 ? 's' : '';
  const none = noun === 'field' ? 'this body takes no fields' : 'this endpoint takes no query parameters';
  const accepted = known.length ? `accepted: ${nameList(known)}` : none;
  return new InvalidInputError(
    unknown[0] ?? 'query',
    `unknown ${noun}${s} ${nameList(unknown)} (${accepted})`,
  );
}

/** `schema` made strict when it is an object schema: unknown keys become a zod `unrecognized_keys` issue. */
export function strictQuery<S extends z.ZodType>(schema: S): S {
  // `.strict()` keeps the input and output types of the object; the cast restores the caller's precise type.
  return (schema instanceof z.ZodObject ? schema.strict() : schema) as S;
}

/** The parameter names a query object schema accepts (empty for a non-object schema). */
export function knownParameters(schema: z.ZodType): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** Middleware for routes without query parameters: any parameter is a 400 naming it. */
export const noQuery: MiddlewareHandler = async (c, next) => {
  const names = [...new Set(new URL(c.req.url).searchParams.keys())];
  if (names.length) throw unknownParametersError(names, []);
  await next();
};
