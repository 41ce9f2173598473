/**
 * Gathers the report and export models (models.ts) from the database and the domain: the
 * writers then only lay them out. Throws NotFoundError for unknown ids.
 */

import { boundaryPoints } from '../../domain/boundary-points.ts';
import { targetProgress } from '../../domain/dashboard/target-progress.ts';
import { INDUSTRIES } from '../../domain/enums.ts';
import { fourSides } from '../../domain/four-sides.ts';
import { parcelRecordAt } from '../../domain/history/parcel-record-at.ts';
import { checkLandUseFit } from '../../domain/land-use-fit.ts';
import { parcelSupervision } from '../../domain/parcel-supervision.ts';
import type { RedevelopmentSite } from '../../domain/schemas.ts';
import { watchlist } from '../dashboard/watchlist.ts';
import { readGrantRecords } from '../db/queries/grant-records.ts';
import { currentDataVersion } from '../db/queries/meta.ts';
import { getParcel, type ParcelFilter, parcelEvents, queryParcels } from '../db/queries/parcels.ts';
import { listPlatforms } from '../db/queries/platforms.ts';
import { listProjects, projectsOfParcel } from '../db/queries/projects.ts';
import { listRedevelopment, redevelopmentOfParcel } from '../db/queries/redevelopment.ts';
import { platformNames, roadsNear } from '../db/queries/reports.ts';
import { listTargets, listTechUpgrades } from '../db/queries/targets.ts';
import { NotFoundError } from '../errors.ts';
import { PARCEL_LIMIT_MAX } from '../read-models/parcel-list.ts';
import { idsInArea } from '../read-models/parcel-table.ts';
import { parcelsAsOf, projectsAsOf, standingOn } from '../read-models/parcels-as-of.ts';
import type { ReadDeps } from '../routes/deps.ts';
import { idleSummary } from './idle-summary.ts';
import { boxOf, growBox } from './map-drawing.ts';
import type {
  ParcelDossierModel,
  ParcelListModel,
  ParcelRow,
  PlatformReportModel,
  RedevelopmentTarget,
  ReportProvenance,
} from './models.ts';
import type { PlatformBalanceSection } from './platform-balance-model.ts';
import { TARGET_METRIC_ZH, TARGET_UNIT_ZH } from './target-labels.ts';

// The dossier map shows ~4 parcel widths; neighbours and roads are fetched from a wider box because the
// frame's aspect ratio uncovers more on one axis.
const NEIGHBOUR_BOX_FACTOR = 9;
const MAX_NEIGHBOURS = 400;

function provenance(deps: ReadDeps): ReportProvenance {
  const { dataset, clock } = deps;
  return {
    asOf: dataset.asOf,
    dataVersion: currentDataVersion(deps.db),
    generatedAt: clock().toISOString(),
    illustrativeGeometry: dataset.illustrativeGeometry,
  };
}

/** Everything the dossier of parcel `id` shows, with the idle-land clock on `refDate` (default the server's). */
export function gatherDossier(deps: ReadDeps, id: string, refDate?: string): ParcelDossierModel {
  const { db } = deps;
  const referenceDate = refDate ?? deps.referenceDate;
  const parcel = getParcel(db, id);
  const records = readGrantRecords(db, id);
  if (!parcel || !records) throw new NotFoundError('parcel', id);
  const supervision = parcelSupervision(parcel, records, referenceDate);
  const platform = listPlatforms(db, parcel.platformId)[0];
  const box = growBox(boxOf([parcel.geometry]), NEIGHBOUR_BOX_FACTOR);
  const { geometry, bbox: _bbox, ...attributes } = parcel;
  const neighbours = queryParcels(db, { bbox: box, limit: MAX_NEIGHBOURS }).features.map((f) => ({
    code: f.properties.code,
    state: f.properties.state,
    geometry: f.geometry,
  }));
  const redevelopment = redevelopmentOfParcel(db, id);
  const roads = roadsNear(db, box);
  return {
    ...provenance(deps),
    parcel: attributes,
    geometry,
    platform: {
      id: parcel.platformId,
      nameZh: platform?.nameZh ?? parcel.platformId,
      boundary: platform?.geometry ?? null,
    },
    projects: projectsOfParcel(db, id).map((p) => ({ ...p, landUseFit: checkLandUseFit(p, parcel.landUse) })),
    events: parcelEvents(db, id),
    redevelopment: redevelopment ? [redevelopment] : [],
    idle: idleSummary(supervision, referenceDate),
    supervision,
    boundaryPoints: boundaryPoints(geometry),
    fourSides: fourSides(
      geometry,
      neighbours.filter((n) => n.code !== parcel.code),
      roads,
    ),
    neighbours,
    roads,
  };
}

