/**
 * Land balance (用地缺口) and matching:
 * - GET /api/land-balance — supply, demand and shortfall tables (亩 and ㎡ apart);
 * - GET /api/land-balance/matches — the pipeline with assignments, ranked candidates and reasons;
 * - GET /api/land-balance/matches.xlsx — the same matching as a workbook (sheet 说明 with the policy and
 *   options first; 配地, 未配地, 平台缺口, 产业缺口), same query;
 * - GET /api/projects/:id/candidates — one project's ranked candidate sites, assignment or reason, and their
 *   parcels (or 三旧 sites) as GeoJSON features for the map; 422 `not_in_pipeline` for a project with no open
 *   demand, status `excluded` when the filters or the horizon leave it out of the run.
 * Query (all optional): `platform` (platform id), `industry`, `horizon` (ISO, ≥ refDate), `refDate` (ISO,
 * default the server's reference date), `includeReserve` and `includeRedevelopment` (true/false/1/0, default
 * false: the default is the land in hand, ready or listed now, which is what the shortage is measured
 * against; the toggles add later supply), `slack` (0–2, default 0.3: a site may exceed the demand by 30 %) —
 * `keepTarget` (true/false/1/0, default false: projects only on their target platform, a hard constraint),
 * `policy` (`area_first` default: as much demand placed as possible, platform preference last; `target_first`:
 * demand placed on each project's own target platform first) — defaults and limits from
 * domain/land-balance/option-defaults.ts. The candidates answer also carries `tradeOff`: when the project did
 * not get its best-ranked site, who got it and what giving it would cost (one more exact solve).
 */

import { Hono } from 'hono';
import { computeDemand, isPipelineProject, tradeOffReason } from '../../domain/land-balance/index.ts';
import { parcelGeometries } from '../db/queries/dashboard.ts';
import { redevelopmentGeometries } from '../db/queries/land-balance.ts';
import { getProject } from '../db/queries/projects.ts';
import { readSettings } from '../db/queries/settings.ts';
import { ApiError, NotFoundError } from '../errors.ts';
import { jsonText } from '../http/json-text.ts';
import { LandBalanceQuery, toOptions } from '../land-balance/query.ts';
import { landBalanceService } from '../land-balance/service.ts';
import { balanceView, candidateFeatures, echoOptions, type MatchesView } from '../land-balance/view.ts';
import { balanceWorkbookRows } from '../land-balance/workbook-rows.ts';
import { contentDisposition, fileName } from '../reports/filename.ts';
import { landBalanceXlsx } from '../reports/land-balance-xlsx.ts';
import { zoneSlug } from '../reports/zone-name.ts';
import type { AppDeps } from './deps.ts';
import { IdParam, valid } from './validate.ts';

export const landBalanceRoutes = (deps: AppDeps) => {
  const service = landBalanceService(deps.db, deps.dataset.dataVersion, deps.jobs);
  const platformIds = () => service.platformIds();
  return new Hono()
    .get('/', valid('query', LandBalanceQuery), (c) => {
      const o = toOptions(c.req.valid('query'), deps, platformIds());
      return c.json(balanceView(service.balanceBase(), service.balance(o), o));
    })
    .get('/matches', valid('query', LandBalanceQuery), async (c) => {
      const o = toOptions(c.req.valid('query'), deps, platformIds());
      return jsonText<MatchesView>(c, await service.matchesJson(o, c.req.raw.signal));
    })
    .get('/matches.xlsx', valid('query', LandBalanceQuery), async (c) => {
      const o = toOptions(c.req.valid('query'), deps, platformIds());
      const matches = JSON.parse(await service.matchesJson(o, c.req.raw.signal)) as MatchesView;
      const { nameZh, nameEn } = readSettings(deps.db);
      const bytes = await landBalanceXlsx({
        ...balanceWorkbookRows(service.balanceBase(), service.balance(o)),
        matches,
        asOf: deps.dataset.asOf,
        generatedAt: deps.clock().toISOString(),
        zoneNameZh: nameZh,
      });
      const name = fileName([`${nameZh}用地缺口配地`, o.policy, deps.dataset.asOf], 'xlsx');
      return new Response(bytes as Uint8Array<ArrayBuffer>, {
        headers: {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'Content-Disposition': contentDisposition(
            name,
            fileName([`${zoneSlug(nameEn)}-land-balance`, o.policy], 'xlsx'),
          ),
          'Cache-Control': 'no-store',
        },
      });
    });
};

/** GET /api/projects/:id/candidates (mounted under /api/projects). */
export const projectCandidateRoutes = (deps: AppDeps) => {
  const service = landBalanceService(deps.db, deps.dataset.dataVersion, deps.jobs);
  return new Hono().get(
    '/:id/candidates',
    valid('param', IdParam),
    valid('query', LandBalanceQuery),
    async (c) => {
      const { id } = c.req.valid('param');
      const project = getProject(deps.db, id);
      if (!project) throw new NotFoundError('project', id);
      if (!isPipelineProject(project)) {
        // Only open demand is matched: a project that holds land, is terminated or still a lead has none.
        throw new ApiError(
          422,
          'not_in_pipeline',
          `project ${id} is not in the land pipeline (stage ${project.stage}, ${project.parcelIds.length} parcel(s) held)`,
        );
      }
      const o = toOptions(c.req.valid('query'), deps, service.platformIds());
      const view = JSON.parse(await service.matchesJson(o, c.req.raw.signal)) as MatchesView;
      const row = view.projects.find((r) => r.projectId === id) ?? null;
      // The filters or the horizon may leave the project out of this matching run.
      const excluded = row
        ? null
        : (computeDemand(service.balanceBase().projects, o).excluded.find((e) => e.projectId === id)
            ?.reason ?? null);
      const candidates = view.candidates[id] ?? [];
      const assignment = row?.assignment ?? null;
      const t = row ? await service.tradeOff(o, id, c.req.raw.signal) : null;
      const codes = (ids: string[], siteId: string) =>
        ids.map((x) => service.inputs(o).parcelCodes.get(x) ?? x).join(' + ') || siteId;
      return c.json({
        options: echoOptions(o),
        platforms: view.platforms,
        projectId: id,
        project: row,
        status: row ? row.status : ('excluded' as const),
        excluded,
        assignment,
        reason: row?.reason ?? null,
        tradeOff: t ? { ...t, reason: tradeOffReason(t, codes(t.parcelIds, t.siteId), project.name) } : null,
        candidates,
        features: candidateFeatures(service.inputs(o), candidates, assignment, (parcelIds, redevIds) => {
          const m = parcelGeometries(deps.db, parcelIds);
          for (const [k, g] of redevelopmentGeometries(deps.db, redevIds)) m.set(k, g);
          return m;
        }),
      });
    },
  );
};
