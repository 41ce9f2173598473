/**
 * Checks of one imported parcel against its geometry and the zone, before anything is written: invalid geometry
 * (geometry-validation.ts), overlap with existing parcels above the tolerance (each named with the overlap
 * area), outside every platform (or outside the platform the file names), the file's area more than 1 % from the
 * computed geodesic area, and the fields a new parcel cannot do without. Overlap and outside areas use the same
 * turf operations as parcel editing (parcel-edit/topology-check.ts), so an import and an edit agree.
 */
import { type ValidityArea, validateAreaGeometry } from '../geometry-validation.ts';
import { geodesicAreaM2 } from '../parcel-edit/part-measures.ts';
import { outsideAreaM2, overlapAreaM2 } from '../parcel-edit/topology-check.ts';
import type { AreaGeometry } from '../schemas.ts';
import type { ImportProblem, ParcelCandidate, ParcelImportMapping } from './parcel-mapping.ts';

/** Overlap or outside area below this is digitising noise, ㎡ (as for parcel edits). */
export const IMPORT_OVERLAP_TOLERANCE_M2 = 1;

/** File area vs computed area: more than this relative difference is reported (1 %). */
export const AREA_MISMATCH_RATIO = 0.01;

/**
 * Problems that do not block a commit. The file's area is often the 出让 area net of roads or from another survey,
 * so a difference is shown for the user to judge; the parcel takes the computed area.
 */
export const IMPORT_WARNING_CODES: ReadonlySet<string> = new Set([
  'area_mismatch',
  'extra_layers',
  'no_dbf',
  'axes_swapped',
]);

/** True when the problem must be fixed, or its record excluded, before a commit. */
export const isBlockingProblem = (p: { code: string }): boolean => !IMPORT_WARNING_CODES.has(p.code);

/** An existing parcel near an imported one. */
export interface ExistingParcel {
  id: string;
  code: string;
  geometry: AreaGeometry;
}

/** A platform an imported parcel may lie in. */
export interface PlatformArea {
  id: string;
  towns: readonly string[];
  geometry: AreaGeometry;
}

const msg = (record: number, zh: string, en: string) =>
  `第 ${record} 条记录：${zh}。 Record ${record}: ${en}.`;
const round = (m2: number) => Math.round(m2 * 10) / 10;

/** Invalid geometry as a problem (null when valid); `area` is the zone's validity box (settings). */
export function geometryProblem(
  record: number,
  geometry: unknown,
  area?: ValidityArea,
): ImportProblem | null {
  if (geometry == null)
    return { code: 'no_geometry', message: msg(record, '没有几何图形', 'no geometry'), field: 'geometry' };
  const v = validateAreaGeometry(geometry, area);
  return v.valid
    ? null
    : { code: 'invalid_geometry', message: msg(record, v.message, v.reason), field: 'geometry' };
}

/** Every existing parcel (other than the one with the same code) overlapping by more than the tolerance. */
export function overlapProblems(
  record: number,
  geometry: AreaGeometry,
  ownCode: string | null,
  neighbours: readonly ExistingParcel[],
): ImportProblem[] {
  const out: ImportProblem[] = [];
  for (const n of neighbours) {
    if (n.code === ownCode) continue;
    const a = overlapAreaM2(geometry, n.geometry);
    if (a <= IMPORT_OVERLAP_TOLERANCE_M2) continue;
    out.push({
      code: 'overlap',
      field: 'geometry',
      parcelCode: n.code,
      overlapM2: round(a),
      message: msg(
        record,
        `与现有地块 ${n.code} 重叠 ${round(a)} ㎡`,
        `overlaps existing parcel ${n.code} by ${round(a)} ㎡`,
      ),
    });
  }
  return out;
}

/**
 * The platform of an imported parcel: the one the file names (which must hold the parcel), else the one
 * holding it (at most the tolerance outside). Null with a problem when none does.
 */
