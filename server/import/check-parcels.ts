/**
 * The dry run of a parcel import: every record of a read file is mapped (domain/import/parcel-mapping.ts) and
 * checked (domain/import/parcel-checks.ts) against the zone as it is now — existing parcels near it (R*Tree),
 * the platforms, the other records' codes. Nothing is written here; the route stores the result.
 */
import { bbox as turfBbox } from '@turf/turf';
import type { Database } from 'better-sqlite3';
import type { ValidityArea } from '../../domain/geometry-validation.ts';
import {
  areaProblem,
  duplicateCodes,
  geometryProblem,
  importedAreaM2,
  isBlockingProblem,
  missingForInsert,
  overlapProblems,
  type PlatformArea,
  placeParcel,
} from '../../domain/import/parcel-checks.ts';
import {
  type ImportProblem,
  mapParcelRecord,
  type ParcelCandidate,
  type ParcelImportMapping,
  resolveFields,
} from '../../domain/import/parcel-mapping.ts';
import type { AreaGeometry } from '../../domain/schemas.ts';
import { parcelByCode, parcelsNear, platformAreas } from '../db/queries/imports.ts';
import { validityArea } from '../db/queries/settings.ts';
import type { ImportRead } from './read-import.ts';

/** What a staged record would write: the candidate with its computed area and geometry. */
export interface StagedCandidate extends ParcelCandidate {
  areaM2: number;
  geometry: AreaGeometry;
  bbox: [number, number, number, number];
  /** Platform after placement (the file's, or the one holding the geometry). */
  placedPlatformId: string | null;
  /** Town for a new parcel: the file's, the default, or the platform's first town. */
  resolvedTown: string | null;
}

/** One checked record (of parcels by default; projects use check-projects.ts). */
export interface CheckedRecord<C = StagedCandidate> {
  record: number;
  /** Parcel code, or project name. */
  code: string | null;
  platformId: string | null;
  /** Id of the parcel with this code (project with this name) now — an update — or null (an insert). */
  existingId: string | null;
  existingPlatformId: string | null;
  candidate: C | null;
  problems: ImportProblem[];
  blocking: boolean;
}

const isArea = (g: unknown): g is AreaGeometry =>
  typeof g === 'object' && g != null && 'type' in g && (g.type === 'Polygon' || g.type === 'MultiPolygon');

function checkGeometry(
  db: Database,
  record: number,
  geometry: unknown,
  c: ParcelCandidate,
  platforms: readonly PlatformArea[],
  area: ValidityArea,
): {
  staged: Omit<StagedCandidate, keyof ParcelCandidate | 'resolvedTown'> | null;
  platform: PlatformArea | null;
  problems: ImportProblem[];
} {
  const invalid = geometryProblem(record, geometry, area);
  if (invalid || !isArea(geometry))
    return { staged: null, platform: null, problems: invalid ? [invalid] : [] };
  const problems: ImportProblem[] = [];
  const areaM2 = importedAreaM2(geometry);
  const box = turfBbox(geometry) as [number, number, number, number];
  const mismatch = areaProblem(record, c.fileAreaM2, areaM2);
  if (mismatch) problems.push(mismatch);
  const placed = placeParcel(record, geometry, c.platformId, platforms);
  if (placed.problem) problems.push(placed.problem);
  problems.push(...overlapProblems(record, geometry, c.code, parcelsNear(db, box)));
  return {
    staged: { areaM2, geometry, bbox: box, placedPlatformId: placed.platform?.id ?? null },
    platform: placed.platform,
    problems,
  };
}

/**
 * A code that belongs to a retired (split or merged) parcel: codes stay unique over current and retired parcels,
 * so the record can neither update the retired parcel nor take its code (blocking).
 */
function retiredCodeProblem(
  record: number,
  code: string,
  p: { id: string; retiredOn: string | null; retiredReason: string | null },
): ImportProblem {
  const how =
    p.retiredReason === 'merge'
      ? ['合宗', 'merged']
      : p.retiredReason === 'undo'
        ? ['撤销编辑', 'undo of its split or merge']
        : ['分宗', 'split'];
  return {
    code: 'retired_code',
    field: 'code',
    message: `第 ${record} 条记录：地块编号 ${code} 属于已于 ${p.retiredOn} ${how[0]}注销的地块 ${p.id}，请使用新编号或排除此记录。 Record ${record}: parcel code ${code} belongs to parcel ${p.id}, retired (${how[1]}) on ${p.retiredOn}; give the record a new code or exclude it.`,
  };
}

/** Maps and checks every record of `read` as parcels under `mapping`. */
export function checkParcelRecords(
  db: Database,
  read: ImportRead,
  mapping: ParcelImportMapping,
): CheckedRecord[] {
  const fields = resolveFields(mapping, read.fields);
  const platforms = platformAreas(db);
  const area = validityArea(db);
  const readerProblems = new Map<number, ImportProblem[]>();
  for (const p of read.problems) {
    if (p.record == null) continue;
    const list = readerProblems.get(p.record) ?? [];
    list.push({ code: p.code, message: p.message, ...(p.field ? { field: p.field } : {}) });
    readerProblems.set(p.record, list);
  }
  const checked = read.features.map((f): CheckedRecord => {
    const { candidate, problems } = mapParcelRecord(f.record, f.attributes, fields, mapping);
    const fromReader = readerProblems.get(f.record) ?? [];
    // A record the reader could not assemble has no geometry: its reader problem says why.
    const geo =
      f.geometry || fromReader.length === 0
        ? checkGeometry(db, f.record, f.geometry, candidate, platforms, area)
        : { staged: null, platform: null, problems: [] };
    const found = candidate.code ? parcelByCode(db, candidate.code) : undefined;
    const existing = found?.retiredOn ? undefined : found;
    const all = [...fromReader, ...problems, ...geo.problems];
    if (found?.retiredOn) all.push(retiredCodeProblem(f.record, candidate.code ?? '', found));
    // Without usable geometry the record is already blocked, and its platform (hence its town) is unknown.
    if (!existing && geo.staged)
      all.push(...missingForInsert(f.record, candidate, mapping.defaults, geo.platform));
    const resolvedTown = candidate.town ?? mapping.defaults.town ?? geo.platform?.towns[0] ?? null;
    return {
      record: f.record,
      code: candidate.code,
      platformId: geo.staged?.placedPlatformId ?? null,
      existingId: existing?.id ?? null,
      existingPlatformId: existing?.platformId ?? null,
      candidate: geo.staged ? { ...candidate, ...geo.staged, resolvedTown } : null,
      problems: all,
      blocking: false,
    };
  });
  const dups = duplicateCodes(checked);
  for (const r of checked) {
    const others = dups.get(r.record);
    if (others)
      r.problems.push({
        code: 'duplicate_code',
        field: 'code',
        message: `第 ${r.record} 条记录：地块编号 ${r.code} 在文件中重复（另见第 ${others.join('、')} 条）。 Record ${r.record}: parcel code ${r.code} appears again in record(s) ${others.join(', ')}.`,
      });
    r.blocking = r.problems.some(isBlockingProblem);
  }
  return checked;
}
