/**
 * Field mapping of a 三旧改造 site import (标图建库 polygons): code, name, type (旧厂房/旧村庄/旧城镇), mode
 * (工改工/工改科/其他), stage, platform, target year, completed area, floor space, land output (㎡) and expected
 * completion, with value tables for the enums and defaults. The site's area is computed from its geometry
 * (geodesic ㎡); a file's area is only compared with it. Without an expected completion date, the end of the
 * target year is used (31 December), as the 三旧 annual plans count a site by its target year.
 */
import { z } from 'zod';
import {
  REDEVELOPMENT_MODE_ZH,
  REDEVELOPMENT_MODES,
  REDEVELOPMENT_STAGE_ZH,
  REDEVELOPMENT_STAGES,
  REDEVELOPMENT_TYPE_ZH,
  REDEVELOPMENT_TYPES,
  type RedevelopmentMode,
  type RedevelopmentStage,
  type RedevelopmentType,
} from '../enums.ts';
import { IsoDate } from '../schemas.ts';
import type { ImportProblem } from './parcel-mapping.ts';
import { codeProblem, enumField, fileAreaM2, resolveMappedFields } from './record-checks.ts';
import { cellNumber, cellText, recordMessage, type SourceAttrs } from './source-values.ts';

/** Our 三旧 site fields a source field can feed. */
export const REDEVELOPMENT_IMPORT_FIELDS = [
  'code',
  'name',
  'type',
  'mode',
  'stage',
  'platformId',
  'targetYear',
  'completedAreaM2',
  'floorSpaceM2',
  'landOutputM2',
  'expectedCompletion',
  'areaM2',
  'areaMu',
] as const;
export type RedevelopmentImportField = (typeof REDEVELOPMENT_IMPORT_FIELDS)[number];

const Year = z.number().int().min(1990).max(2100);

/** The mapping sent with a 三旧 import (the `mapping` form field, JSON). */
export const RedevelopmentImportMapping = z
  .object({
    fields: z.partialRecord(z.enum(REDEVELOPMENT_IMPORT_FIELDS), z.string().min(1).max(100)).default({}),
    values: z
      .object({
        type: z.record(z.string().max(100), z.enum(REDEVELOPMENT_TYPES)),
        mode: z.record(z.string().max(100), z.enum(REDEVELOPMENT_MODES)),
        stage: z.record(z.string().max(100), z.enum(REDEVELOPMENT_STAGES)),
      })
      .partial()
      .strict()
      .default({}),
    defaults: z
      .object({
        type: z.enum(REDEVELOPMENT_TYPES),
        mode: z.enum(REDEVELOPMENT_MODES),
        stage: z.enum(REDEVELOPMENT_STAGES),
        targetYear: Year,
      })
      .partial()
      .strict()
      .default({}),
  })
  .strict();
export type RedevelopmentImportMapping = z.infer<typeof RedevelopmentImportMapping>;

/** Source fields tried, in order, when the mapping names none (标图建库 attribute names and our own). */
export const GUESSED_REDEVELOPMENT_FIELDS: Partial<Record<RedevelopmentImportField, readonly string[]>> = {
  code: ['code', '图斑编号', '项目编号', '编号', 'TBBH', 'BH'],
  name: ['name', '项目名称', '名称', 'XMMC', 'MC'],
  type: ['type', '改造类型', '三旧类型', 'GZLX', 'SJLX'],
  mode: ['mode', '改造方式', '改造模式', 'GZFS'],
  stage: ['stage', '改造阶段', '进度', 'JD'],
  platformId: ['platformId', '平台'],
  targetYear: ['targetYear', '计划年度', '目标年度', 'ND'],
  completedAreaM2: ['completedAreaM2', '已完成面积'],
  floorSpaceM2: ['floorSpaceM2', '建筑面积', 'JZMJ'],
  landOutputM2: ['landOutputM2', '腾挪用地面积', '释放用地面积'],
  expectedCompletion: ['expectedCompletion', '预计完成日期'],
  areaM2: ['areaM2', '面积', 'MJ', 'SHAPE_Area'],
  areaMu: ['areaMu', '面积亩'],
};

/** A 三旧 site an import would write (area and geometry come from the geometry check). */
export interface RedevelopmentCandidate {
  code: string | null;
  name: string | null;
  type: RedevelopmentType | null;
  mode: RedevelopmentMode | null;
  stage: RedevelopmentStage | null;
  platformId: string | null;
  targetYear: number | null;
  completedAreaM2: number;
  floorSpaceM2: number;
  landOutputM2: number;
  expectedCompletion: string | null;
  fileAreaM2: number | null;
}

/** Resolved source field of each of our fields. */
export type ResolvedRedevelopmentFields = Partial<Record<RedevelopmentImportField, string>>;

/** Resolves each of our fields to a source field (mapping first, then guesses). */
export const resolveRedevelopmentFields = (
  mapping: RedevelopmentImportMapping,
  sourceFields: readonly string[],
): ResolvedRedevelopmentFields =>
  resolveMappedFields(
    REDEVELOPMENT_IMPORT_FIELDS,
    mapping.fields,
    GUESSED_REDEVELOPMENT_FIELDS,
    sourceFields,
  );

type Problems = ImportProblem[];

