/**
 * Search across parcel codes, project names and enterprises (substring, Latin case-insensitive). The parcel
 * hits also include the parcels held by matching projects or enterprises. Each list is cut at `limit` and says
 * so (`truncated`); nothing reads every parcel:
 * - code prefixes come from a range on the case-insensitive code index, in code order;
 * - other code substrings of ≥ 3 characters come from the trigram index (parcel_code_fts) when they are
 *   rare, or from walking the code index in order when they are common (then the first `limit` hits come
 *   quickly); a 1–2 character query matches code prefixes only (a trigram index cannot look up shorter
 *   strings, and walking a million codes for a rare pair such as 佰维 would take a scan);
 * - projects and enterprises are matched on the projects table (thousands of rows at most).
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

/** Search results; `truncated` says which lists had more than `limit` hits. */
export type SearchResult = {
  parcels: ParcelHit[];
  projects: ProjectHit[];
  enterprises: EnterpriseHit[];
  limit: number;
  truncated: { parcels: boolean; projects: boolean; enterprises: boolean };
};

/** Above this many trigram hits a substring counts as common, and the code index is walked instead. */
const RARE_HITS = 2_000;

type ParcelRow = { id: string; code: string; platform_id: string; state: string; area_mu: number };
const PARCEL_COLUMNS = 'p.id, p.code, p.platform_id, p.state, p.area_mu';

const toHit = (r: ParcelRow): ParcelHit => ({
  id: r.id,
  code: r.code,
  platformId: r.platform_id,
  state: enumColumn(LAND_STATES, 'parcels.state', r.state),
  areaMu: r.area_mu,
});

/** Codes starting with `q` (case-insensitive), in code order, at most `n`. */
function prefixHits(db: Database, q: string, n: number): ParcelRow[] {
  return db
    .prepare(
      `SELECT ${PARCEL_COLUMNS} FROM parcels p
       WHERE p.retired_on IS NULL AND p.code >= @q COLLATE NOCASE AND p.code < @q || char(1114111) COLLATE NOCASE
       ORDER BY p.code COLLATE NOCASE LIMIT @n`,
    )
    .all({ q, n }) as ParcelRow[];
}

/** Codes containing `q` other than at the start, in code order, at most `n`. */
function substringHits(db: Database, q: string, n: number): ParcelRow[] {
  const walk = () =>
    db
      .prepare(
        `SELECT ${PARCEL_COLUMNS} FROM parcels p INDEXED BY parcels_code_nocase
         WHERE p.retired_on IS NULL AND instr(lower(p.code), lower(@q)) > 1 ORDER BY p.code COLLATE NOCASE LIMIT @n`,
      )
      .all({ q, n }) as ParcelRow[];
  if ([...q].length < 3) return [];
  // A trigram phrase query: the whole string as one quoted phrase, quotes doubled.
  const phrase = `"${q.replaceAll('"', '""')}"`;
  const hits = Number(
    db
      .prepare('SELECT count(*) FROM (SELECT 1 FROM parcel_code_fts WHERE parcel_code_fts MATCH ? LIMIT ?)')
      .pluck()
      .get(phrase, RARE_HITS),
  );
  if (hits >= RARE_HITS) return walk();
  return db
    .prepare(
      `SELECT ${PARCEL_COLUMNS} FROM parcels p
       WHERE p.rid IN (SELECT rowid FROM parcel_code_fts WHERE parcel_code_fts MATCH @phrase)
         AND p.retired_on IS NULL AND instr(lower(p.code), lower(@q)) > 1
       ORDER BY p.code COLLATE NOCASE LIMIT @n`,
    )
    .all({ phrase, q, n }) as ParcelRow[];
}

/** Parcels held by the projects `ids`, in code order, at most `n`. */
function heldParcels(db: Database, ids: readonly string[], n: number): ParcelRow[] {
  if (!ids.length) return [];
  return db
    .prepare(
      `SELECT DISTINCT ${PARCEL_COLUMNS} FROM parcel_projects pp JOIN parcels p ON p.id = pp.parcel_id
       WHERE p.retired_on IS NULL AND pp.project_id IN (${ids.map(() => '?').join(', ')}) ORDER BY p.code COLLATE NOCASE LIMIT ?`,
    )
    .all(...ids, n) as ParcelRow[];
}

