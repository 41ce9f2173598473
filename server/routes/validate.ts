/**
 * Input validation at the edge: zod schemas for query parameters and a validator that turns a failure into
 * an InvalidInputError naming the offending field (answered as 400 by app.onError).
 */
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import { z } from 'zod';
import { InvalidInputError } from '../errors.ts';

/** Validates `target` (query, param, json) with `schema`; failures throw InvalidInputError(field). */
export const valid = <T extends keyof ValidationTargets, S extends z.ZodType>(target: T, schema: S) =>
  zValidator(target, schema, (result) => {
    if (!result.success) {
      const issue = result.error.issues[0];
      // Nested body fields are named by their path (`contract.signed`); list positions are left out (`state`).
      const names = (issue?.path ?? []).filter((p): p is string => typeof p === 'string');
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

/** A decimal number in a query string (rejects '', 'abc', 'Infinity'). */
export const numberParam = z
  .string()
  .trim()
  .regex(/^-?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i, 'expected a number')
  .transform(Number)
  .pipe(z.number().finite());

/** A non-negative integer in a query string. */
export const intParam = z.string().trim().regex(/^\d+$/, 'expected a whole number').transform(Number);

/** Free text (search terms): trimmed, at most 100 characters, blank treated as absent. */
export const optionalText = z
  .string()
  .trim()
  .max(100)
  .optional()
  .transform((s) => (s ? s : undefined));

/**
 * `bbox=minLon,minLat,maxLon,maxLat` in degrees (WGS84 lon/lat): four finite numbers, longitudes within
 * ±180, latitudes within ±90, min < max on both axes.
 */
export const bboxParam = z.string().transform((s, ctx): [number, number, number, number] => {
  const parts = s.split(',').map((x) => x.trim());
  const nums = parts.map((x) => (x === '' ? Number.NaN : Number(x)));
  const fail = (message: string) => {
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
  if (nums.length !== 4 || !nums.every(Number.isFinite)) {
    return fail('expected four numbers minLon,minLat,maxLon,maxLat');
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