/** A non-negative area cell (㎡), 0 when blank; a problem when not a number or negative. */
function areaCell(
  record: number,
  field: RedevelopmentImportField,
  attrs: SourceAttrs,
  fields: ResolvedRedevelopmentFields,
  problems: Problems,
): number {
  const v = fields[field] ? cellNumber(attrs[fields[field]]) : null;
  if (v == null) return 0;
  if (v >= 0) return v;
  problems.push({
    code: 'unknown_value',
    field,
    message: recordMessage(
      record,
      `${fields[field]}「${attrs[fields[field]!]}」不是面积`,
      `${fields[field]} "${attrs[fields[field]!]}" is not an area`,
    ),
  });
  return 0;
}

/** Type, mode and stage of a record through the value mapping (or the defaults), naming what does not map. */
function siteEnums(
  record: number,
  get: (f: RedevelopmentImportField) => string | null,
  fields: ResolvedRedevelopmentFields,
  mapping: RedevelopmentImportMapping,
  problems: Problems,
) {
  const { defaults: d, values: v } = mapping;
  const typeSpec = { keys: REDEVELOPMENT_TYPES, zh: REDEVELOPMENT_TYPE_ZH, table: v.type, fallback: d.type };
  const modeSpec = { keys: REDEVELOPMENT_MODES, zh: REDEVELOPMENT_MODE_ZH, table: v.mode, fallback: d.mode };
  const stageSpec = {
    keys: REDEVELOPMENT_STAGES,
    zh: REDEVELOPMENT_STAGE_ZH,
    table: v.stage,
    fallback: d.stage,
  };
  return {
    type: enumField(
      record,
      'type',
      get('type'),
      { ...typeSpec, label: ['改造类型', 'redevelopment type'] },
      fields.type,
      problems,
    ),
    mode: enumField(
      record,
      'mode',
      get('mode'),
      { ...modeSpec, label: ['改造方式', 'redevelopment mode'] },
      fields.mode,
      problems,
    ),
    stage: enumField(
      record,
      'stage',
      get('stage'),
      { ...stageSpec, label: ['改造阶段', 'stage'] },
      fields.stage,
      problems,
    ),
  };
}

/** The target year (the file's, else the default), naming a value that is not a year and a missing one. */
function targetYearOf(
  record: number,
  attrs: SourceAttrs,
  fields: ResolvedRedevelopmentFields,
  fallback: number | undefined,
  problems: Problems,
): number | null {
  const rawYear = fields.targetYear ? cellNumber(attrs[fields.targetYear]) : null;
  const yearOk = rawYear != null && Year.safeParse(rawYear).success;
  if (rawYear != null && !yearOk)
    problems.push({
      code: 'unknown_value',
      field: 'targetYear',
      message: recordMessage(
        record,
        `计划年度「${attrs[fields.targetYear!]}」不是 1990–2100 的年份`,
        `target year "${attrs[fields.targetYear!]}" is not a year 1990–2100`,
      ),
    });
  const targetYear = yearOk ? rawYear : (fallback ?? null);
  if (rawYear == null && targetYear == null)
    problems.push({
      code: 'missing_field',
      field: 'targetYear',
      message: recordMessage(record, '缺少计划年度', 'no target year'),
    });
  return targetYear;
}

/** The expected completion date (ISO): the file's, else the end of the target year; a malformed one is named. */
function expectedCompletionOf(
  record: number,
  rawDate: string | null,
  targetYear: number | null,
  problems: Problems,
): string | null {
  const dateOk = rawDate != null && IsoDate.safeParse(rawDate).success;
  if (rawDate && !dateOk)
    problems.push({
      code: 'unknown_value',
      field: 'expectedCompletion',
      message: recordMessage(
        record,
        `预计完成日期「${rawDate}」不是 YYYY-MM-DD`,
        `expected completion "${rawDate}" is not YYYY-MM-DD`,
      ),
    });
  return dateOk ? rawDate : targetYear != null ? `${targetYear}-12-31` : null;
}

/** One source record → a candidate 三旧 site and the problems of its attributes. */
export function mapRedevelopmentRecord(
  record: number,
  attrs: SourceAttrs,
  fields: ResolvedRedevelopmentFields,
  mapping: RedevelopmentImportMapping,
): { candidate: RedevelopmentCandidate; problems: ImportProblem[] } {
  const problems: Problems = [];
  const get = (f: RedevelopmentImportField) => (fields[f] ? cellText(attrs[fields[f]]) : null);
  const code = get('code');
  const badCode = codeProblem(record, code, fields.code, {
    label: ['编号', 'code'],
    missing: ['三旧项目编号', 'site code'],
  });
  if (badCode) problems.push(badCode);
  const name = get('name');
  if (!name)
    problems.push({
      code: 'missing_field',
      field: 'name',
      message: recordMessage(record, '缺少项目名称', 'no name'),
    });
  const { type, mode, stage } = siteEnums(record, get, fields, mapping, problems);
  const targetYear = targetYearOf(record, attrs, fields, mapping.defaults.targetYear, problems);
  const expectedCompletion = expectedCompletionOf(record, get('expectedCompletion'), targetYear, problems);
  return {
    candidate: {
      code: badCode ? null : code,
      name,
      type,
      mode,
      stage,
      platformId: get('platformId'),
      targetYear,
      completedAreaM2: areaCell(record, 'completedAreaM2', attrs, fields, problems),
      floorSpaceM2: areaCell(record, 'floorSpaceM2', attrs, fields, problems),
      landOutputM2: areaCell(record, 'landOutputM2', attrs, fields, problems),
      expectedCompletion,
      fileAreaM2: fileAreaM2(attrs, fields.areaM2, fields.areaMu),
    },
    problems,
  };
}
