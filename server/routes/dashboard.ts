/**
 * GET /api/dashboard?platform=&refDate= — the overview (概览): every target with its progress and the inputs
 * it was computed from, the signed/landed standing of each platform with a target, the chart series
 * (following `platform`), the 三旧 tracker (rows with a bbox to zoom to), the idle-land totals and the 批而未供
 * totals (approved land not supplied, flagged after two years).
 * `refDate` (ISO) defaults to the server's reference date (REFERENCE_DATE, else the dataset's as-of date).
 * `asOf` (ISO) computes the land totals and the project standing from the ledger as it stood that day.
 */
import { Hono } from 'hono';
import {
  approvedUnsupplied,
  summarizeApprovedUnsupplied,
} from '../../domain/dashboard/approved-unsupplied.ts';
import { buildDashboard } from '../../domain/dashboard/dashboard.ts';
import { watchlist } from '../dashboard/watchlist.ts';
import {
  approvedUnsuppliedCandidates,
  landStateTotalsOf,
  platformIds,
  redevelopmentBoxes,
} from '../db/queries/dashboard.ts';
import { listProjects } from '../db/queries/projects.ts';
import { listRedevelopment } from '../db/queries/redevelopment.ts';
import { listTargets, listTechUpgrades } from '../db/queries/targets.ts';
import { checkPlatforms } from '../read-models/known-platforms.ts';
import { landTotalsAsOf, projectsAsOf } from '../read-models/parcels-as-of.ts';
import type { AppDeps } from './deps.ts';
import { DashboardQuery } from './queries.ts';
import { valid } from './validate.ts';

export const dashboardRoutes = ({ db, referenceDate, dataset }: AppDeps) =>
  new Hono().get('/', valid('query', DashboardQuery), (c) => {
    const q = c.req.valid('query');
    const ids = platformIds(db);
    checkPlatforms(ids, q.platform ? [q.platform] : []);
    const platformId = q.platform ?? null;
    const refDate = q.refDate ?? referenceDate;
    const d = buildDashboard(
      {
        targets: listTargets(db),
        projects: q.asOf ? projectsAsOf(listProjects(db), q.asOf) : listProjects(db),
        landTotals: q.asOf ? landTotalsAsOf(db, q.asOf) : landStateTotalsOf(db),
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
      ledgerAsOf: q.asOf ?? null,
      asOf: dataset.asOf,
      redevelopment: d.redevelopment.map((t) => ({
        ...t,
        rows: t.rows.map((r) => ({ ...r, bbox: boxes.get(r.siteId) ?? null })),
      })),
      idleLand: watchlist(db, refDate, platformId).summary,
      approvedUnsupplied: summarizeApprovedUnsupplied(
        approvedUnsupplied(approvedUnsuppliedCandidates(db, platformId), refDate),
      ),
    });
  });
