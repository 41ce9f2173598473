/**
 * GET /api/idle-land?refDate=&platform= — the idle-land clock (闲置土地): transferred parcels not yet started
 * whose agreed construction start has passed or is within 180 days, most urgent first, with days left or
 * overdue, the 20% fee (万元), the idle and reclaim dates, the projects on the parcel, its bbox and geometry (the watch list is short; the map layer draws it).
 */
import { Hono } from 'hono';
import { idleLandWatchlist, summarizeIdleLand } from '../../domain/dashboard/idle-land.ts';
import { dashboardParcels, parcelGeometries, platformIds } from '../db/queries/dashboard.ts';
import { listProjects } from '../db/queries/projects.ts';
import { checkPlatforms } from '../read-models/known-platforms.ts';
import type { AppDeps } from './deps.ts';
import { DashboardQuery } from './queries.ts';
import { valid } from './validate.ts';

export const idleLandRoutes = ({ db, referenceDate }: AppDeps) =>
  new Hono().get('/', valid('query', DashboardQuery), (c) => {
    const q = c.req.valid('query');
    checkPlatforms(platformIds(db), q.platform ? [q.platform] : []);
    const platformId = q.platform ?? null;
    const refDate = q.refDate ?? referenceDate;
    const parcels = dashboardParcels(db);
    const rows = idleLandWatchlist(parcels, refDate, platformId);
    const boxes = new Map(parcels.map((p) => [p.id, p.bbox]));
    const projects = new Map(listProjects(db).map((p) => [p.id, p]));
    const geometries = parcelGeometries(
      db,
      rows.map((r) => r.parcelId),
    );
    const items = rows.map((r) => ({
      ...r,
      bbox: boxes.get(r.parcelId) ?? null,
      geometry: geometries.get(r.parcelId) ?? null,
      projects: r.projectIds.flatMap((id) => {
        const p = projects.get(id);
        return p ? [{ id: p.id, name: p.name, enterprise: p.enterprise }] : [];
      }),
    }));
    return c.json({ refDate, platformId, items, total: items.length, summary: summarizeIdleLand(rows) });
  });
