/**
 * GET /api/parcels/summary?platform=&state=&landUse=&industry=&minAreaMu=&maxAreaMu=&by=&asOf= — the count,
 * area (亩) and lon/lat extent of the parcels matching the map's filters (the same parameters and checks as
 * GET /api/parcels), with `by=state|landUse|industry|platform` also per class. No geometry: the map draws the
 * parcels from vector tiles; this answers the result count and the legend. `{ total, totalMu, groups, bbox }`.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { SUMMARY_GROUPS } from '../db/queries/parcel-summary.ts';
import { parcelFilter } from '../read-models/parcel-list.ts';
import { summarizeParcels } from '../read-models/parcel-summary.ts';
import type { AppDeps } from './deps.ts';
import { ParcelQuery } from './queries.ts';
import { valid } from './validate.ts';

const SummaryQuery = ParcelQuery.omit({ bbox: true, q: true, limit: true }).extend({
  by: z.enum(SUMMARY_GROUPS).optional(),
});

export const parcelSummaryRoutes = ({ db }: AppDeps) =>
  new Hono().get('/', valid('query', SummaryQuery), (c) => {
    const { by, asOf, ...q } = c.req.valid('query');
    // The limit of the list does not apply: every matching parcel is counted.
    const filter = parcelFilter(db, q, Number.MAX_SAFE_INTEGER);
    return c.json(summarizeParcels(db, filter, by, asOf));
  });
