/**
 * GET /api/dashboard?platform=&refDate= — the overview (概览): every target with its progress and the inputs
 * it was computed from, the signed/landed standing of each platform with a target, the chart series
 * (following `platform`), the 三旧 tracker (rows with a bbox to zoom to) and the idle-land totals.
 * `refDate` (ISO) defaults to the server's reference date (REFERENCE_DATE, else the dataset's as-of date).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { buildDashboard } from '../../domain/dashboard/dashboard.ts';
import { IsoDate } from '../../domain/schemas.ts';
import { watchlist } from '../dashboard/watchlist.ts';
import { landStateTotalsOf, platformIds, redevelopmentBoxes } from '../db/queries/dashboard.ts';
import { listProjects } from '../db/queries/projects.ts';
import { listRedevelopment } from '../db/queries/redevelopment.ts';
import { listTargets, listTechUpgrades } from '../db/queries/targets.ts';
import { InvalidInputError } from '../errors.ts';
import type { AppDeps } from './deps.ts';
import { valid } from './validate.ts';

/** Query of the dashboard and the idle-land list: an optional platform and reference date. */
export const DashboardQuery = z.object({
  platform: z.string().trim().min(1).max(200).optional(),
  refDate: IsoDate.optional(),
});

/** Throws a 400 naming `platform` when it is given but not a platform of the dataset. */
export function checkPlatform(ids: readonly string[], platform: string | undefined): string | null {
  if (platform == null) return null;
  if (!ids.includes(platform))
    throw new InvalidInputError('platform', `platform: unknown platform "${platform}"`);
  return platform;
}

export const dashboardRoutes = ({ db, referenceDate, dataset }: AppDeps) =>
  new Hono().get('/', valid('query', DashboardQuery), (c) => {
    const q = c.req.valid('query');
    const ids = platformIds(db);
    const platformId = checkPlatform(ids, q.platform);
    const refDate = q.refDate ?? referenceDate;
    const d = buildDashboard(
      {
        targets: listTargets(db),
        projects: listProjects(db),
        landTotals: landStateTotalsOf(db),
        redevelopment: listRedevelopment(db).map((f) => f.properties),
        techUpgrades: listTechUpgrades(db),
        platformIds: ids,
      },
      refDate,
      platformId,
    );
    const boxes = redevelopmentBoxes(db);
    return c.json({
      ...d,
      defaultRefDate: referenceDate,
      asOf: dataset.asOf,
      redevelopment: d.redevelopment.map((t) => ({
        ...t,
        rows: t.rows.map((r) => ({ ...r, bbox: boxes.get(r.siteId) ?? null })),
      })),
      idleLand: watchlist(db, refDate, platformId).summary,
    });
  });
