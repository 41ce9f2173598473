/**
 * What the import API answers about a stored import: its summary with every problem (the dry-run report),
 * the staged parcels as GeoJSON for the map preview, and the problem report as an XLSX workbook.
 */
import type { Database } from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { FeatureCollection } from 'geojson';
import { isBlockingProblem } from '../../domain/import/parcel-checks.ts';
import {
  type ImportProblem,
  ParcelImportMapping,
  resolveFields,
} from '../../domain/import/parcel-mapping.ts';
import { PlatformImportMapping, resolvePlatformFields } from '../../domain/import/platform-mapping.ts';
import { ProjectImportMapping, resolveProjectFields } from '../../domain/import/project-mapping.ts';
import {
  RedevelopmentImportMapping,
  resolveRedevelopmentFields,
} from '../../domain/import/redevelopment-mapping.ts';
import { getImport, type ImportRecordRow, importRecords, platformAreas } from '../db/queries/imports.ts';
import { NotFoundError } from '../errors.ts';
import type { ListColumn } from '../reports/parcel-columns.ts';
import { addSheet } from '../reports/xlsx.ts';
import type { StagedCandidate } from './check-parcels.ts';
import type { UsedCrs } from './read-import.ts';
import type { RecordProblem } from './source-types.ts';

/** A problem on the wire: the record (null for the whole file), whether it blocks a commit, and its details. */
export type WireProblem = ImportProblem & { record: number | null; blocking: boolean; parcel: string | null };

/** What one record would do. `enterpriseProjects`: projects the ledger row's enterprise already has. */
export interface RecordPlan {
  record: number;
  /** Parcel code or project name. */
  key: string | null;
  action: 'insert' | 'update';
  existingId: string | null;
  blocking: boolean;
  enterpriseProjects?: string[];
}

/** An import on the wire. */
export interface ImportSummary {
  id: string;
  kind: string;
  fileName: string;
  fileHash: string;
  format: string;
  status: string;
  createdAt: string;
  createdBy: string;
  crs: UsedCrs | null;
  detectedCrs: UsedCrs | null;
  fields: string[];
  /** Our field → the source field feeding it (the mapping's, else the guessed one). */
  mappedFields: Record<string, string>;
  /** The mapping sent (JSON as stored). */
  mapping: unknown;
  count: number;
  /** Records that would insert a new parcel / update the parcel with their code, at the dry run. */
  newCount: number;
  updateCount: number;
  blockingRecords: number[];
  /** Per record, what a commit would do: insert a new entity or update the one with its code / name. */
  records: RecordPlan[];
  problemCounts: Record<string, number>;
  problems: WireProblem[];
  commit: { mode: string; at: string; by: string; counts: Record<string, number> } | null;
  revert: { at: string; by: string } | null;
}

const parse = <T>(s: string | null): T | null => (s == null ? null : (JSON.parse(s) as T));

/** Our field → the source field feeding it (the mapping's, else the guess), for an import of `kind`. */
export function mappedFields(kind: string, mapping: string, fields: string[]): Record<string, string> {
  const raw: unknown = JSON.parse(mapping);
  if (kind === 'projects') return resolveProjectFields(ProjectImportMapping.parse(raw), fields);
  if (kind === 'platforms') return resolvePlatformFields(PlatformImportMapping.parse(raw), fields);
  if (kind === 'redevelopment')
    return resolveRedevelopmentFields(RedevelopmentImportMapping.parse(raw), fields);
  return resolveFields(ParcelImportMapping.parse(raw), fields);
}

function recordPlan(r: ImportRecordRow, kind: string): RecordPlan {
  const plan: RecordPlan = {
    record: r.record,
    key: r.code,
    action: r.existingId ? 'update' : 'insert',
    existingId: r.existingId,
    blocking: r.blocking === 1,
  };
  if (kind !== 'projects') return plan;
  const c = parse<{ enterpriseProjects?: string[] }>(r.candidate);
  return { ...plan, enterpriseProjects: c?.enterpriseProjects ?? [] };
}

