/**
 * Project queries, with the land each project holds and its investment intensity — fixed-asset investment ÷ the
 * land held (万元/亩 and 元/㎡, domain/indicators.ts); null when the fixed-asset investment is not recorded.
 */
import type { Database } from 'better-sqlite3';
import {
  INDUSTRIES,
  type Industry,
  ORIGINS,
  type Origin,
  PROJECT_STAGES,
  type ProjectStage,
} from '../../../domain/enums.ts';
import { intensityYuanPerM2, investmentIntensity } from '../../../domain/indicators.ts';
import { type Project, ProjectDates } from '../../../domain/schemas.ts';
import { enumColumn, jsonColumn } from './columns.ts';

/** Filters of the project list; lists match any of their values. */
export type ProjectFilter = {
  /** Target platform, or a platform where the project holds a parcel. */
  platformIds?: string[];
  stages?: ProjectStage[];
  industries?: Industry[];
  origins?: Origin[];
  /** Substring of the project name or enterprise. */
  q?: string;
};

/**
 * A project with the land it holds: `landAreaMu` (亩, sum of its parcels) and fixed-asset investment ÷ that area
 * in 万元/亩 (`intensityWanPerMu`) and 元/㎡ (`intensityYuanPerM2`).
 */
export type ProjectWithLand = Project & {
  fixedInvestmentWan: number | null;
  expansionOf: string | null;
  /** Optimistic-concurrency version (the ETag). */
  version: number;
  /** 过会 document number and 签约 (投资协议) number; null when not recorded. */
  approvedDocNo: string | null;
  signedDocNo: string | null;
  /** Day the project was entered in the app (null for loaded data) and day talks ended (终止). */
  createdOn: string | null;
  terminatedOn: string | null;
  landAreaMu: number;
  intensityWanPerMu: number | null;
  intensityYuanPerM2: number | null;
};

type ProjectRow = {
  id: string;
  name: string;
  enterprise: string;
  industry: string;
  origin: string;
  investment_wan: number;
  land_demand_mu: number | null;
  floor_demand_m2: number | null;
  stage: string;
  target_platform_id: string | null;
  rd_oriented: number;
  needed_by: string | null;
  annual_output_wan: number | null;
  key_dates: string;
  fixed_investment_wan: number | null;
  expansion_of: string | null;
  version: number;
  approved_doc_no: string | null;
  signed_doc_no: string | null;
  created_on: string | null;
  terminated_on: string | null;
  parcel_ids: string | null;
  land_area_mu: number | null;
};

const SELECT = `SELECT pr.*,
    (SELECT group_concat(parcel_id, char(31)) FROM (SELECT pp.parcel_id FROM parcel_projects pp
      JOIN parcels p ON p.id = pp.parcel_id WHERE pp.project_id = pr.id AND p.retired_on IS NULL
      ORDER BY pp.parcel_id)) AS parcel_ids,
    (SELECT sum(p.area_mu) FROM parcel_projects pp JOIN parcels p ON p.id = pp.parcel_id
      WHERE pp.project_id = pr.id AND p.retired_on IS NULL) AS land_area_mu
  FROM projects pr`;

function toProject(r: ProjectRow): ProjectWithLand {
  const landAreaMu = r.land_area_mu ?? 0;
  const intensity =
    r.fixed_investment_wan == null ? null : investmentIntensity(r.fixed_investment_wan, landAreaMu);
  return {
    id: r.id,
    name: r.name,
    enterprise: r.enterprise,
    industry: enumColumn(INDUSTRIES, 'projects.industry', r.industry),
    origin: enumColumn(ORIGINS, 'projects.origin', r.origin),
    investmentWan: r.investment_wan,
    landDemandMu: r.land_demand_mu,
    floorDemandM2: r.floor_demand_m2,
    stage: enumColumn(PROJECT_STAGES, 'projects.stage', r.stage),
    targetPlatformId: r.target_platform_id,
    rdOriented: r.rd_oriented === 1,
    neededBy: r.needed_by,
    annualOutputWan: r.annual_output_wan,
    keyDates: jsonColumn(ProjectDates, 'projects.key_dates', r.key_dates),
    fixedInvestmentWan: r.fixed_investment_wan,
    expansionOf: r.expansion_of,
    version: r.version,
    approvedDocNo: r.approved_doc_no,
    signedDocNo: r.signed_doc_no,
    createdOn: r.created_on,
    terminatedOn: r.terminated_on,
    // Unit separator (char 31) cannot occur in an id, unlike a comma.
    parcelIds: r.parcel_ids ? r.parcel_ids.split('\u001f') : [],
    landAreaMu,
    intensityWanPerMu: intensity,
    intensityYuanPerM2: intensityYuanPerM2(intensity),
  };
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Projects matching `f`, ordered by name. */
export function listProjects(db: Database, f: ProjectFilter = {}): ProjectWithLand[] {
  const conds: string[] = [];
  const params: string[] = [];
  const inList = (column: string, values: readonly string[] | undefined) => {
    if (!values?.length) return;
    conds.push(`${column} IN (${marks(values.length)})`);
    params.push(...values);
  };
  if (f.platformIds?.length) {
    const m = marks(f.platformIds.length);
    conds.push(`(pr.target_platform_id IN (${m}) OR EXISTS (SELECT 1 FROM parcel_projects pp
      JOIN parcels p ON p.id = pp.parcel_id WHERE pp.project_id = pr.id AND p.retired_on IS NULL AND p.platform_id IN (${m})))`);
    params.push(...f.platformIds, ...f.platformIds);
  }
  inList('pr.stage', f.stages);
  inList('pr.industry', f.industries);
  inList('pr.origin', f.origins);
  if (f.q) {
    conds.push('(instr(lower(pr.name), lower(?)) > 0 OR instr(lower(pr.enterprise), lower(?)) > 0)');
    params.push(f.q, f.q);
  }
  const where = conds.length ? `WHERE ${conds.join(' AND ')}` : '';
  const rows = db.prepare(`${SELECT} ${where} ORDER BY pr.name, pr.id`).all(...params) as ProjectRow[];
  return rows.map(toProject);
}

/** One project by id, or null. */
export function getProject(db: Database, id: string): ProjectWithLand | null {
  const row = db.prepare(`${SELECT} WHERE pr.id = ?`).get(id) as ProjectRow | undefined;
  return row ? toProject(row) : null;
}

/** The projects holding a parcel, ordered by name. */
export function projectsOfParcel(db: Database, parcelId: string): ProjectWithLand[] {
  const rows = db
    .prepare(
      `${SELECT} WHERE pr.id IN (SELECT project_id FROM parcel_projects WHERE parcel_id = ?) ORDER BY pr.name`,
    )
    .all(parcelId) as ProjectRow[];
  return rows.map(toProject);
}

/** Id, name and enterprise of the projects with the given ids (any order), for lists that name them. */
export function projectNames(
  db: Database,
  ids: readonly string[],
): Map<string, { id: string; name: string; enterprise: string }> {
  if (!ids.length) return new Map();
  const rows = db
    .prepare('SELECT id, name, enterprise FROM projects WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify([...new Set(ids)])) as { id: string; name: string; enterprise: string }[];
  return new Map(rows.map((r) => [r.id, r]));
}
