/**
 * GET /api/parcels — filtered parcels as a GeoJSON FeatureCollection (light properties) with the total;
 * GET /api/parcels/:id?refDate= — the whole parcel: attributes, geometry, projects, history, redevelopment, and
 * the idle clock on `refDate` (ISO; default the server's reference date, as the 闲置预警 list does).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { idleLandStatus } from '../../domain/indicators.ts';
import { Industry, IsoDate, LandState, LandUse } from '../../domain/schemas.ts';
import { townEnglishNames } from '../db/queries/layers.ts';
import { getParcel, parcelEvents, queryParcels } from '../db/queries/parcels.ts';
import { platformRef } from '../db/queries/platforms.ts';
import { projectsOfParcel } from '../db/queries/projects.ts';
import { redevelopmentOfParcel } from '../db/queries/redevelopment.ts';
import { NotFoundError, UnprocessableError } from '../errors.ts';
import type { AppDeps } from './deps.ts';
import { checkPlatformList } from './known-platforms.ts';
import { bboxParam, IdParam, intParam, listParam, numberParam, optionalText, valid } from './validate.ts';

/** Default and maximum number of features per response. */
export const PARCEL_LIMIT_DEFAULT = 10_000;
export const PARCEL_LIMIT_MAX = 100_000;

/** Query of the parcel list; also used by the exports (server/routes/exports.ts). */
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
});

/** Query of one parcel: the reference date of its idle-land clock (default: the server's reference date). */
export const ParcelDetailQuery = z.object({ refDate: IsoDate.optional() });

/** The whole parcel `id` as GET /api/parcels/:id answers it, with the idle clock on `refDate`; null if unknown. */
export function parcelDetail(db: AppDeps['db'], id: string, refDate: string) {
  const parcel = getParcel(db, id);
  if (!parcel) return null;
  const platform = platformRef(db, parcel.platformId);
  if (!platform) throw new NotFoundError('platform', parcel.platformId);
  return {
    ...parcel,
    townEn: townEnglishNames(db)(parcel.town),
    platform,
    projects: projectsOfParcel(db, id),
    events: parcelEvents(db, id),
    redevelopment: redevelopmentOfParcel(db, id),
    idle: idleLandStatus(parcel, refDate),
    referenceDate: refDate,
  };
}

export const parcelRoutes = ({ db, referenceDate }: AppDeps) =>
  new Hono()
    .get('/', valid('query', ParcelQuery), (c) => {
      const q = c.req.valid('query');
      checkPlatformList(db, q.platform);
      if (q.minAreaMu != null && q.maxAreaMu != null && q.minAreaMu > q.maxAreaMu) {
        throw new UnprocessableError('minAreaMu is greater than maxAreaMu', 'minAreaMu');
      }
      const limit = q.limit ?? PARCEL_LIMIT_DEFAULT;
      const { features, total } = queryParcels(db, {
        bbox: q.bbox,
        platformIds: q.platform,
        states: q.state,
        landUses: q.landUse,
        industries: q.industry,
        minAreaMu: q.minAreaMu,
        maxAreaMu: q.maxAreaMu,
        q: q.q,
        limit,
      });
      return c.json({ type: 'FeatureCollection' as const, features, total, limit });
    })
    .get('/:id', valid('param', IdParam), valid('query', ParcelDetailQuery), (c) => {
      const { id } = c.req.valid('param');
      const detail = parcelDetail(db, id, c.req.valid('query').refDate ?? referenceDate);
      if (!detail) throw new NotFoundError('parcel', id);
      return c.json(detail);
    });
