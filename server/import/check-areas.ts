/**
 * The dry run of a platform or 三旧 site import: every record is mapped (domain/import/platform-mapping.ts,
 * redevelopment-mapping.ts) and checked like a parcel — geometry validity, the file's area against the computed
 * geodesic area, overlaps (platforms with the existing platforms and with each other in the file; 三旧 sites with
 * the existing sites and each other), duplicate codes — and a 三旧 site is placed in its platform (the file's, or
 * the one holding it). A record whose code exists updates that row. Nothing is written here.
 */
import { bbox as turfBbox } from '@turf/turf';
import type { Database } from 'better-sqlite3';
import type { ValidityArea } from '../../domain/geometry-validation.ts';
import {
  areaProblem,
  duplicateCodes,
  geometryProblem,
  IMPORT_OVERLAP_TOLERANCE_M2,
  importedAreaM2,
  isBlockingProblem,
  placeParcel,
} from '../../domain/import/parcel-checks.ts';
import type { ImportProblem } from '../../domain/import/parcel-mapping.ts';
import {
  mapPlatformRecord,
  type PlatformCandidate,
  type PlatformImportMapping,
  resolvePlatformFields,
} from '../../domain/import/platform-mapping.ts';
import {
  mapRedevelopmentRecord,
  type RedevelopmentCandidate,
  type RedevelopmentImportMapping,
  resolveRedevelopmentFields,
} from '../../domain/import/redevelopment-mapping.ts';
import { recordMessage } from '../../domain/import/source-values.ts';
import { overlapAreaM2 } from '../../domain/parcel-edit/topology-check.ts';
import type { AreaGeometry } from '../../domain/schemas.ts';
import {
  type ExistingArea,
  existingPlatforms,
  existingSites,
  siteByCode,
} from '../db/queries/import-areas.ts';
import { platformAreas } from '../db/queries/imports.ts';
import { validityArea } from '../db/queries/settings.ts';
import type { CheckedRecord } from './check-parcels.ts';
import type { ImportRead } from './read-import.ts';

/** The geometry part of a staged platform or site (the same shape the map preview reads for parcels). */
export interface StagedArea {
  areaM2: number;
  geometry: AreaGeometry;
  bbox: [number, number, number, number];
  placedPlatformId: string | null;
}

/** What a staged platform record would write. */
export type StagedPlatform = PlatformCandidate & StagedArea;
/** What a staged 三旧 record would write. */
export type StagedSite = RedevelopmentCandidate & StagedArea;

const isArea = (g: unknown): g is AreaGeometry =>
  typeof g === 'object' && g != null && 'type' in g && (g.type === 'Polygon' || g.type === 'MultiPolygon');

const round = (m2: number) => Math.round(m2 * 10) / 10;
const boxesMeet = (a: readonly number[], b: readonly number[]) =>
  a[0]! <= b[2]! && b[0]! <= a[2]! && a[1]! <= b[3]! && b[1]! <= a[3]!;

/** Reader problems of each record. */
function readerProblems(read: ImportRead): Map<number, ImportProblem[]> {
  const out = new Map<number, ImportProblem[]>();
  for (const p of read.problems) {
    if (p.record == null) continue;
    out.set(p.record, [
      ...(out.get(p.record) ?? []),
      { code: p.code, message: p.message, ...(p.field ? { field: p.field } : {}) },
    ]);
  }
  return out;
}

/** Valid geometry with its area and box, or the problem. */
function areaOf(record: number, geometry: unknown, fileAreaM2: number | null, zone: ValidityArea) {
  const invalid = geometryProblem(record, geometry, zone);
  if (invalid || !isArea(geometry)) return { problems: invalid ? [invalid] : [], staged: null };
  const areaM2 = importedAreaM2(geometry);
  const mismatch = areaProblem(record, fileAreaM2, areaM2);
  return {
    problems: mismatch ? [mismatch] : [],
    staged: { areaM2, geometry, bbox: turfBbox(geometry) as [number, number, number, number] },
  };
}

/** Overlaps of one staged geometry with existing rows (other than the one it updates), `label` naming them. */
function overlapsWithExisting(
  record: number,
  s: { geometry: AreaGeometry; bbox: readonly number[] },
  ownCode: string | null,
  existing: readonly ExistingArea[],
  label: [string, string],
): ImportProblem[] {
  const out: ImportProblem[] = [];
  for (const e of existing) {
    if (e.code === ownCode) continue;
    const a = overlapAreaM2(s.geometry, e.geometry);
    if (a <= IMPORT_OVERLAP_TOLERANCE_M2) continue;
    out.push({
      code: 'overlap',
      field: 'geometry',
      parcelCode: e.code,
      overlapM2: round(a),
      message: recordMessage(
        record,
        `与现有${label[0]} ${e.code} 重叠 ${round(a)} ㎡`,
        `overlaps existing ${label[1]} ${e.code} by ${round(a)} ㎡`,
      ),
    });
  }
  return out;
}

