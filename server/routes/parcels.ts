/**
 * GET /api/parcels — filtered parcels as a GeoJSON FeatureCollection (light properties) with the total, the
 * limit and `truncated` when the list was cut at the limit; geometry is sent as stored, not re-serialised;
 * GET /api/parcels/:id?refDate= — the whole parcel: attributes, geometry, projects, history, redevelopment, and
 * the idle clock on `refDate` (ISO; default the server's reference date, as the 闲置预警 list does).
 * `asOf=YYYY-MM-DD` on either gives the ledger as it stood that day (read-models/parcels-as-of.ts).
 */
import { Hono } from 'hono';
import { type ParcelCollection, parcelCollectionJson } from '../db/queries/parcels.ts';
import { NotFoundError } from '../errors.ts';
import { jsonText } from '../http/json-text.ts';
import { setEtag } from '../http/preconditions.ts';
import { parcelDetail } from '../read-models/parcel-detail.ts';
import { PARCEL_LIMIT_DEFAULT, parcelFilter } from '../read-models/parcel-list.ts';
import { parcelsAsOf, standingOn } from '../read-models/parcels-as-of.ts';
import type { AppDeps } from './deps.ts';
import { ParcelDetailQuery, ParcelQuery } from './queries.ts';
import { IdParam, valid } from './validate.ts';

export const parcelRoutes = ({ db, referenceDate }: AppDeps) =>
  new Hono()
    .get('/', valid('query', ParcelQuery), (c) => {
      const q = c.req.valid('query');
      const filter = parcelFilter(db, q, PARCEL_LIMIT_DEFAULT);
      if (!q.asOf) return jsonText<ParcelCollection>(c, parcelCollectionJson(db, filter));
      const { features, total } = parcelsAsOf(db, filter, q.asOf);
      const body: ParcelCollection = {
        type: 'FeatureCollection',
        features,
        total,
        limit: filter.limit,
        truncated: total > features.length,
      };
      return c.json(body);
    })
    .get('/:id', valid('param', IdParam), valid('query', ParcelDetailQuery), (c) => {
      const { id } = c.req.valid('param');
      const { refDate, asOf } = c.req.valid('query');
      const detail = parcelDetail(db, id, refDate ?? referenceDate);
      if (!detail) throw new NotFoundError('parcel', id);
      if (asOf) {
        // How it stood on that day: whether it existed, and its state then (split/merge aware).
        setEtag(c, detail.version);
        return c.json({ ...detail, asOf: { date: asOf, ...standingOn(db, asOf)(id) } });
      }
      // The version is the ETag a write sends back as If-Match (PATCH, split, …).
      setEtag(c, detail.version);
      return c.json(detail);
    });
