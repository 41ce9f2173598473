/**
 * Field mapping of a 招商台账 (investment-promotion ledger) import: which spreadsheet column feeds each project
 * field, how the ledger's words translate to our enums (产业 激光 → `laser`, 来源地 深圳 → `shenzhen`, 阶段 签约 →
 * `signed`, the platform by id or Chinese name), and defaults. `mapProjectRecord` turns one ledger row into a
 * project candidate and names every missing or unknown value. Matching with existing projects (by name) and
 * enterprises (by name) is done by the caller, which knows the database.
 */
import { z } from 'zod';
import {
  INDUSTRIES,
  INDUSTRY_ZH,
  type Industry,
  ORIGIN_ZH,
  ORIGINS,
  type Origin,
  PROJECT_STAGE_ZH,
  PROJECT_STAGES,
  type ProjectStage,
} from '../enums.ts';
import { IsoDate } from '../schemas.ts';
import { WAN_PER_YI } from '../units.ts';
import type { ImportProblem } from './parcel-mapping.ts';
import { resolveMappedFields } from './record-checks.ts';
import { recordMessage } from './source-values.ts';

/** Our project fields a ledger column can feed (money in 万元, or 亿元 via `investmentYi`). */
export const PROJECT_IMPORT_FIELDS = [
  'name',
  'enterprise',
  'industry',
  'origin',
  'investmentWan',
  'investmentYi',
  'fixedInvestmentWan',
  'landDemandMu',
  'floorDemandM2',
  'stage',
  'targetPlatformId',
  'rdOriented',
  'neededBy',
  'annualOutputWan',
  'signed',
] as const;
export type ProjectImportField = (typeof PROJECT_IMPORT_FIELDS)[number];

/** The mapping sent with a projects import (the `mapping` form field, JSON). */
export const ProjectImportMapping = z
  .object({
    fields: z.partialRecord(z.enum(PROJECT_IMPORT_FIELDS), z.string().min(1).max(100)).default({}),
    values: z
      .object({
        industry: z.record(z.string().max(100), z.enum(INDUSTRIES)),
        origin: z.record(z.string().max(100), z.enum(ORIGINS)),
        stage: z.record(z.string().max(100), z.enum(PROJECT_STAGES)),
        targetPlatformId: z.record(z.string().max(100), z.string().min(1).max(80)),
      })
      .partial()
      .strict()
      .default({}),
    defaults: z
      .object({
        industry: z.enum(INDUSTRIES),
        origin: z.enum(ORIGINS),
        stage: z.enum(PROJECT_STAGES),
        rdOriented: z.boolean(),
      })
      .partial()
      .strict()
      .default({}),
  })
  .strict();
export type ProjectImportMapping = z.infer<typeof ProjectImportMapping>;

/** Ledger column names tried, in order, when the mapping names none. */
export const GUESSED_PROJECT_FIELDS: Partial<Record<ProjectImportField, readonly string[]>> = {
  name: ['name', '项目名称', '项目'],
  enterprise: ['enterprise', '企业名称', '投资主体', '企业'],
  industry: ['industry', '产业类别', '所属产业', '产业', '行业'],
  origin: ['origin', '来源地', '投资来源', '来源'],
  investmentWan: [
    'investmentWan',
    '总投资（万元）',
    '总投资(万元)',
    '投资额（万元）',
    '投资额(万元)',
    '总投资',
  ],
  investmentYi: ['总投资（亿元）', '总投资(亿元)', '投资额（亿元）', '投资额(亿元)'],
  fixedInvestmentWan: ['固定资产投资（万元）', '固定资产投资(万元)'],
  landDemandMu: ['landDemandMu', '用地需求（亩）', '用地需求(亩)', '用地需求'],
  floorDemandM2: ['floorDemandM2', '厂房需求（㎡）', '厂房需求(㎡)', '厂房需求（平方米）', '厂房需求'],
  stage: ['stage', '项目阶段', '阶段', '进展'],
  targetPlatformId: ['targetPlatformId', '意向平台', '落户平台', '平台'],
  rdOriented: ['rdOriented', '研发型'],
  neededBy: ['neededBy', '用地时限', '需地时间'],
  annualOutputWan: ['annualOutputWan', '预计年产值（万元）', '预计年产值(万元)', '年产值（万元）'],
  signed: ['签约日期', '签约时间'],
};

/** A project an import would write; null fields are not in the row (an update keeps the stored value). */
export interface ProjectCandidate {
  name: string | null;
  enterprise: string | null;
  industry: Industry | null;
  origin: Origin | null;
  investmentWan: number | null;
  fixedInvestmentWan: number | null;
  landDemandMu: number | null;
  floorDemandM2: number | null;
  stage: ProjectStage | null;
  targetPlatformId: string | null;
  rdOriented: boolean | null;
  neededBy: string | null;
  annualOutputWan: number | null;
  signed: string | null;
}

/** A platform a ledger may name, by id or Chinese name. */
export interface PlatformName {
  id: string;
  nameZh: string;
}

type Attrs = Record<string, string | number | boolean | null>;

const reverse = <K extends string>(zh: Record<K, string>): Map<string, K> =>
  new Map(Object.entries(zh).map(([k, v]) => [v as string, k as K]));
const INDUSTRY_BY_ZH = reverse(INDUSTRY_ZH);
const ORIGIN_BY_ZH = reverse(ORIGIN_ZH);
const STAGE_BY_ZH = reverse(PROJECT_STAGE_ZH);

