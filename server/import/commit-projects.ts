/**
 * Commit and revert of a staged 招商台账 import, inside the caller's IMMEDIATE transaction (all or nothing), with
 * the same rules as parcels (commit-parcels.ts): blocking records must be excluded; `mode` says whether new names
 * are inserted, existing ones updated, or both. An update sets only the fields the ledger has (a blank cell keeps
 * the stored value) and merges the 签约 date into the project's key dates; the full row replaced is kept so that a
 * revert restores it. A revert is refused (409 naming the project) when the project changed after the commit, or
 * when parcels were linked to a project the import created.
 */
import type { Database } from 'better-sqlite3';
import { URL_ID_PATTERN } from '../../domain/ids.ts';
import type { ProjectImportMapping } from '../../domain/import/project-mapping.ts';
import type { ProjectDates } from '../../domain/schemas.ts';
import {
  deleteImportedProject,
  type ImportedProject,
  insertImportedProject,
  projectByName,
  projectHasParcels,
  projectIdTaken,
  projectRow,
  restoreProjectRow,
  updateImportedProject,
} from '../db/queries/import-projects.ts';
import { importChanges } from '../db/queries/imports.ts';
import { ConflictError, RuleError } from '../errors.ts';
import type { StagedProject } from './check-projects.ts';
import {
  type AuthorisePlatform,
  type CommitCounts,
  type CommitMode,
  commitRecords,
  type RecordChange,
} from './commit-loop.ts';

const NO_DATES: ProjectDates = {
  firstContact: null,
  approved: null,
  signed: null,
  landAcquired: null,
  started: null,
  producing: null,
};

function newProject(
  record: number,
  c: StagedProject,
  d: ProjectImportMapping['defaults'],
  id: string,
): ImportedProject {
  const industry = c.industry ?? d.industry;
  const origin = c.origin ?? d.origin;
  const stage = c.stage ?? d.stage;
  if (!c.name || !c.enterprise || !industry || !origin || !stage || c.investmentWan == null)
    throw new RuleError(
      'incomplete_record',
      `Record ${record} lacks a field a new project needs.`,
      'mapping',
    );
  return {
    id,
    name: c.name,
    enterprise: c.enterprise,
    industry,
    origin,
    investmentWan: c.investmentWan,
    fixedInvestmentWan: c.fixedInvestmentWan,
    landDemandMu: c.landDemandMu,
    floorDemandM2: c.floorDemandM2,
    stage,
    targetPlatformId: c.targetPlatformId,
    rdOriented: c.rdOriented ?? d.rdOriented ?? false,
    neededBy: c.neededBy,
    annualOutputWan: c.annualOutputWan,
    keyDates: { ...NO_DATES, signed: c.signed },
  };
}

/** The fields of an update: those the ledger row has. */
function changedFields(
  c: StagedProject,
  stored: Record<string, unknown>,
): Partial<Omit<ImportedProject, 'id' | 'name'>> {
  const out: Partial<Omit<ImportedProject, 'id' | 'name'>> = {};
  const set = <K extends keyof typeof out>(k: K, v: (typeof out)[K] | null) => {
    if (v != null) out[k] = v;
  };
  set('enterprise', c.enterprise);
  set('industry', c.industry);
  set('origin', c.origin);
  set('investmentWan', c.investmentWan);
  set('fixedInvestmentWan', c.fixedInvestmentWan);
  set('landDemandMu', c.landDemandMu);
  set('floorDemandM2', c.floorDemandM2);
  set('stage', c.stage);
  set('targetPlatformId', c.targetPlatformId);
  set('rdOriented', c.rdOriented);
  set('neededBy', c.neededBy);
  set('annualOutputWan', c.annualOutputWan);
  if (c.signed)
    out.keyDates = { ...(JSON.parse(String(stored.key_dates)) as ProjectDates), signed: c.signed };
  return out;
}

function newProjectId(db: Database, importId: string, record: number): string {
  const id = `proj-${importId.slice(4)}-${record}`;
  return URL_ID_PATTERN.test(id) && !projectIdTaken(db, id) ? id : `proj-${importId}-${record}`;
}

/** Writes one staged ledger row: an update of the project with its name, a new project, or null (skipped). */
function writeProject(
  db: Database,
  record: number,
  c: StagedProject | null,
  a: Parameters<typeof commitProjects>[1],
): RecordChange | null {
  if (!c?.name)
    throw new RuleError('incomplete_record', `Record ${record} has no project to write.`, 'exclude');
  const existing = projectByName(db, c.name);
  if (existing ? a.mode === 'insert' : a.mode === 'update') return null;
  if (existing) {
    a.authorise(existing.targetPlatformId, record);
    if (c.targetPlatformId) a.authorise(c.targetPlatformId, record);
    const before = projectRow(db, existing.id)!;
    updateImportedProject(db, existing.id, changedFields(c, before));
    const afterRow = JSON.stringify(projectRow(db, existing.id));
    return {
      entityId: existing.id,
      op: 'update',
      beforeRow: JSON.stringify(before),
      afterVersion: 0,
      afterRow,
    };
  }
  const p = newProject(record, c, a.mapping.defaults, newProjectId(db, a.importId, record));
  a.authorise(p.targetPlatformId, record);
  insertImportedProject(db, p);
  const afterRow = JSON.stringify(projectRow(db, p.id));
  return { entityId: p.id, op: 'insert', beforeRow: null, afterVersion: 0, afterRow };
}

/** Writes the staged ledger rows of import `importId`; see the module doc. */
export function commitProjects(
  db: Database,
  a: {
    importId: string;
    mode: CommitMode;
    exclude: ReadonlySet<number>;
    mapping: ProjectImportMapping;
    authorise: AuthorisePlatform;
  },
): CommitCounts {
  return commitRecords<StagedProject>(db, a, (record, c) => writeProject(db, record, c, a));
}

/** Undoes what commit `importId` wrote to projects; see the module doc. */
export function revertProjects(
  db: Database,
  importId: string,
  authorise: AuthorisePlatform,
): { deleted: number; restored: number } {
  const out = { deleted: 0, restored: 0 };
  for (const ch of importChanges(db, importId)) {
    const now = projectRow(db, ch.entityId);
    const name = String(now?.name ?? ch.entityId);
    if (
      !now ||
      JSON.stringify(now) !== ch.afterRow ||
      (ch.op === 'insert' && projectHasParcels(db, ch.entityId))
    )
      throw new ConflictError(
        'changed_since_import',
        `项目 ${name} 在导入后已被修改，不能撤销此次导入。 Project ${name} changed after the import; the import cannot be reverted.`,
        'id',
      );
    authorise((now.target_platform_id as string | null) ?? null, ch.record);
    if (ch.op === 'insert') {
      deleteImportedProject(db, ch.entityId);
      out.deleted++;
    } else {
      const before = JSON.parse(ch.beforeRow ?? '{}') as Record<string, unknown>;
      authorise((before.target_platform_id as string | null) ?? null, ch.record);
      restoreProjectRow(db, before);
      out.restored++;
    }
  }
  return out;
}
