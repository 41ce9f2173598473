/**
 * Commit and revert of a staged platform or 三旧 site import, inside the caller's IMMEDIATE transaction (all or
 * nothing), with the rules of parcels and projects (commit-parcels.ts, commit-projects.ts): blocking records must
 * be excluded; `mode` says whether new codes are inserted, existing ones updated, or both; each row written is kept
 * whole before and after in `import_changes`. A revert is refused (409 `changed_since_import`) when a row changed
 * after the commit, and (409 `linked_since_import`, naming what) when something now refers to a row the import
 * inserted — a parcel, project, 三旧 site or account on a new platform; a land-balance lock or exclusion on a new site.
 */
import type { Database } from 'better-sqlite3';
import { URL_ID_PATTERN } from '../../domain/ids.ts';
import {
  type AreaTable,
  areaIdTaken,
  areaReferences,
  areaRow,
  deleteAreaRow,
  type ImportedPlatform,
  type ImportedSite,
  insertImportedPlatform,
  insertImportedSite,
  restoreAreaRow,
  siteByCode,
  updateImportedPlatform,
  updateImportedSite,
} from '../db/queries/import-areas.ts';
import { importChanges } from '../db/queries/imports.ts';
import { ConflictError, RuleError } from '../errors.ts';
import type { StagedPlatform, StagedSite } from './check-areas.ts';
import {
  type AuthorisePlatform,
  type CommitCounts,
  type CommitMode,
  commitRecords,
  type RecordChange,
} from './commit-loop.ts';

/** Which kind of area an import writes. */
export type AreaKind = 'platforms' | 'redevelopment';

const TABLE: Record<AreaKind, AreaTable> = { platforms: 'platforms', redevelopment: 'redevelopment_sites' };

const incomplete = (record: number) =>
  new RuleError(
    'incomplete_record',
    `第 ${record} 条记录缺少写入所需字段。 Record ${record} lacks a field the row needs.`,
    'exclude',
  );

function platformOf(
  record: number,
  c: StagedPlatform,
  existing: Record<string, unknown> | undefined,
): ImportedPlatform {
  if (!c.code || !c.nameZh || !c.kind || c.towns.length === 0) throw incomplete(record);
  const nameEn = c.nameEn ?? (existing ? String(existing.name_en) : c.nameZh);
  return {
    id: c.code,
    nameZh: c.nameZh,
    nameEn,
    kind: c.kind,
    towns: c.towns,
    areaM2: c.areaM2,
    geometry: c.geometry,
    bbox: c.bbox,
  };
}

function siteOf(record: number, c: StagedSite, id: string): ImportedSite {
  if (
    !c.code ||
    !c.name ||
    !c.type ||
    !c.mode ||
    !c.stage ||
    c.targetYear == null ||
    !c.placedPlatformId ||
    !c.expectedCompletion
  )
    throw incomplete(record);
  return {
    id,
    code: c.code,
    name: c.name,
    type: c.type,
    mode: c.mode,
    platformId: c.placedPlatformId,
    areaM2: c.areaM2,
    targetYear: c.targetYear,
    stage: c.stage,
    completedAreaM2: c.completedAreaM2,
    floorSpaceM2: c.floorSpaceM2,
    landOutputM2: c.landOutputM2,
    expectedCompletion: c.expectedCompletion,
    geometry: c.geometry,
    bbox: c.bbox,
  };
}

function newSiteId(db: Database, code: string, importId: string, record: number): string {
  const byCode = `R-${code}`;
  if (URL_ID_PATTERN.test(byCode) && !areaIdTaken(db, 'redevelopment_sites', byCode)) return byCode;
  return `R-${importId}-${record}`;
}

/** Writes one record and returns its change (full rows before and after), or null when the mode skips it. */
function writeRecord(
  db: Database,
  kind: AreaKind,
  record: number,
  staged: StagedPlatform | StagedSite | null,
  a: { importId: string; mode: CommitMode; authorise: AuthorisePlatform },
): RecordChange | null {
  if (!staged?.code) throw incomplete(record);
  const table = TABLE[kind];
  const existingId =
    kind === 'platforms'
      ? areaRow(db, table, staged.code)
        ? staged.code
        : undefined
      : siteByCode(db, staged.code)?.id;
  if (existingId ? a.mode === 'insert' : a.mode === 'update') return null;
  const before = existingId ? areaRow(db, table, existingId) : undefined;
  if (before) a.authorise(String(before.platform_id ?? before.id), record);
  let id: string;
  if (kind === 'platforms') {
    const p = platformOf(record, staged as StagedPlatform, before);
    a.authorise(p.id, record);
    (before ? updateImportedPlatform : insertImportedPlatform)(db, p);
    id = p.id;
  } else {
    id = existingId ?? newSiteId(db, staged.code, a.importId, record);
    const s = siteOf(record, staged as StagedSite, id);
    a.authorise(s.platformId, record);
    (before ? updateImportedSite : insertImportedSite)(db, s);
  }
  return {
    entityId: id,
    op: before ? 'update' : 'insert',
    beforeRow: before ? JSON.stringify(before) : null,
    afterVersion: 0,
    afterRow: JSON.stringify(areaRow(db, table, id)),
  };
}

/** Writes the staged records of a platform or 三旧 import; see the module doc. */
export function commitAreas(
  db: Database,
  kind: AreaKind,
  a: { importId: string; mode: CommitMode; exclude: ReadonlySet<number>; authorise: AuthorisePlatform },
): CommitCounts {
  return commitRecords<StagedPlatform | StagedSite>(db, a, (record, staged) =>
    writeRecord(db, kind, record, staged, a),
  );
}

/** Undoes what a platform or 三旧 commit wrote; see the module doc. */
export function revertAreas(
  db: Database,
  kind: AreaKind,
  importId: string,
  authorise: AuthorisePlatform,
): { deleted: number; restored: number } {
  const table = TABLE[kind];
  const out = { deleted: 0, restored: 0 };
  const changes = importChanges(db, importId);
  for (const ch of changes) {
    const now = areaRow(db, table, ch.entityId);
    const code = String(now?.code ?? ch.entityId);
    if (!now || JSON.stringify(now) !== ch.afterRow)
      throw new ConflictError(
        'changed_since_import',
        `${code} 在导入后已被修改，不能撤销此次导入。 ${code} changed after the import; the import cannot be reverted.`,
        'id',
      );
    const refs = ch.op === 'insert' ? areaReferences(db, table, ch.entityId) : [];
    if (refs.length > 0) {
      const list = refs.map((r) => `${r.kind} ${r.name} (${r.id})`).join(', ');
      throw new ConflictError(
        'linked_since_import',
        `${code} 在导入后已被引用（${list}），不能撤销此次导入。 ${code} is now referred to by ${list}; the import cannot be reverted.`,
        'id',
      );
    }
  }
  for (const ch of changes) {
    const now = areaRow(db, table, ch.entityId)!;
    authorise(String(now.platform_id ?? now.id), ch.record);
    if (ch.op === 'insert') {
      deleteAreaRow(db, table, ch.entityId);
      out.deleted++;
    } else {
      const before = JSON.parse(ch.beforeRow ?? '{}') as Record<string, unknown>;
      authorise(String(before.platform_id ?? before.id), ch.record);
      restoreAreaRow(db, table, before);
      out.restored++;
    }
  }
  return out;
}
