/**
 * The parcel list as GET /api/parcels and the exports select it: the limits, the checks of a query against
 * the data (known platforms, area range) and its translation into the database filter — one place, so the
 * list on the map and the exported file always select the same parcels.
 */
import type { Database } from 'better-sqlite3';
import type { Industry, LandState, LandUse } from '../../domain/enums.ts';
import { platformIds } from '../db/queries/dashboard.ts';
import type { ParcelFilter } from '../db/queries/parcels.ts';
import { UnprocessableError } from '../errors.ts';
import { checkPlatforms } from './known-platforms.ts';

/** Default number of features per GET /api/parcels response. */
export const PARCEL_LIMIT_DEFAULT = 10_000;
/** Largest `limit` accepted, and the number of rows an export takes when none is given. */
export const PARCEL_LIMIT_MAX = 100_000;

/** A validated parcel-list query (server/routes/queries.ts `ParcelQuery`). Areas in 亩. */
export interface ParcelListParams {
  bbox?: [number, number, number, number] | undefined;
  platform: string[];
  state: LandState[];
  landUse: LandUse[];
  industry: Industry[];
  minAreaMu?: number | undefined;
  maxAreaMu?: number | undefined;
  q?: string | undefined;
  limit?: number | undefined;
}

/** Throws 422 naming `minAreaMu` when the area range is empty (min > max). */
export function checkAreaRange(q: Pick<ParcelListParams, 'minAreaMu' | 'maxAreaMu'>): void {
  if (q.minAreaMu != null && q.maxAreaMu != null && q.minAreaMu > q.maxAreaMu) {
    throw new UnprocessableError('minAreaMu is greater than maxAreaMu', 'minAreaMu');
  }
}

/**
 * The database filter of `q` after checking it against the data (400 for an unknown platform, 422 for an
 * empty area range); `defaultLimit` applies when `q.limit` is absent.
 */
export function parcelFilter(db: Database, q: ParcelListParams, defaultLimit: number): ParcelFilter {
  checkPlatforms(platformIds(db), q.platform);
  checkAreaRange(q);
  return {
    bbox: q.bbox,
    platformIds: q.platform,
    states: q.state,
    landUses: q.landUse,
    industries: q.industry,
    minAreaMu: q.minAreaMu,
    maxAreaMu: q.maxAreaMu,
    q: q.q,
    limit: q.limit ?? defaultLimit,
  };
}