/** Overlaps between records of the file (each pair reported on both records). */
function overlapsInFile(checked: CheckedRecord<StagedArea>[], label: [string, string]): void {
  const staged = checked.filter((r) => r.candidate);
  for (let i = 0; i < staged.length; i++)
    for (let j = i + 1; j < staged.length; j++) {
      const a = staged[i]!;
      const b = staged[j]!;
      if (!boxesMeet(a.candidate!.bbox, b.candidate!.bbox)) continue;
      const m2 = overlapAreaM2(a.candidate!.geometry, b.candidate!.geometry);
      if (m2 <= IMPORT_OVERLAP_TOLERANCE_M2) continue;
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const)
        x.problems.push({
          code: 'overlap_in_file',
          field: 'geometry',
          parcelCode: y.code ?? `#${y.record}`,
          overlapM2: round(m2),
          message: recordMessage(
            x.record,
            `与文件中第 ${y.record} 条${label[0]}（${y.code ?? '无编号'}）重叠 ${round(m2)} ㎡`,
            `overlaps record ${y.record} (${label[1]} ${y.code ?? 'without code'}) by ${round(m2)} ㎡`,
          ),
        });
    }
}

/** Duplicate codes, then whether each record blocks. */
function finish<C>(checked: CheckedRecord<C>[], label: [string, string]): CheckedRecord<C>[] {
  const dups = duplicateCodes(checked);
  for (const r of checked) {
    const others = dups.get(r.record);
    if (others)
      r.problems.push({
        code: 'duplicate_code',
        field: 'code',
        message: recordMessage(
          r.record,
          `${label[0]}编号 ${r.code} 在文件中重复（另见第 ${others.join('、')} 条）`,
          `${label[1]} code ${r.code} appears again in record(s) ${others.join(', ')}`,
        ),
      });
    r.blocking = r.problems.some(isBlockingProblem);
  }
  return checked;
}

const PLATFORM_LABEL: [string, string] = ['平台', 'platform'];
const SITE_LABEL: [string, string] = ['三旧项目', '三旧 site'];

/** Maps and checks every record of `read` as platforms. */
export function checkPlatformRecords(
  db: Database,
  read: ImportRead,
  mapping: PlatformImportMapping,
): CheckedRecord<StagedPlatform>[] {
  const fields = resolvePlatformFields(mapping, read.fields);
  const existing = existingPlatforms(db);
  const fromReader = readerProblems(read);
  const zone = validityArea(db);
  const checked = read.features.map((f): CheckedRecord<StagedPlatform> => {
    const { candidate, problems } = mapPlatformRecord(f.record, f.attributes, fields, mapping);
    const geo = areaOf(f.record, f.geometry, candidate.fileAreaM2, zone);
    const overlaps = geo.staged
      ? overlapsWithExisting(f.record, geo.staged, candidate.code, existing, PLATFORM_LABEL)
      : [];
    const found = candidate.code ? existing.find((e) => e.id === candidate.code) : undefined;
    return {
      record: f.record,
      code: candidate.code,
      platformId: candidate.code,
      existingId: found?.id ?? null,
      existingPlatformId: found?.id ?? null,
      candidate: geo.staged ? { ...candidate, ...geo.staged, placedPlatformId: candidate.code } : null,
      problems: [...(fromReader.get(f.record) ?? []), ...problems, ...geo.problems, ...overlaps],
      blocking: false,
    };
  });
  overlapsInFile(checked, PLATFORM_LABEL);
  return finish(checked, PLATFORM_LABEL);
}

/** Maps and checks every record of `read` as 三旧 sites. */
export function checkRedevelopmentRecords(
  db: Database,
  read: ImportRead,
  mapping: RedevelopmentImportMapping,
): CheckedRecord<StagedSite>[] {
  const fields = resolveRedevelopmentFields(mapping, read.fields);
  const existing = existingSites(db);
  const platforms = platformAreas(db);
  const fromReader = readerProblems(read);
  const zone = validityArea(db);
  const checked = read.features.map((f): CheckedRecord<StagedSite> => {
    const { candidate, problems } = mapRedevelopmentRecord(f.record, f.attributes, fields, mapping);
    const geo = areaOf(f.record, f.geometry, candidate.fileAreaM2, zone);
    const extra: ImportProblem[] = [];
    let placed: string | null = null;
    if (geo.staged) {
      extra.push(...overlapsWithExisting(f.record, geo.staged, candidate.code, existing, SITE_LABEL));
      const p = placeParcel(f.record, geo.staged.geometry, candidate.platformId, platforms);
      if (p.problem) extra.push(p.problem);
      placed = p.platform?.id ?? null;
    }
    const found = candidate.code ? siteByCode(db, candidate.code) : undefined;
    return {
      record: f.record,
      code: candidate.code,
      platformId: placed,
      existingId: found?.id ?? null,
      existingPlatformId: found?.platformId ?? null,
      candidate: geo.staged ? { ...candidate, ...geo.staged, placedPlatformId: placed } : null,
      problems: [...(fromReader.get(f.record) ?? []), ...problems, ...geo.problems, ...extra],
      blocking: false,
    };
  });
  overlapsInFile(checked, SITE_LABEL);
  return finish(checked, SITE_LABEL);
}