export function placeParcel(
  record: number,
  geometry: AreaGeometry,
  named: string | null,
  platforms: readonly PlatformArea[],
): { platform: PlatformArea | null; problem: ImportProblem | null } {
  if (named) {
    const p = platforms.find((x) => x.id === named);
    if (!p)
      return {
        platform: null,
        problem: {
          code: 'unknown_value',
          field: 'platformId',
          message: msg(record, `平台「${named}」不存在`, `platform "${named}" does not exist`),
        },
      };
    const out = outsideAreaM2(geometry, p.geometry);
    if (out <= IMPORT_OVERLAP_TOLERANCE_M2) return { platform: p, problem: null };
    return {
      platform: p,
      problem: {
        code: 'outside_platform',
        field: 'geometry',
        message: msg(
          record,
          `有 ${round(out)} ㎡ 在平台 ${named} 之外`,
          `${round(out)} ㎡ lie outside platform ${named}`,
        ),
      },
    };
  }
  const holder = platforms.find((p) => outsideAreaM2(geometry, p.geometry) <= IMPORT_OVERLAP_TOLERANCE_M2);
  if (holder) return { platform: holder, problem: null };
  return {
    platform: null,
    problem: {
      code: 'outside_platform',
      field: 'geometry',
      message: msg(record, '不在任何平台范围内', 'lies outside every platform'),
    },
  };
}

/** The file's area more than 1 % from the computed geodesic area, as a (non-blocking) problem. */
export function areaProblem(
  record: number,
  fileAreaM2: number | null,
  computedM2: number,
): ImportProblem | null {
  if (fileAreaM2 == null || computedM2 <= 0) return null;
  const ratio = Math.abs(fileAreaM2 - computedM2) / computedM2;
  if (ratio <= AREA_MISMATCH_RATIO) return null;
  const pct = Math.round(ratio * 1000) / 10;
  return {
    code: 'area_mismatch',
    field: 'area',
    message: msg(
      record,
      `文件面积 ${round(fileAreaM2)} ㎡ 与计算面积 ${round(computedM2)} ㎡ 相差 ${pct}%`,
      `file area ${round(fileAreaM2)} ㎡ differs from the computed ${round(computedM2)} ㎡ by ${pct} %`,
    ),
  };
}

/** Geodesic area of an imported geometry, ㎡. */
export const importedAreaM2 = (g: AreaGeometry): number => geodesicAreaM2(g);

/** Fields a new parcel needs that neither the file nor the mapping's defaults give. */
export function missingForInsert(
  record: number,
  c: ParcelCandidate,
  defaults: ParcelImportMapping['defaults'],
  platform: PlatformArea | null,
): ImportProblem[] {
  const need: [keyof ParcelCandidate, boolean, string][] = [
    ['landUse', c.landUse != null || defaults.landUse != null, '用地类型'],
    ['plotRatioMax', c.plotRatioMax != null || defaults.plotRatioMax != null, '容积率上限'],
    ['town', c.town != null || defaults.town != null || (platform?.towns.length ?? 0) > 0, '镇街'],
  ];
  return need
    .filter(([, ok]) => !ok)
    .map(([field, , zh]) => ({
      code: 'missing_field',
      field,
      message: msg(
        record,
        `新地块缺少${zh}（请映射字段或给出默认值）`,
        `a new parcel needs ${field} (map a field or give a default)`,
      ),
    }));
}

/** Records whose code appears more than once in the file: record → the other records with that code. */
export function duplicateCodes(
  records: readonly { record: number; code: string | null }[],
): Map<number, number[]> {
  const byCode = new Map<string, number[]>();
  for (const r of records) if (r.code) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r.record]);
  const out = new Map<number, number[]>();
  for (const list of byCode.values())
    if (list.length > 1)
      for (const r of list)
        out.set(
          r,
          list.filter((x) => x !== r),
        );
  return out;
}
