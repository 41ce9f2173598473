/**
 * SQL of a 招商台账 import: projects matched by name, enterprises by name, and the insert, update, delete and
 * full-row restore a commit and a revert do (columns: migrations 001 and 003). Callers run these inside their
 * transaction.
 */
import type { Database } from 'better-sqlite3';
import type { ProjectDates } from '../../../domain/schemas.ts';

/** Id and target platform of the project with this name (trimmed, exact), or undefined. */
export const projectByName = (db: Database, name: string) =>
  db
    .prepare(
      'SELECT id, target_platform_id AS targetPlatformId FROM projects WHERE trim(name) = ? ORDER BY id',
    )
    .get(name) as { id: string; targetPlatformId: string | null } | undefined;

/** Ids of the projects of an enterprise (trimmed, exact name), in id order. */
export const projectsOfEnterprise = (db: Database, enterprise: string): string[] =>
  db
    .prepare('SELECT id FROM projects WHERE trim(enterprise) = ? ORDER BY id')
    .pluck()
    .all(enterprise) as string[];

/** Platforms by id and Chinese name (a ledger names them either way). */
export const platformNames = (db: Database) =>
  db.prepare('SELECT id, name_zh AS nameZh FROM platforms ORDER BY id').all() as {
    id: string;
    nameZh: string;
  }[];

/** True when a project has this id. */
export const projectIdTaken = (db: Database, id: string): boolean =>
  db.prepare('SELECT 1 FROM projects WHERE id = ?').get(id) !== undefined;

/** The full `projects` row, or undefined. */
export const projectRow = (db: Database, id: string): Record<string, unknown> | undefined =>
  db.prepare('SELECT * FROM projects WHERE id = ?').get(id) as Record<string, unknown> | undefined;

/** A project as an import writes it (money 万元, land 亩, floor ㎡). */
export interface ImportedProject {
  id: string;
  name: string;
  enterprise: string;
  industry: string;
  origin: string;
  investmentWan: number;
  fixedInvestmentWan: number | null;
  landDemandMu: number | null;
  floorDemandM2: number | null;
  stage: string;
  targetPlatformId: string | null;
  rdOriented: boolean;
  neededBy: string | null;
  annualOutputWan: number | null;
  keyDates: ProjectDates;
}

/**
 * The one `projects` insert the seed and the 招商台账 import share: prepares it once and returns a writer
 * (expansion_of is null unless given; later columns take their defaults).
 */
export function projectWriter(db: Database): (p: ImportedProject & { expansionOf?: string | null }) => void {
  const stmt = db.prepare(
    `INSERT INTO projects (id, name, enterprise, industry, origin, investment_wan, land_demand_mu, floor_demand_m2,
       stage, target_platform_id, rd_oriented, needed_by, annual_output_wan, key_dates, fixed_investment_wan,
       expansion_of)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (p) =>
    stmt.run(
      p.id,
      p.name,
      p.enterprise,
      p.industry,
      p.origin,
      p.investmentWan,
      p.landDemandMu,
      p.floorDemandM2,
      p.stage,
      p.targetPlatformId,
      p.rdOriented ? 1 : 0,
      p.neededBy,
      p.annualOutputWan,
      JSON.stringify(p.keyDates),
      p.fixedInvestmentWan,
      p.expansionOf ?? null,
    );
}

/** Inserts a new project. */
export function insertImportedProject(db: Database, p: ImportedProject): void {
  projectWriter(db)(p);
}

/** Column of `projects` for each project field an update may set. */
const COLUMN: Record<string, string> = {
  enterprise: 'enterprise',
  industry: 'industry',
  origin: 'origin',
  investmentWan: 'investment_wan',
  fixedInvestmentWan: 'fixed_investment_wan',
  landDemandMu: 'land_demand_mu',
  floorDemandM2: 'floor_demand_m2',
  stage: 'stage',
  targetPlatformId: 'target_platform_id',
  rdOriented: 'rd_oriented',
  neededBy: 'needed_by',
  annualOutputWan: 'annual_output_wan',
  keyDates: 'key_dates',
};

/** Sets the given fields of a project (only those; JSON for key dates, 0/1 for booleans). */
export function updateImportedProject(
  db: Database,
  id: string,
  fields: Partial<Omit<ImportedProject, 'id' | 'name'>>,
): void {
  const entries = Object.entries(fields).filter(([k, v]) => v !== undefined && COLUMN[k]);
  if (entries.length === 0) return;
  const value = (k: string, v: unknown) =>
    k === 'keyDates'
      ? JSON.stringify(v)
      : typeof v === 'boolean'
        ? v
          ? 1
          : 0
        : (v as string | number | null);
  db.prepare(`UPDATE projects SET ${entries.map(([k]) => `${COLUMN[k]} = ?`).join(', ')} WHERE id = ?`).run(
    ...entries.map(([k, v]) => value(k, v)),
    id,
  );
}

/** Deletes a project an import inserted (it has no parcel links unless someone added one: the caller checks). */
export function deleteImportedProject(db: Database, id: string): void {
  db.prepare('DELETE FROM projects WHERE id = ?').run(id);
}

/** True when parcels are linked to the project. */
export const projectHasParcels = (db: Database, id: string): boolean =>
  db.prepare('SELECT 1 FROM parcel_projects WHERE project_id = ?').get(id) !== undefined;

/** Puts back a full `projects` row as `projectRow` read it. */
export function restoreProjectRow(db: Database, row: Record<string, unknown>): void {
  const cols = Object.keys(row).filter((k) => k !== 'id' && /^[a-z_0-9]+$/.test(k));
  db.prepare(`UPDATE projects SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(
    ...cols.map((c) => row[c] as string | number | null),
    row.id as string,
  );
}
