/**
 * Typed readers for database columns. Enum and JSON columns were validated by the seed; these checks make
 * the TypeScript types honest and catch a database edited by hand, at the cost of a Set lookup per value.
 */
import type { z } from 'zod';
import type { AreaGeometry } from '../../../domain/schemas.ts';
import type { BBox } from '../../seed/dataset.ts';

/** Raised when a stored value does not fit its column's type (a corrupt or hand-edited database). */
export class CorruptRowError extends Error {
  constructor(column: string, value: unknown) {
    super(`unexpected value in column ${column}: ${JSON.stringify(value)?.slice(0, 80)}`);
    this.name = 'CorruptRowError';
  }
}

const enumSets = new WeakMap<readonly string[], Set<string>>();

/** Narrows `value` to a member of `values` (an `as const` enum array from domain/enums.ts). */
export function enumColumn<T extends string>(values: readonly T[], column: string, value: unknown): T {
  let set = enumSets.get(values);
  if (!set) {
    set = new Set(values);
    enumSets.set(values, set);
  }
  if (typeof value === 'string' && set.has(value)) return value as T;
  throw new CorruptRowError(column, value);
}

/** Parses a JSON text column with a domain schema. */
export function jsonColumn<S extends z.ZodType>(schema: S, column: string, text: string): z.infer<S> {
  const result = schema.safeParse(JSON.parse(text));
  if (!result.success) throw new CorruptRowError(column, text);
  return result.data;
}

/**
 * Parses a geometry column. The seed validated it fully (validateAreaGeometry); re-validating every vertex
 * of 100,000 parcels per request would dominate the response time, so only the type tag is checked here.
 */
export function geometryColumn(text: string): AreaGeometry {
  const g: unknown = JSON.parse(text);
  if (
    typeof g === 'object' &&
    g !== null &&
    'type' in g &&
    (g.type === 'Polygon' || g.type === 'MultiPolygon') &&
    'coordinates' in g &&
    Array.isArray(g.coordinates)
  ) {
    return g as AreaGeometry;
  }
  throw new CorruptRowError('geometry', text);
}

/** `[minLon, minLat, maxLon, maxLat]` from the four bbox columns. */
export function bboxColumns(row: BBoxColumns): BBox {
  return [row.min_lon, row.min_lat, row.max_lon, row.max_lat];
}

/** The four bbox columns of a row. */
export type BBoxColumns = { min_lon: number; min_lat: number; max_lon: number; max_lat: number };