/**
 * Full rows (attributes, geometry, platform name, projects) of the parcels with `ids`, in that order. With
 * `asOf`, each as the ledger of that day had it (domain parcelRecordAt) with the projects in the ledger then, at
 * their stage then; a parcel that did not stand that day is left out.
 */
function parcelRows(
  deps: ReadDeps,
  ids: readonly string[],
  names: Record<string, string>,
  asOf: string | null,
): ParcelRow[] {
  const all = listProjects(deps.db);
  const projects = asOf ? projectsAsOf(all, asOf) : all;
  const byParcel = new Map<string, typeof projects>();
  for (const p of projects)
    for (const pid of p.parcelIds) byParcel.set(pid, [...(byParcel.get(pid) ?? []), p]);
  const standing = asOf ? standingOn(deps.db, asOf) : null;
  return ids.flatMap((id) => {
    const full = getParcel(deps.db, id);
    if (!full) return [];
    const { geometry, bbox: _bbox, ...current } = full;
    const parcel = standing && asOf ? parcelRecordAt(current, standing(id), asOf) : current;
    if (!parcel) return [];
    return [
      {
        parcel,
        geometry,
        platformNameZh: names[parcel.platformId] ?? parcel.platformId,
        projects: byParcel.get(id) ?? [],
      },
    ];
  });
}

/** Most idle-land rows the platform report lists (the most urgent; its totals cover every row). */
const IDLE_ROWS_MAX = 1_000;

/** The platform's 三旧改造面积 targets with its sites' completed and total area of each target year (㎡). */
function redevelopmentTargets(
  db: ReadDeps['db'],
  id: string,
  sites: readonly RedevelopmentSite[],
): RedevelopmentTarget[] {
  // The same sums as the dashboard's target progress (domain/dashboard/target-progress.ts, redevelopment_area).
  return listTargets(db, { scopes: [id], metrics: ['redevelopment_area'] }).map((t) => {
    const ofYear = sites.filter((s) => s.targetYear === t.year);
    return {
      year: t.year,
      targetM2: t.value,
      completedM2: ofYear.reduce((a, s) => a + s.completedAreaM2, 0),
      plannedM2: ofYear.reduce((a, s) => a + s.areaM2, 0),
      siteCount: ofYear.length,
    };
  });
}

/**
 * Everything the report of platform `id` shows; `landBalance` is its 用地缺口 section, computed by the caller
 * with the land-balance service (the worker cannot reach the service's pool and cache).
 */
