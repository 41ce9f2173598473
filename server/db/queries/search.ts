/**
 * Search across parcel codes, project names and enterprises (substring, Latin case-insensitive). The parcel
 * hits also include the parcels held by matching projects or enterprises.
 */
import type { Database } from 'better-sqlite3';
import {
  INDUSTRIES,
  type Industry,
  LAND_STATES,
  type LandState,
  PROJECT_STAGES,
  type ProjectStage,
} from '../../../domain/enums.ts';
import { enumColumn } from './columns.ts';

/** A parcel hit. */
export type ParcelHit = { id: string; code: string; platformId: string; state: LandState; areaMu: number };
/** A project hit. */
export type ProjectHit = {
  id: string;
  name: string;
  enterprise: string;
  industry: Industry;
  stage: ProjectStage;
  targetPlatformId: string | null;
};
/** An enterprise hit with its projects and the parcels they hold. */
export type EnterpriseHit = { enterprise: string; projectIds: string[]; parcelIds: string[] };

/**
 * Everything matching `q`; each list is ordered with prefix matches first and cut at `limit`. `parcels` lists
 * each parcel once: code matches first, then parcels held by a project whose name or enterprise matches.
 */
export function search(
  db: Database,
  q: string,
  limit: number,
): { parcels: ParcelHit[]; projects: ProjectHit[]; enterprises: EnterpriseHit[] } {
  const parcels = (
    db
      .prepare(
        // Parcels whose code matches come first (prefix matches before the rest), then the parcels held by a
        // project whose name or enterprise matches — a planner typing 佰维 wants to see its land too.
        `SELECT id, code, platform_id, state, area_mu,
           CASE instr(lower(code), lower(@q)) WHEN 0 THEN 2 WHEN 1 THEN 0 ELSE 1 END AS rank
         FROM parcels p
         WHERE instr(lower(code), lower(@q)) > 0
            OR EXISTS (SELECT 1 FROM parcel_projects pp JOIN projects pr ON pr.id = pp.project_id
                       WHERE pp.parcel_id = p.id
                         AND (instr(lower(pr.name), lower(@q)) > 0 OR instr(lower(pr.enterprise), lower(@q)) > 0))
         ORDER BY rank, code LIMIT @limit`,
      )
      .all({ q, limit }) as {
      id: string;
      code: string;
      platform_id: string;
      state: string;
      area_mu: number;
    }[]
  ).map((r) => ({
    id: r.id,
    code: r.code,
    platformId: r.platform_id,
    state: enumColumn(LAND_STATES, 'parcels.state', r.state),
    areaMu: r.area_mu,
  }));
  const projects = (
    db
      .prepare(
        `SELECT id, name, enterprise, industry, stage, target_platform_id FROM projects
         WHERE instr(lower(name), lower(@q)) > 0 OR instr(lower(enterprise), lower(@q)) > 0
         ORDER BY instr(lower(name), lower(@q)) NOT IN (1), name LIMIT @limit`,
      )
      .all({ q, limit }) as {
      id: string;
      name: string;
      enterprise: string;
      industry: string;
      stage: string;
      target_platform_id: string | null;
    }[]
  ).map((r) => ({
    id: r.id,
    name: r.name,
    enterprise: r.enterprise,
    industry: enumColumn(INDUSTRIES, 'projects.industry', r.industry),
    stage: enumColumn(PROJECT_STAGES, 'projects.stage', r.stage),
    targetPlatformId: r.target_platform_id,
  }));
  const enterprises = (
    db
      .prepare(
        `SELECT pr.enterprise,
           (SELECT group_concat(id, char(31)) FROM (SELECT id FROM projects WHERE enterprise = pr.enterprise ORDER BY id)) AS project_ids,
           (SELECT group_concat(parcel_id, char(31)) FROM (SELECT DISTINCT pp.parcel_id FROM parcel_projects pp
              JOIN projects x ON x.id = pp.project_id WHERE x.enterprise = pr.enterprise ORDER BY pp.parcel_id)) AS parcel_ids
         FROM projects pr WHERE instr(lower(pr.enterprise), lower(@q)) > 0
         GROUP BY pr.enterprise ORDER BY instr(lower(pr.enterprise), lower(@q)) NOT IN (1), pr.enterprise LIMIT @limit`,
      )
      .all({ q, limit }) as { enterprise: string; project_ids: string | null; parcel_ids: string | null }[]
  ).map((r) => ({
    enterprise: r.enterprise,
    projectIds: r.project_ids ? r.project_ids.split('\u001f') : [],
    parcelIds: r.parcel_ids ? r.parcel_ids.split('\u001f') : [],
  }));
  return { parcels, projects, enterprises };
}
