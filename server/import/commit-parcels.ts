/**
 * Commit and revert of a staged parcel import. Both run inside the caller's IMMEDIATE transaction, so a failure
 * anywhere (a refused record, a platform outside the editor's scope, a database error) leaves nothing written.
 *
 * Commit: records with blocking problems must be excluded (422 `blocking_problems` naming them); each other
 * record inserts a new parcel or updates the one with its code, as `mode` allows (insert: new codes only,
 * update: existing codes only, upsert: both); for an update the full row it replaces is kept. An update changes
 * geometry, areas, platform and the mapped land use, town and plot ratio; the land state of an existing parcel
 * changes only through its transitions (the land rules), never by import.
 * A new parcel is created on the commit's day (`created_on`), so history and `asOf` views see it from then.
 * Revert: an inserted parcel that another record now refers to (a linked project, a 三旧 site, a grant record, a
 * split or merge) is not deleted — 409 `linked_since_import` naming the parcel and what refers to it; each parcel
 * the commit touched must still be at the version the commit left (else 409 naming it); inserted parcels are
 * deleted, updated ones get their replaced row back, column for column. Both checks run before anything is undone
 * and the caller's transaction rolls back on either, so a refused revert changes nothing.
 */
import type { Database } from 'better-sqlite3';
import { URL_ID_PATTERN } from '../../domain/ids.ts';
import type { ParcelImportMapping } from '../../domain/import/parcel-mapping.ts';
import { m2ToMu } from '../../domain/units.ts';
import {
  deleteImportedParcel,
  type ImportedParcel,
  importChanges,
  insertImportedParcel,
  type ParcelReference,
  parcelByCode,
  parcelIdTaken,
  parcelReferences,
  parcelRow,
  parcelVersion,
  restoreParcelRow,
  updateImportedParcel,
} from '../db/queries/imports.ts';
import { ConflictError, RuleError } from '../errors.ts';
import type { StagedCandidate } from './check-parcels.ts';
import {
  type AuthorisePlatform,
  type CommitCounts,
  type CommitMode,
  commitRecords,
  type RecordChange,
} from './commit-loop.ts';

function newParcelId(db: Database, code: string, importId: string, record: number): string {
  const byCode = `P-${code}`;
  if (URL_ID_PATTERN.test(byCode) && !parcelIdTaken(db, byCode)) return byCode;
  return `P-${importId}-${record}`;
}

function newParcel(
  record: number,
  c: StagedCandidate,
  defaults: ParcelImportMapping['defaults'],
  stagedOn: string,
): Omit<ImportedParcel, 'id'> {
  const landUse = c.landUse ?? defaults.landUse;
  const plotRatioMax = c.plotRatioMax ?? defaults.plotRatioMax;
  const town = c.resolvedTown;
  if (!c.code || !landUse || plotRatioMax == null || !town || !c.placedPlatformId)
    throw new RuleError(
      'incomplete_record',
      `第 ${record} 条记录缺少新地块所需字段。 Record ${record} lacks a field a new parcel needs.`,
      'mapping',
    );
  return {
    code: c.code,
    platformId: c.placedPlatformId,
    town,
    landUse,
    areaM2: c.areaM2,
    areaMu: m2ToMu(c.areaM2),
    plotRatioMax,
    state: c.state ?? defaults.state ?? 'planned',
    stateSince: c.stateSince ?? defaults.stateSince ?? stagedOn,
    geometry: c.geometry,
    bbox: c.bbox,
  };
}

/** Writes one staged record: an update of the parcel with its code, a new parcel, or null (skipped by the mode). */
function writeParcel(
  db: Database,
  record: number,
  c: StagedCandidate | null,
  a: Parameters<typeof commitParcels>[1],
): RecordChange | null {
  if (!c?.code)
    throw new RuleError('incomplete_record', `Record ${record} has no parcel to write.`, 'exclude');
  const existing = parcelByCode(db, c.code);
  if (existing?.retiredOn)
    throw new RuleError(
      'retired_code',
      `第 ${record} 条记录：地块编号 ${c.code} 属于已注销的地块（${existing.retiredOn}）。 Record ${record}: code ${c.code} belongs to a parcel retired on ${existing.retiredOn}; exclude the record or give it a new code.`,
      'exclude',
    );
  if (existing ? a.mode === 'insert' : a.mode === 'update') return null;
  if (existing) return updateParcel(db, record, c, existing, a.authorise);
  const p = newParcel(record, c, a.mapping.defaults, a.stagedOn);
  a.authorise(p.platformId, record);
  const id = newParcelId(db, p.code, a.importId, record);
  insertImportedParcel(db, { ...p, id }, { note: a.note, who: a.who, createdOn: a.committedOn });
  return { entityId: id, op: 'insert', beforeRow: null, afterVersion: 1 };
}