export function gatherPlatformReport(
  deps: ReadDeps,
  id: string,
  landBalance: PlatformBalanceSection,
): PlatformReportModel {
  const { db, referenceDate } = deps;
  const platform = listPlatforms(db, id)[0];
  if (!platform) throw new NotFoundError('platform', id);
  const names = platformNames(db);
  const ids = queryParcels(db, { platformIds: [id], limit: PARCEL_LIMIT_MAX }).features.map((f) => f.id);
  const allProjects = listProjects(db);
  const data = {
    projects: allProjects,
    redevelopment: listRedevelopment(db).map((f) => f.properties),
    techUpgrades: listTechUpgrades(db),
  };
  const sites = listRedevelopment(db, { platformIds: [id] })
    .map((f) => f.properties)
    .sort((a, b) => a.code.localeCompare(b.code));
  // The watch list GET /api/idle-land?platform=&refDate= lists, on the report's reference date.
  const idle = watchlist(db, referenceDate, id, IDLE_ROWS_MAX);
  const targets = listTargets(db, { scopes: [id] }).map((t) => {
    const p = targetProgress(t, data, referenceDate);
    return {
      labelZh: `${t.year}年 ${TARGET_METRIC_ZH[t.metric]}`,
      unitZh: TARGET_UNIT_ZH[t.unit],
      target: p.target,
      actual: p.actual,
      // The same secondary figure the dashboard's target card shows (TargetCard: 预期 for output, else 计划).
      planned: p.planned,
      plannedLabelZh: t.metric === 'industrial_output' ? '预期' : '计划',
    };
  });
  const {
    geometry,
    bbox,
    parcels: _p,
    projects: _pr,
    redevelopment: _r,
    areaMu: _a,
    ...attributes
  } = platform;
  return {
    ...provenance(deps),
    platform: attributes,
    boundary: geometry,
    rows: parcelRows(deps, ids, names, null),
    projects: listProjects(db, { platformIds: [id] }),
    targets,
    // The API's own tally (listPlatforms), so the PDF and /api/platforms/:id cannot disagree.
    byIndustry: INDUSTRIES.flatMap((key) => {
      const t = platform.projects.byIndustry[key];
      return t ? [{ key, count: t.count, investmentWan: t.investmentWan }] : [];
    }),
    roads: roadsNear(db, bbox),
    landBalance,
    idle: { rows: idle.rows, total: idle.total, summary: idle.summary },
    redevelopmentSites: sites,
    redevelopmentTargets: redevelopmentTargets(db, id, sites),
  };
}

/**
 * The parcels `filter` selects (all of them, ordered by code) with their projects; `zoneNameZh` titles the list.
 * `asOf` (ISO, null = today's ledger): the parcels that stood that day, the state filter applied to their state
 * then (read-models/parcels-as-of.ts), each row as the ledger of that day had it.
 */
export function gatherParcelList(
  deps: ReadDeps,
  filter: ParcelFilter,
  filterLabelZh: string,
  zoneNameZh: string,
  asOf: string | null = null,
): ParcelListModel {
  const names = platformNames(deps.db);
  const rows = parcelRows(deps, selectedIds(deps, filter, asOf), names, asOf);
  // Distinct projects: one project may hold several of the listed parcels.
  const byId = new Map(rows.flatMap((r) => r.projects).map((p) => [p.id, p]));
  const projects = [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  return {
    filterLabelZh,
    zoneNameZh,
    asOf: asOf ?? deps.dataset.asOf,
    generatedAt: deps.clock().toISOString(),
    rows,
    projects,
    platformNames: names,
  };
}

/** Ids of the parcels `filter` selects, in code order; with `asOf`, among those that stood that day. */
function selectedIds(deps: ReadDeps, filter: ParcelFilter, asOf: string | null): string[] {
  if (!asOf) {
    // A drawn query area (the attribute table's selection) is tested exactly by the table's own read model.
    return filter.area
      ? idsInArea(deps.db, filter, filter.area).slice(0, filter.limit)
      : queryParcels(deps.db, filter).features.map((f) => f.id);
  }
  const { area, ...rest } = filter;
  const standing = parcelsAsOf(deps.db, rest, asOf).features.map((f) => f.id);
  if (!area) return standing;
  const inArea = new Set(idsInArea(deps.db, { ...rest, states: undefined, existedOn: asOf }, area));
  return standing.filter((id) => inArea.has(id)).slice(0, filter.limit);
}
