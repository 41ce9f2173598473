/**
 * Field mapping of a platform import (产业平台 boundaries): which source field feeds the platform's code (its id),
 * Chinese and English name, kind and towns, how source kinds translate (产业园 → industrial_park), and defaults.
 * The area is always computed from the geometry (geodesic ㎡); a file's area is only compared with it.
 */
import { z } from 'zod';
import { PLATFORM_KIND_ZH, PLATFORM_KINDS, type PlatformKind } from '../enums.ts';
import type { ImportProblem } from './parcel-mapping.ts';
import { codeProblem, enumField, fileAreaM2, missingField, resolveMappedFields } from './record-checks.ts';
import { cellText, type SourceAttrs } from './source-values.ts';

/** Our platform fields a source field can feed. */
export const PLATFORM_IMPORT_FIELDS = [
  'code',
  'nameZh',
  'nameEn',
  'kind',
  'towns',
  'areaM2',
  'areaMu',
] as const;
export type PlatformImportField = (typeof PLATFORM_IMPORT_FIELDS)[number];

/** The mapping sent with a platform import (the `mapping` form field, JSON). */
export const PlatformImportMapping = z
  .object({
    fields: z.partialRecord(z.enum(PLATFORM_IMPORT_FIELDS), z.string().min(1).max(100)).default({}),
    values: z
      .object({ kind: z.record(z.string().max(100), z.enum(PLATFORM_KINDS)) })
      .partial()
      .strict()
      .default({}),
    defaults: z
      .object({
        kind: z.enum(PLATFORM_KINDS),
        towns: z.array(z.string().min(1).max(40)).min(1).max(20),
      })
      .partial()
      .strict()
      .default({}),
  })
  .strict();
export type PlatformImportMapping = z.infer<typeof PlatformImportMapping>;

/** Source fields tried, in order, when the mapping names none. */
export const GUESSED_PLATFORM_FIELDS: Partial<Record<PlatformImportField, readonly string[]>> = {
  code: ['code', 'id', '平台编号', '编号', 'PTBH', 'BH'],
  nameZh: ['nameZh', 'name', '平台名称', '名称', 'PTMC', 'MC'],
  nameEn: ['nameEn', '英文名称', 'NAME_EN'],
  kind: ['kind', '平台类型', '类型', 'LX'],
  towns: ['towns', 'town', '镇街', '所在镇街', 'ZJ'],
  areaM2: ['areaM2', '面积', 'MJ'],
  areaMu: ['areaMu', '面积亩'],
};

/** A platform an import would write (area and geometry come from the geometry check). */
export interface PlatformCandidate {
  code: string | null;
  nameZh: string | null;
  nameEn: string | null;
  kind: PlatformKind | null;
  towns: string[];
  fileAreaM2: number | null;
}

/** Resolved source field of each of our fields. */
export type ResolvedPlatformFields = Partial<Record<PlatformImportField, string>>;

/** Resolves each of our fields to a source field (mapping first, then guesses). */
export const resolvePlatformFields = (
  mapping: PlatformImportMapping,
  sourceFields: readonly string[],
): ResolvedPlatformFields =>
  resolveMappedFields(PLATFORM_IMPORT_FIELDS, mapping.fields, GUESSED_PLATFORM_FIELDS, sourceFields);

/** Towns of a cell: names separated by 、，,;；/ or spaces. */
export const splitTowns = (v: string): string[] =>
  v
    .split(/[、，,;；/\s]+/)
    .map((t) => t.trim())
    .filter(Boolean);

/** One source record → a candidate platform and the problems of its attributes. */
export function mapPlatformRecord(
  record: number,
  attrs: SourceAttrs,
  fields: ResolvedPlatformFields,
  mapping: PlatformImportMapping,
): { candidate: PlatformCandidate; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const get = (f: PlatformImportField) => (fields[f] ? cellText(attrs[fields[f]]) : null);
  const code = get('code');
  const badCode = codeProblem(record, code, fields.code, {
    label: ['平台编号', 'platform code'],
    missing: ['平台编号', 'code'],
  });
  if (badCode) problems.push(badCode);
  const nameZh = get('nameZh');
  if (!nameZh) problems.push(missingField(record, 'nameZh', ['平台名称', 'nameZh'], fields.nameZh));
  const kind = enumField(
    record,
    'kind',
    get('kind'),
    {
      keys: PLATFORM_KINDS,
      zh: PLATFORM_KIND_ZH,
      table: mapping.values.kind,
      fallback: mapping.defaults.kind,
      label: ['平台类型', 'platform kind'],
    },
    fields.kind,
    problems,
  );
  const rawTowns = get('towns');
  const towns = rawTowns ? splitTowns(rawTowns) : [...(mapping.defaults.towns ?? [])];
  if (towns.length === 0) problems.push(missingField(record, 'towns', ['所在镇街', 'towns'], fields.towns));
  return {
    candidate: {
      code: badCode ? null : code,
      nameZh,
      nameEn: get('nameEn'),
      kind: kind ?? mapping.defaults.kind ?? null,
      towns,
      fileAreaM2: fileAreaM2(attrs, fields.areaM2, fields.areaMu),
    },
    problems,
  };
}