/** The summary of import `id` (404 when unknown); `withProblems: false` leaves the problem list empty. */
export function importSummary(db: Database, id: string, withProblems = true): ImportSummary {
  const i = getImport(db, id);
  if (!i) throw new NotFoundError('import', id);
  const records = importRecords(db, id);
  const fileProblems = (parse<RecordProblem[]>(i.fileProblems) ?? []).map(
    (p): WireProblem => ({ ...p, record: null, blocking: isBlockingProblem(p), parcel: null }),
  );
  const problems: WireProblem[] = [
    ...fileProblems,
    ...records.flatMap((r) =>
      (parse<ImportProblem[]>(r.problems) ?? []).map((p) => ({
        ...p,
        record: r.record,
        blocking: isBlockingProblem(p),
        parcel: r.code,
      })),
    ),
  ];
  const problemCounts: Record<string, number> = {};
  for (const p of problems) problemCounts[p.code] = (problemCounts[p.code] ?? 0) + 1;
  return {
    id: i.id,
    kind: i.kind,
    fileName: i.fileName,
    fileHash: i.fileHash,
    format: i.format,
    status: i.status,
    createdAt: i.createdAt,
    createdBy: i.createdByName,
    crs: parse<UsedCrs>(i.crs),
    detectedCrs: parse<UsedCrs>(i.detectedCrs),
    fields: parse<string[]>(i.fields) ?? [],
    mappedFields: mappedFields(i.kind, i.mapping, parse<string[]>(i.fields) ?? []),
    mapping: parse<unknown>(i.mapping),
    count: i.recordCount,
    newCount: records.filter((r) => r.code && !r.existingId).length,
    updateCount: records.filter((r) => r.existingId).length,
    blockingRecords: records.filter((r) => r.blocking === 1).map((r) => r.record),
    records: withProblems ? records.map((r) => recordPlan(r, i.kind)) : [],
    problemCounts,
    problems: withProblems ? problems : [],
    commit:
      i.status !== 'staged' && i.commitMode
        ? {
            mode: i.commitMode,
            at: i.committedAt ?? '',
            by: i.committedByName ?? '',
            counts: parse<Record<string, number>>(i.counts) ?? {},
          }
        : null,
    revert: i.status === 'reverted' ? { at: i.revertedAt ?? '', by: i.revertedByName ?? '' } : null,
  };
}

/** The staged parcels with their record number, code, whether they block and whether they update a parcel. */
export function importFeatures(db: Database, id: string): FeatureCollection {
  if (!getImport(db, id)) throw new NotFoundError('import', id);
  return {
    type: 'FeatureCollection',
    features: importRecords(db, id).flatMap((r) => {
      const c = parse<StagedCandidate>(r.candidate);
      if (!c) return [];
      return [
        {
          type: 'Feature' as const,
          geometry: c.geometry,
          properties: {
            record: r.record,
            code: r.code,
            blocking: r.blocking === 1,
            update: r.existingId != null,
            areaM2: Math.round(c.areaM2 * 100) / 100,
            platformId: c.placedPlatformId,
          },
        },
      ];
    }),
  };
}

const PROBLEM_COLUMNS: readonly ListColumn<WireProblem>[] = [
  { header: '记录', kind: 'text', width: 8, value: (p) => (p.record == null ? '文件' : p.record) },
  { header: '地块编号', kind: 'text', width: 16, value: (p) => p.parcel },
  { header: '问题', kind: 'text', width: 18, value: (p) => p.code },
  { header: '阻止提交', kind: 'text', width: 10, value: (p) => (p.blocking ? '是' : '否') },
  { header: '字段', kind: 'text', width: 12, value: (p) => p.field ?? null },
  { header: '重叠地块', kind: 'text', width: 16, value: (p) => p.parcelCode ?? null },
  { header: '重叠面积（㎡）', kind: 'm2', width: 14, value: (p) => p.overlapM2 ?? null },
  { header: '说明', kind: 'text', width: 80, value: (p) => p.message },
];

/** The problem report: sheet 问题 (one row per problem) and sheet 统计 (count per problem code). */
export async function problemsXlsx(db: Database, id: string): Promise<{ bytes: Buffer; fileName: string }> {
  const s = importSummary(db, id);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'import';
  wb.created = new Date(s.createdAt);
  wb.modified = wb.created;
  addSheet(wb, '问题', PROBLEM_COLUMNS, s.problems);
  const counts = Object.entries(s.problemCounts).map(([code, n]) => ({ code, n }));
  type Count = { code: string; n: number };
  const countColumns: readonly ListColumn<Count>[] = [
    { header: '问题', kind: 'text', width: 18, value: (r) => r.code },
    { header: '条数', kind: 'text', width: 10, value: (r) => r.n },
  ];
  addSheet(wb, '统计', countColumns, counts);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return { bytes, fileName: `导入问题_${s.fileName.replace(/[\\/:*?"<>|]/g, '_')}_${s.id}.xlsx` };
}

/** The platforms' joint extent [west, south, east, north], a hint for CRS detection; null without platforms. */
export function zoneExtent(db: Database): [number, number, number, number] | null {
  const e: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of platformAreas(db)) {
    const rings = p.geometry.type === 'Polygon' ? p.geometry.coordinates : p.geometry.coordinates.flat();
    for (const ring of rings)
      for (const [x = 0, y = 0] of ring) {
        e[0] = Math.min(e[0], x);
        e[1] = Math.min(e[1], y);
        e[2] = Math.max(e[2], x);
        e[3] = Math.max(e[3], y);
      }
  }
  return Number.isFinite(e[0]) ? e : null;
}
