/**
 * Input validation at the edge: zod schemas for query parameters and a validator that turns a failure into
 * an InvalidInputError naming the offending field (answered as 400 by app.onError).
 */
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import { z } from 'zod';
import { DATE_MAX_YEAR, DATE_MIN_YEAR } from '../../domain/dates.ts';
import { parseDecimal, parseWholeNumber } from '../../domain/decimal.ts';
import { SafeText } from '../../domain/safe-text.ts';
import { InvalidInputError } from '../errors.ts';
import { knownParameters, strictQuery, unknownParametersError } from '../http/strict-query.ts';

/**
 * Validates `target` (query, param, json) with `schema`; failures throw InvalidInputError(field). A query
 * schema is strict: unknown parameters are a 400 naming them (server/http/strict-query.ts).
 */
export const valid = <T extends keyof ValidationTargets, S extends z.ZodType>(target: T, schema: S) =>
  zValidator(target, target === 'query' ? strictQuery(schema) : schema, (result) => {
    if (!result.success) {
      const issues = result.error.issues;
      const unknown = issues.find((i) => i.code === 'unrecognized_keys');
      if (unknown && unknown.code === 'unrecognized_keys' && unknown.path.length === 0) {
        const noun = target === 'query' ? 'query parameter' : 'field';
        throw unknownParametersError(unknown.keys, knownParameters(schema), noun);
      }
      const issue = issues[0];
      // Nested body fields are named by their path (`contract.signed`); list positions are left out (`state`).
      const names = (issue?.path ?? []).filter((p): p is string => typeof p === 'string');
      // A field the body may not carry (strict schemas) is named itself, not its parent object.
      if (issue?.code === 'unrecognized_keys' && issue.keys[0]) names.push(issue.keys[0]);
      const field = names.length ? names.join('.') : target;
      throw new InvalidInputError(field, `${field}: ${issue?.message ?? 'invalid'}`);
    }
  });

/**
 * A repeatable query parameter: `state=ready&state=listed` and `state=ready,listed` both give
 * `['ready', 'listed']`. Each value must satisfy `item`.
 */
export const listParam = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) =>
      (Array.isArray(v) ? v : v == null ? [] : [v])
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    )
    .pipe(z.array(item));

/** A number in a query string: plain decimal notation only (domain/decimal.ts: no hex, no exponent), finite. */
export const numberParam = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const n = parseDecimal(s);
    if (n === null) {
      ctx.addIssue({ code: 'custom', message: 'expected a decimal number such as 12 or 0.5' });
      return z.NEVER;
    }
    return n;
  });

/** A non-negative integer in a query string (digits only). */
export const intParam = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const n = parseWholeNumber(s);
    if (n === null) {
      ctx.addIssue({ code: 'custom', message: 'expected a whole number (digits only)' });
      return z.NEVER;
    }
    return n;
  });

/** A calendar year in a query string, within the years the app's dates accept (domain/dates.ts). */
export const yearParam = intParam.pipe(z.number().int().min(DATE_MIN_YEAR).max(DATE_MAX_YEAR));

/** Free text (search terms): no control or bidi characters, NFC, trimmed, ≤ 100 characters; blank = absent. */
export const optionalText = SafeText({ max: 100 })
  .optional()
  .transform((s) => (s ? s : undefined));

/**
 * `bbox=minLon,minLat,maxLon,maxLat` in degrees (WGS84 lon/lat): four finite numbers, longitudes within
 * ±180, latitudes within ±90, min < max on both axes.
 */
export const bboxParam = z.string().transform((s, ctx): [number, number, number, number] => {
  const parts = s.split(',').map((x) => x.trim());
  const nums = parts.map((x) => parseDecimal(x) ?? Number.NaN);
  const fail = (message: string) => {
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
  if (nums.length !== 4 || !nums.every(Number.isFinite)) {
    return fail('expected four numbers minLon,minLat,maxLon,maxLat (plain decimals)');
  }
  const [minLon, minLat, maxLon, maxLat] = nums as [number, number, number, number];
  if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) {
    return fail('longitudes must lie within ±180 and latitudes within ±90 (lon/lat degrees, lon first)');
  }
  if (!(minLon < maxLon && minLat < maxLat)) return fail('min must be less than max on both axes');
  return [minLon, minLat, maxLon, maxLat];
});

/** A path parameter id. */
export const IdParam = z.object({ id: z.string().min(1).max(200) });
