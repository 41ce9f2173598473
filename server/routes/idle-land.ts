/**
 * GET /api/idle-land?refDate=&platform=&limit= — the idle-land watch list (闲置土地, domain/dashboard/idle-land.ts):
 * granted parcels whose contract clock needs attention, most urgent first, with days left or overdue, delivery
 * (交地逾期 by the government is flagged, never charged), the 20% fee as exposure or owed (万元), the idle and
 * reclaim dates, the procedure status, the projects on the parcel and its bbox. No geometry: the map draws the
 * listed parcels from the parcel tiles by id, and marks each at its bbox centre. The database pre-selects
 * candidates (domain `watchlistCandidates`); the domain's clock decides. At most `limit` rows (default 200, so
 * the answer stays under 200 kB at any cadastre size; max 10,000) are listed — `total`, `limit` and `truncated`
 * say when there are more;
 * `summary` always covers every row. `approvedUnsupplied` lists the 批而未供 land (approved, not supplied) on its
 * own, oldest approval first, with its readiness and bbox (also at most `limit` rows, its summary covering all).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import {
  type ApprovedUnsuppliedRow,
  type ApprovedUnsuppliedSummary,
  approvedUnsupplied,
  summarizeApprovedUnsupplied,
} from '../../domain/dashboard/approved-unsupplied.ts';
import type { IdleLandRow, IdleLandSummary } from '../../domain/dashboard/idle-land.ts';
import { watchlist } from '../dashboard/watchlist.ts';
import { approvedUnsuppliedCandidates, platformIds } from '../db/queries/dashboard.ts';
import { projectNames } from '../db/queries/projects.ts';
import { checkPlatforms } from '../read-models/known-platforms.ts';
import type { BBox } from '../seed/dataset.ts';
import type { AppDeps } from './deps.ts';
import { DashboardQuery } from './queries.ts';
import { intParam, valid } from './validate.ts';

/** Default and largest number of listed rows. */
export const IDLE_LAND_LIMIT_DEFAULT = 200;
export const IDLE_LAND_LIMIT_MAX = 10_000;

const IdleLandQuery = DashboardQuery.extend({
  limit: intParam.pipe(z.number().int().min(1).max(IDLE_LAND_LIMIT_MAX)).optional(),
});

/** One listed row: the clock, its bbox (lon/lat) and the projects on the parcel. */
type IdleLandItem = IdleLandRow & {
  bbox: BBox | null;
  projects: { id: string; name: string; enterprise: string }[];
};

/** The answer: listed rows, their count and totals, and the 批而未供 list. */
type IdleLandAnswer = {
  items: IdleLandItem[];
  refDate: string;
  platformId: string | null;
  total: number;
  limit: number;
  truncated: boolean;
  summary: IdleLandSummary;
  approvedUnsupplied: {
    items: (ApprovedUnsuppliedRow & { bbox: BBox | null })[];
    total: number;
    limit: number;
    truncated: boolean;
    summary: ApprovedUnsuppliedSummary;
  };
};

export const idleLandRoutes = ({ db, referenceDate }: AppDeps) =>
  new Hono().get('/', valid('query', IdleLandQuery), (c) => {
    const q = c.req.valid('query');
    checkPlatforms(platformIds(db), q.platform ? [q.platform] : []);
    const platformId = q.platform ?? null;
    const refDate = q.refDate ?? referenceDate;
    const limit = q.limit ?? IDLE_LAND_LIMIT_DEFAULT;
    const { bbox, rows: listed, total, summary } = watchlist(db, refDate, platformId, limit);
    const projects = projectNames(
      db,
      listed.flatMap((r) => r.projectIds),
    );
    const approved = approvedUnsuppliedCandidates(db, platformId);
    const boxes = new Map(approved.map((p) => [p.id, p.bbox]));
    const unsupplied = approvedUnsupplied(approved, refDate);
    return c.json({
      items: listed.map((r) => ({
        ...r,
        bbox: bbox.get(r.parcelId) ?? null,
        projects: r.projectIds.flatMap((id) => projects.get(id) ?? []),
      })),
      refDate,
      platformId,
      total,
      limit,
      truncated: total > limit,
      summary,
      approvedUnsupplied: {
        items: unsupplied.slice(0, limit).map((r) => ({ ...r, bbox: boxes.get(r.parcelId) ?? null })),
        total: unsupplied.length,
        limit,
        truncated: unsupplied.length > limit,
        summary: summarizeApprovedUnsupplied(unsupplied),
      },
    } satisfies IdleLandAnswer);
  });