type ProjectRow = {
  id: string;
  name: string;
  enterprise: string;
  industry: string;
  stage: string;
  target_platform_id: string | null;
};

/** Every project whose name or enterprise contains `q`, name prefixes first. */
function matchingProjects(db: Database, q: string): ProjectRow[] {
  return db
    .prepare(
      `SELECT id, name, enterprise, industry, stage, target_platform_id FROM projects
       WHERE instr(lower(name), lower(@q)) > 0 OR instr(lower(enterprise), lower(@q)) > 0
       ORDER BY instr(lower(name), lower(@q)) NOT IN (1), name`,
    )
    .all({ q }) as ProjectRow[];
}

/** Enterprises containing `q` (prefixes first), with their projects and the parcels those hold; at most `n`. */
function matchingEnterprises(db: Database, q: string, n: number): EnterpriseHit[] {
  const rows = db
    .prepare(
      `SELECT pr.enterprise,
         (SELECT group_concat(id, char(31)) FROM (SELECT id FROM projects WHERE enterprise = pr.enterprise ORDER BY id)) AS project_ids,
         (SELECT group_concat(parcel_id, char(31)) FROM (SELECT DISTINCT pp.parcel_id FROM parcel_projects pp
            JOIN projects x ON x.id = pp.project_id WHERE x.enterprise = pr.enterprise ORDER BY pp.parcel_id)) AS parcel_ids
       FROM projects pr WHERE instr(lower(pr.enterprise), lower(@q)) > 0
       GROUP BY pr.enterprise ORDER BY instr(lower(pr.enterprise), lower(@q)) NOT IN (1), pr.enterprise LIMIT @n`,
    )
    .all({ q, n }) as { enterprise: string; project_ids: string | null; parcel_ids: string | null }[];
  return rows.map((r) => ({
    enterprise: r.enterprise,
    projectIds: r.project_ids ? r.project_ids.split('\u001f') : [],
    parcelIds: r.parcel_ids ? r.parcel_ids.split('\u001f') : [],
  }));
}

/**
 * Everything matching `q`, each list cut at `limit`. `parcels` lists each parcel once: code prefixes first,
 * then other code matches, then parcels held by a project whose name or enterprise matches (a planner typing
 * 佰维 wants to see its land too).
 */
export function search(db: Database, q: string, limit: number): SearchResult {
  const projectRows = matchingProjects(db, q);
  const parcels: ParcelRow[] = [];
  const seen = new Set<string>();
  const add = (rows: ParcelRow[]) => {
    for (const r of rows) {
      if (!seen.has(r.id)) parcels.push(r);
      seen.add(r.id);
    }
  };
  // Each step asks for one more than still fits, so an overflow is known without counting every match.
  add(prefixHits(db, q, limit + 1));
  if (parcels.length <= limit) add(substringHits(db, q, limit + 1 - parcels.length));
  if (parcels.length <= limit)
    add(
      heldParcels(
        db,
        projectRows.map((p) => p.id),
        limit + 1 + seen.size,
      ),
    );
  const enterprises = matchingEnterprises(db, q, limit + 1);
  return {
    parcels: parcels.slice(0, limit).map(toHit),
    projects: projectRows.slice(0, limit).map((r) => ({
      id: r.id,
      name: r.name,
      enterprise: r.enterprise,
      industry: enumColumn(INDUSTRIES, 'projects.industry', r.industry),
      stage: enumColumn(PROJECT_STAGES, 'projects.stage', r.stage),
      targetPlatformId: r.target_platform_id,
    })),
    enterprises: enterprises.slice(0, limit),
    limit,
    truncated: {
      parcels: parcels.length > limit,
      projects: projectRows.length > limit,
      enterprises: enterprises.length > limit,
    },
  };
}
