/**
 * Field mapping of a platform import (产业平台 boundaries): which source field feeds the platform's code (its id),
 * Chinese and English name, kind and towns, how source kinds translate (产业园 → industrial_park), and defaults.
 * The area is always computed from the geometry (geodesic ㎡); a file's area is only compared with it.
 */
import { z } from 'zod';
import { PLATFORM_KIND_ZH, PLATFORM_KINDS, type PlatformKind } from '../enums.ts';
import { URL_ID_PATTERN } from '../ids.ts';
import { muToM2 } from '../units.ts';
import type { ImportProblem } from './parcel-mapping.ts';
import {
  cellNumber,
  cellText,
  enumOf,
  recordMessage,
  type SourceAttrs,
  sourceField,
} from './source-values.ts';

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
export function resolvePlatformFields(
  mapping: PlatformImportMapping,
  sourceFields: readonly string[],
): ResolvedPlatformFields {
  const out: ResolvedPlatformFields = {};
  for (const f of PLATFORM_IMPORT_FIELDS) {
    const s = sourceField(f, mapping.fields, GUESSED_PLATFORM_FIELDS, sourceFields);
    if (s) out[f] = s;
  }
  return out;
}

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
  const missing = (field: PlatformImportField, zh: string) =>
    problems.push({
      code: 'missing_field',
      field,
      message: recordMessage(
        record,
        `缺少${zh}（${fields[field] ?? '未映射'}）`,
        `no ${field} (${fields[field] ?? 'not mapped'})`,
      ),
    });
  const code = get('code');
  if (!code) missing('code', '平台编号');
  else if (!URL_ID_PATTERN.test(code))
    problems.push({
      code: 'unknown_value',
      field: 'code',
      message: recordMessage(
        record,
        `平台编号「${code}」只能由字母、数字和 _ . : - 组成（1–80 个字符）`,
        `platform code "${code}" must be 1–80 letters, digits, _ . : or -`,
      ),
    });
  const nameZh = get('nameZh');
  if (!nameZh) missing('nameZh', '平台名称');
  const rawKind = get('kind');
  const kind = rawKind ? enumOf(rawKind, PLATFORM_KINDS, PLATFORM_KIND_ZH, mapping.values.kind) : null;
  if (rawKind && !kind)
    problems.push({
      code: 'unknown_value',
      field: 'kind',
      message: recordMessage(
        record,
        `${fields.kind}「${rawKind}」不是已知的平台类型`,
        `${fields.kind} "${rawKind}" is not a known platform kind`,
      ),
    });
  else if (!rawKind && !mapping.defaults.kind) missing('kind', '平台类型');
  const rawTowns = get('towns');
  const towns = rawTowns ? splitTowns(rawTowns) : [...(mapping.defaults.towns ?? [])];
  if (towns.length === 0) missing('towns', '所在镇街');
  const m2 = fields.areaM2 ? cellNumber(attrs[fields.areaM2]) : null;
  const mu = fields.areaMu ? cellNumber(attrs[fields.areaMu]) : null;
  const area = m2 ?? (mu == null ? null : muToM2(mu));
  return {
    candidate: {
      code: code && URL_ID_PATTERN.test(code) ? code : null,
      nameZh,
      nameEn: get('nameEn'),
      kind: kind ?? mapping.defaults.kind ?? null,
      towns,
      fileAreaM2: area != null && area > 0 ? area : null,
    },
    problems,
  };
}