/** Resolves each of our fields to a ledger column (mapping first, then the guesses). */
export const resolveProjectFields = (
  mapping: ProjectImportMapping,
  sourceFields: readonly string[],
): Partial<Record<ProjectImportField, string>> =>
  resolveMappedFields(PROJECT_IMPORT_FIELDS, mapping.fields, GUESSED_PROJECT_FIELDS, sourceFields);

function enumOf<K extends string>(
  value: string,
  keys: readonly K[],
  byZh: Map<string, K>,
  mapped: Record<string, K> | undefined,
): K | null {
  return (
    mapped?.[value] ??
    ((keys as readonly string[]).includes(value) ? (value as K) : (byZh.get(value) ?? null))
  );
}

const YES = new Set(['是', 'Y', 'y', 'yes', 'true', '1', 'TRUE', '√']);
const NO = new Set(['否', 'N', 'n', 'no', 'false', '0', 'FALSE', '']);

/** Reads the values of one row; `bad(field, value)` is called for each value that cannot be read. */
function readValues(
  get: (f: ProjectImportField) => string | null,
  mapping: ProjectImportMapping,
  platforms: readonly PlatformName[],
  bad: (f: ProjectImportField, v: string) => void,
): ProjectCandidate {
  const number = (f: ProjectImportField): number | null => {
    const v = get(f);
    if (v == null) return null;
    const n = Number(v.replace(/,/g, ''));
    if (Number.isFinite(n) && n >= 0) return n;
    bad(f, v);
    return null;
  };
  const date = (f: ProjectImportField): string | null => {
    const v = get(f);
    if (v == null) return null;
    if (IsoDate.safeParse(v).success) return v;
    bad(f, v);
    return null;
  };
  const enumField = <K extends string>(
    f: ProjectImportField,
    keys: readonly K[],
    byZh: Map<string, K>,
    m?: Record<string, K>,
  ) => {
    const v = get(f);
    if (v == null) return null;
    const k = enumOf(v, keys, byZh, m);
    if (!k) bad(f, v);
    return k;
  };
  const yi = number('investmentYi');
  const platform = get('targetPlatformId');
  const platformId = platform
    ? (mapping.values.targetPlatformId?.[platform] ??
      platforms.find((p) => p.id === platform || p.nameZh === platform)?.id ??
      null)
    : null;
  if (platform && !platformId) bad('targetPlatformId', platform);
  const rd = get('rdOriented');
  const rdOriented = rd == null ? null : YES.has(rd) ? true : NO.has(rd) ? false : null;
  if (rd != null && rdOriented == null) bad('rdOriented', rd);
  const positive = (n: number | null) => (n != null && n > 0 ? n : null);
  return {
    name: get('name'),
    enterprise: get('enterprise'),
    industry: enumField('industry', INDUSTRIES, INDUSTRY_BY_ZH, mapping.values.industry),
    origin: enumField('origin', ORIGINS, ORIGIN_BY_ZH, mapping.values.origin),
    investmentWan: number('investmentWan') ?? (yi == null ? null : yi * WAN_PER_YI),
    fixedInvestmentWan: number('fixedInvestmentWan'),
    landDemandMu: positive(number('landDemandMu')),
    floorDemandM2: positive(number('floorDemandM2')),
    stage: enumField('stage', PROJECT_STAGES, STAGE_BY_ZH, mapping.values.stage),
    targetPlatformId: platformId,
    rdOriented,
    neededBy: date('neededBy'),
    annualOutputWan: number('annualOutputWan'),
    signed: date('signed'),
  };
}

/** One ledger row → a project candidate and the problems of its values. `isNew`: no project has its name yet. */
export function mapProjectRecord(
  record: number,
  attrs: Attrs,
  fields: Partial<Record<ProjectImportField, string>>,
  mapping: ProjectImportMapping,
  platforms: readonly PlatformName[],
  isNew: (name: string) => boolean,
): { candidate: ProjectCandidate; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const get = (f: ProjectImportField) => {
    const col = fields[f];
    const v = col ? attrs[col] : null;
    return v == null ? null : String(v).trim() || null;
  };
  const c = readValues(get, mapping, platforms, (field, v) =>
    problems.push({
      code: 'unknown_value',
      field,
      message: recordMessage(
        record,
        `${fields[field]}「${v}」无法识别`,
        `${fields[field]} "${v}" is not a known value`,
      ),
    }),
  );
  const missing = (field: ProjectImportField, zh: string) =>
    problems.push({
      code: 'missing_field',
      field,
      message: recordMessage(
        record,
        `缺少${zh}（${fields[field] ?? '未映射'}）`,
        `no ${field} (${fields[field] ?? 'not mapped'})`,
      ),
    });
  if (!c.name) missing('name', '项目名称');
  else if (isNew(c.name)) {
    const d = mapping.defaults;
    if (!c.enterprise) missing('enterprise', '企业名称');
    if (!c.industry && !d.industry && !problems.some((p) => p.field === 'industry'))
      missing('industry', '产业');
    if (!c.origin && !d.origin && !problems.some((p) => p.field === 'origin')) missing('origin', '来源地');
    if (c.investmentWan == null && !problems.some((p) => p.field?.startsWith('investment')))
      missing('investmentWan', '总投资');
    if (!c.stage && !d.stage && !problems.some((p) => p.field === 'stage')) missing('stage', '项目阶段');
  }
  return { candidate: c, problems };
}
