/**
 * Writes of projects from the app (POST /api/projects, PATCH /api/projects/:id, PUT …/parcels, DELETE): the whole
 * row as it stands after the edit, the parcel links, and the id of a new project. Call inside a transaction.
 */
import type { Database } from 'better-sqlite3';
import type { Industry, Origin, ProjectStage } from '../../../domain/enums.ts';
import type { ProjectDates } from '../../../domain/schemas.ts';

/** Every stored field of a project (money 万元, land 亩, floor ㎡, dates ISO). */
export type ProjectFields = {
  name: string;
  enterprise: string;
  industry: Industry;
  origin: Origin;
  investmentWan: number;
  fixedInvestmentWan: number | null;
  landDemandMu: number | null;
  floorDemandM2: number | null;
  stage: ProjectStage;
  targetPlatformId: string | null;
  rdOriented: boolean;
  neededBy: string | null;
  annualOutputWan: number | null;
  keyDates: ProjectDates;
  expansionOf: string | null;
  approvedDocNo: string | null;
  signedDocNo: string | null;
  terminatedOn: string | null;
};

const values = (p: ProjectFields) => [
  p.name,
  p.enterprise,
  p.industry,
  p.origin,
  p.investmentWan,
  p.fixedInvestmentWan,
  p.landDemandMu,
  p.floorDemandM2,
  p.stage,
  p.targetPlatformId,
  p.rdOriented ? 1 : 0,
  p.neededBy,
  p.annualOutputWan,
  JSON.stringify(p.keyDates),
  p.expansionOf,
  p.approvedDocNo,
  p.signedDocNo,
  p.terminatedOn,
];

const COLUMNS = `name, enterprise, industry, origin, investment_wan, fixed_investment_wan, land_demand_mu,
  floor_demand_m2, stage, target_platform_id, rd_oriented, needed_by, annual_output_wan, key_dates, expansion_of,
  approved_doc_no, signed_doc_no, terminated_on`;

/** The id for a new project: `prj-` and the next number after the highest `prj-<digits>` id (4 digits at least). */
export function nextProjectId(db: Database): string {
  const max = Number(
    db
      .prepare(
        `SELECT coalesce(max(CAST(substr(id, 5) AS INTEGER)), 0) FROM projects
         WHERE id GLOB 'prj-[0-9]*' AND substr(id, 5) NOT GLOB '*[^0-9]*'`,
      )
      .pluck()
      .get(),
  );
  return `prj-${String(max + 1).padStart(4, '0')}`;
}

/** Inserts a new project at version 1, entered on `createdOn`. */
export function insertProject(db: Database, id: string, p: ProjectFields, createdOn: string): void {
  db.prepare(
    `INSERT INTO projects (id, ${COLUMNS}, created_on, version)
     VALUES (?, ${Array.from({ length: 18 }, () => '?').join(', ')}, ?, 1)`,
  ).run(id, ...values(p), createdOn);
}

/** Rewrites a project's fields and bumps its version; throws when it is no longer at `version`. */
export function updateProject(db: Database, id: string, version: number, p: ProjectFields): void {
  const set = COLUMNS.split(',')
    .map((c) => `${c.trim()} = ?`)
    .join(', ');
  const { changes } = db
    .prepare(`UPDATE projects SET ${set}, version = version + 1 WHERE id = ? AND version = ?`)
    .run(...values(p), id, version);
  if (changes !== 1) throw new Error(`project ${id} is no longer at version ${version}`);
}

/** Bumps a project's version without other change (its parcel links changed); throws when stale. */
export function bumpProjectVersion(db: Database, id: string, version: number): void {
  const { changes } = db
    .prepare('UPDATE projects SET version = version + 1 WHERE id = ? AND version = ?')
    .run(id, version);
  if (changes !== 1) throw new Error(`project ${id} is no longer at version ${version}`);
}

/** Links and unlinks parcels of a project (current parcels only; links of retired parcels stay as history). */
export function relinkProjectParcels(
  db: Database,
  projectId: string,
  add: readonly string[],
  remove: readonly string[],
): void {
  const ins = db.prepare('INSERT INTO parcel_projects (parcel_id, project_id) VALUES (?, ?)');
  const del = db.prepare('DELETE FROM parcel_projects WHERE parcel_id = ? AND project_id = ?');
  for (const p of add) ins.run(p, projectId);
  for (const p of remove) del.run(p, projectId);
}

/** Bumps the versions of parcels whose project links changed (their ETag covers `projectIds`). */
export function bumpParcelVersions(db: Database, ids: readonly string[]): void {
  const up = db.prepare('UPDATE parcels SET version = version + 1 WHERE id = ?');
  for (const id of ids) up.run(id);
}

/** Current parcels `ids` that exist, with their platform and version. */
export function currentParcelsByIds(
  db: Database,
  ids: readonly string[],
): { id: string; platformId: string; version: number; retiredOn: string | null }[] {
  if (!ids.length) return [];
  return db
    .prepare(
      `SELECT id, platform_id AS platformId, version, retired_on AS retiredOn FROM parcels
       WHERE id IN (${ids.map(() => '?').join(', ')})`,
    )
    .all(...ids) as { id: string; platformId: string; version: number; retiredOn: string | null }[];
}

/** Deletes a project that has no parcel links (a mistaken draft); throws when stale. */
export function deleteProject(db: Database, id: string, version: number): void {
  const { changes } = db.prepare('DELETE FROM projects WHERE id = ? AND version = ?').run(id, version);
  if (changes !== 1) throw new Error(`project ${id} is no longer at version ${version}`);
}

/** Number of parcel links of a project, current or retired parcels. */
export const projectLinkCount = (db: Database, id: string): number =>
  Number(db.prepare('SELECT count(*) FROM parcel_projects WHERE project_id = ?').pluck().get(id));