/** Updates an existing parcel from a staged record, keeping the full row it replaces. */
function updateParcel(
  db: Database,
  record: number,
  c: StagedCandidate,
  existing: { id: string; platformId: string },
  authorise: AuthorisePlatform,
): RecordChange {
  if (!c.placedPlatformId)
    throw new RuleError('incomplete_record', `Record ${record} has no platform.`, 'exclude');
  authorise(existing.platformId, record);
  authorise(c.placedPlatformId, record);
  const before = parcelRow(db, existing.id);
  const current = before as { land_use: string; town: string; plot_ratio_max: number };
  const version = updateImportedParcel(db, existing.id, {
    platformId: c.placedPlatformId,
    town: c.town ?? current.town,
    landUse: c.landUse ?? current.land_use,
    plotRatioMax: c.plotRatioMax ?? current.plot_ratio_max,
    areaM2: c.areaM2,
    areaMu: m2ToMu(c.areaM2),
    geometry: c.geometry,
    bbox: c.bbox,
  });
  return { entityId: existing.id, op: 'update', beforeRow: JSON.stringify(before), afterVersion: version };
}

/** Writes the staged records of import `importId`; see the module doc. */
export function commitParcels(
  db: Database,
  a: {
    importId: string;
    mode: CommitMode;
    exclude: ReadonlySet<number>;
    mapping: ParcelImportMapping;
    stagedOn: string;
    /** ISO day of the commit: the new parcels' `created_on`. */
    committedOn: string;
    who: string;
    note: string;
    authorise: AuthorisePlatform;
  },
): CommitCounts {
  return commitRecords<StagedCandidate>(db, a, (record, c) => writeParcel(db, record, c, a));
}

const REFERENCE_LABEL: Record<ParcelReference['kind'], [string, string]> = {
  project: ['项目', 'project'],
  redevelopment_site: ['三旧改造项目', '三旧 site'],
  contract_amendment: ['补充协议', 'contract amendment'],
  compliance_step: ['处置程序记录', 'idle-land procedure step'],
  lineage: ['分宗/合宗地块', 'split/merge parcel'],
};

/** 409 `linked_since_import` when another record refers to a parcel the import inserted (deleting it would orphan it). */
function refuseLinked(db: Database, parcelId: string): void {
  const refs = parcelReferences(db, parcelId);
  if (refs.length === 0) return;
  const code = parcelVersion(db, parcelId)?.code ?? parcelId;
  const zh = refs.map((r) => `${REFERENCE_LABEL[r.kind][0]} ${r.name}（${r.id}）`).join('、');
  const en = refs.map((r) => `${REFERENCE_LABEL[r.kind][1]} ${r.name} (${r.id})`).join(', ');
  throw new ConflictError(
    'linked_since_import',
    `地块 ${code} 在导入后已关联 ${zh}，不能撤销此次导入；请先解除关联。 Parcel ${code} has since been linked to ${en}; unlink it before reverting the import.`,
    'id',
  );
}

/** Undoes what commit `importId` wrote; see the module doc. Returns how many parcels were deleted and restored. */
export function revertParcels(
  db: Database,
  importId: string,
  authorise: AuthorisePlatform,
): { deleted: number; restored: number } {
  const out = { deleted: 0, restored: 0 };
  const changes = importChanges(db, importId);
  for (const ch of changes) if (ch.op === 'insert') refuseLinked(db, ch.entityId);
  for (const ch of changes) {
    const now = parcelVersion(db, ch.entityId);
    if (!now || now.version !== ch.afterVersion)
      throw new ConflictError(
        'changed_since_import',
        `地块 ${now?.code ?? ch.entityId} 在导入后已被修改，不能撤销此次导入。 Parcel ${now?.code ?? ch.entityId} changed after the import; the import cannot be reverted.`,
        'id',
      );
    const row = parcelRow(db, ch.entityId) as { platform_id: string };
    authorise(row.platform_id, ch.record);
    if (ch.op === 'insert') {
      deleteImportedParcel(db, ch.entityId);
      out.deleted++;
    } else {
      const before = JSON.parse(ch.beforeRow ?? '{}') as Record<string, unknown>;
      authorise(String(before.platform_id), ch.record);
      restoreParcelRow(db, before);
      out.restored++;
    }
  }
  return out;
}
