/**
 * Query schemas shared by several routes: the parcel list (parcels, exports), one parcel's reference date
 * (parcel detail, state changes, dossier) and the dashboard's platform and date (dashboard, idle land).
 * Route modules import these instead of each other.
 */
import { z } from 'zod';
import { Industry, IsoDate, LandState, LandUse } from '../../domain/schemas.ts';
import { QUERY_RELATIONS } from '../../domain/spatial-query/query-area.ts';
import { PARCEL_LIMIT_MAX } from '../read-models/parcel-list.ts';
import { bboxParam, intParam, listParam, numberParam, optionalText } from './validate.ts';

/** Query of the parcel list; the exports take the same parameters. */
export const ParcelQuery = z.object({
  bbox: bboxParam.optional(),
  platform: listParam(z.string().min(1)),
  state: listParam(LandState),
  landUse: listParam(LandUse),
  industry: listParam(Industry),
  minAreaMu: numberParam.pipe(z.number().min(0, 'must not be negative (亩)')).optional(),
  maxAreaMu: numberParam.pipe(z.number().min(0, 'must not be negative (亩)')).optional(),
  q: optionalText,
  limit: intParam.pipe(z.number().int().min(1).max(PARCEL_LIMIT_MAX)).optional(),
  /** The ledger as it stood on this day (parcels that existed then, in their state then). */
  asOf: IsoDate.optional(),
});

/**
 * A drawn query area (`area=lon,lat;lon,lat;…`, domain/spatial-query/query-area.ts) and how parcels must relate
 * to it; parsed and checked by server/read-models/parcel-table.ts `queryAreaOf` (400 naming `area`, 413 over
 * the vertex limit). The attribute table and the exports take it, so an export holds exactly the table's rows.
 */
export const AreaParams = {
  area: z.string().optional(),
  relation: z.enum(QUERY_RELATIONS).optional(),
};

/** Query of one parcel: the reference date of its idle-land clock (default: the server's reference date). */
export const ParcelDetailQuery = z.object({ refDate: IsoDate.optional(), asOf: IsoDate.optional() });

/** Query of the dashboard and the idle-land list: an optional platform and reference date. */
export const DashboardQuery = z.object({
  platform: z.string().trim().min(1).max(200).optional(),
  refDate: IsoDate.optional(),
  /** The ledger as it stood on this day (land totals from the event history, projects at their stage then). */
  asOf: IsoDate.optional(),
});

/** `?preview=true` of the geometry edits and the new parcel: answer the plan, write nothing. */
export const PreviewQuery = z.object({ preview: z.enum(['true', 'false']).optional() });
