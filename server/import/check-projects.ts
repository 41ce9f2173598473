/**
 * The dry run of a 招商台账 import: every ledger row is mapped (domain/import/project-mapping.ts) and matched —
 * a project with the same name is updated, else a new one is created; the enterprise is matched by name with the
 * projects already in the zone (shown before the commit: an existing enterprise may be an expansion, 增资/二期,
 * which the user records as such). Duplicate names in the ledger block. Nothing is written here.
 */
import type { Database } from 'better-sqlite3';
import { duplicateCodes, isBlockingProblem } from '../../domain/import/parcel-checks.ts';
import {
  mapProjectRecord,
  type ProjectCandidate,
  type ProjectImportMapping,
  resolveProjectFields,
} from '../../domain/import/project-mapping.ts';
import { platformNames, projectByName, projectsOfEnterprise } from '../db/queries/import-projects.ts';
import type { CheckedRecord } from './check-parcels.ts';
import type { ImportRead } from './read-import.ts';

/** What a staged ledger row would write, with the projects its enterprise already has. */
export interface StagedProject extends ProjectCandidate {
  enterpriseProjects: string[];
}

/** Maps, matches and checks every row of a ledger. */
export function checkProjectRecords(
  db: Database,
  read: ImportRead,
  mapping: ProjectImportMapping,
): CheckedRecord<StagedProject>[] {
  const fields = resolveProjectFields(mapping, read.fields);
  const platforms = platformNames(db);
  const checked = read.features.map((f): CheckedRecord<StagedProject> => {
    const { candidate, problems } = mapProjectRecord(
      f.record,
      f.attributes,
      fields,
      mapping,
      platforms,
      (name) => {
        return !projectByName(db, name);
      },
    );
    const existing = candidate.name ? projectByName(db, candidate.name) : undefined;
    const fromReader = read.problems
      .filter((p) => p.record === f.record)
      .map((p) => ({ code: p.code, message: p.message, ...(p.field ? { field: p.field } : {}) }));
    return {
      record: f.record,
      code: candidate.name,
      platformId: candidate.targetPlatformId,
      existingId: existing?.id ?? null,
      existingPlatformId: existing?.targetPlatformId ?? null,
      candidate: {
        ...candidate,
        enterpriseProjects: candidate.enterprise ? projectsOfEnterprise(db, candidate.enterprise) : [],
      },
      problems: [...fromReader, ...problems],
      blocking: false,
    };
  });
  const dups = duplicateCodes(checked);
  for (const r of checked) {
    const others = dups.get(r.record);
    if (others)
      r.problems.push({
        code: 'duplicate_code',
        field: 'name',
        message: `第 ${r.record} 条记录：项目名称 ${r.code} 在台账中重复（另见第 ${others.join('、')} 条）。 Record ${r.record}: project name ${r.code} appears again in record(s) ${others.join(', ')}.`,
      });
    r.blocking = r.problems.some(isBlockingProblem);
  }
  return checked;
}
