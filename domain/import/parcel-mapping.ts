/**
 * Field mapping of a parcel import: which source field (a .dbf column, a 国土 TXT header field, a spreadsheet
 * column) feeds each of our parcel fields, how source values translate to our enums (地块用途 text → land-use
 * code), and the values to use when the file has none. `mapParcelRecord` turns one source record into a parcel
 * candidate and names every field that is missing or holds a value we do not know.
 */
import { z } from 'zod';
import { LAND_STATES, LAND_USE_ZH, LAND_USES, type LandState, type LandUse } from '../enums.ts';
import { normalizeLandUse } from '../land-use.ts';
import { IsoDate } from '../schemas.ts';
import { M2_PER_HA, muToM2 } from '../units.ts';

/** Our parcel fields a source field can feed. The file's area is only compared with the computed one. */
export const PARCEL_IMPORT_FIELDS = [
  'code',
  'landUse',
  'state',
  'stateSince',
  'platformId',
  'town',
  'plotRatioMax',
  'areaM2',
  'areaHa',
  'areaMu',
] as const;
export type ParcelImportField = (typeof PARCEL_IMPORT_FIELDS)[number];

/** Defaults for fields the file lacks (applied to new parcels only when the field is not mapped). */
const Defaults = z
  .object({
    landUse: z.enum(LAND_USES),
    state: z.enum(LAND_STATES),
    stateSince: IsoDate,
    platformId: z.string().min(1).max(80),
    town: z.string().min(1).max(40),
    plotRatioMax: z.number().positive().max(20),
  })
  .partial()
  .strict();

/** The mapping sent with an import (the `mapping` form field, JSON). */
export const ParcelImportMapping = z
  .object({
    /** Our field → source field name. */
    fields: z.partialRecord(z.enum(PARCEL_IMPORT_FIELDS), z.string().min(1).max(100)).default({}),
    /** Source value → our value, per enum field (added to the built-in Chinese names). */
    values: z
      .object({
        landUse: z.record(z.string().max(100), z.enum(LAND_USES)),
        state: z.record(z.string().max(100), z.enum(LAND_STATES)),
        platformId: z.record(z.string().max(100), z.string().min(1).max(80)),
      })
      .partial()
      .strict()
      .default({}),
    defaults: Defaults.default({}),
  })
  .strict();
export type ParcelImportMapping = z.infer<typeof ParcelImportMapping>;

/** Source fields tried, in order, for each of our fields when the mapping names none (国土 TXT and common dbf names). */
export const GUESSED_SOURCE_FIELDS: Partial<Record<ParcelImportField, readonly string[]>> = {
  code: ['code', '地块编号', 'DKBH', '宗地编号', 'ZDDM', 'ZDBH'],
  landUse: ['landUse', '地类编码', '地块用途', 'YDXZ', '用地性质', 'DLBM', 'TDYT'],
  areaHa: ['地块面积'],
  areaM2: ['areaM2', 'MJ', '面积', 'SHAPE_Area'],
  state: ['state'],
  platformId: ['platformId'],
  town: ['town', '镇街', 'ZJ'],
  plotRatioMax: ['plotRatioMax', '容积率', 'RJL'],
};

/** A parcel an import would write: its fields and the area the file states (㎡, null when it states none). */
export interface ParcelCandidate {
  code: string | null;
  landUse: LandUse | null;
  state: LandState | null;
  stateSince: string | null;
  /** Platform named by the file or the mapping (null: placed by geometry). */
  platformId: string | null;
  town: string | null;
  plotRatioMax: number | null;
  fileAreaM2: number | null;
}

/** A problem of one record, as the report lists it (bilingual message naming the record and field). */
export interface ImportProblem {
  code: string;
  message: string;
  field?: string;
  /** Overlaps: the existing parcel's code and the overlap area, ㎡. */
  parcelCode?: string;
  overlapM2?: number;
}

type Attrs = Record<string, string | number | boolean | null>;

const LAND_USE_BY_NAME: ReadonlyMap<string, LandUse> = new Map(
  LAND_USES.flatMap((lu) => {
    const zh = LAND_USE_ZH[lu];
    return [
      [zh, lu],
      [zh.replace(/[（(].*[)）]$/, ''), lu],
    ] as [string, LandUse][];
  }),
);

/** The source field feeding `field`: the mapping's, else the first guessed name the file has. */
export function sourceFieldOf(
  field: ParcelImportField,
  mapping: ParcelImportMapping,
  sourceFields: readonly string[],
): string | null {
  const named = mapping.fields[field];
  if (named) return named;
  return GUESSED_SOURCE_FIELDS[field]?.find((f) => sourceFields.includes(f)) ?? null;
}

const text = (v: Attrs[string] | undefined): string | null =>
  v == null || v === '' ? null : String(v).trim() || null;

const num = (v: Attrs[string] | undefined): number | null => {
  if (v == null || v === '') return null;
  const n = typeof v === 'number' ? v : Number(String(v).replace(/,/g, ''));
  return Number.isFinite(n) ? n : Number.NaN;
};

/** Land-use code of a source value: a code (1001, M1, M0…), a Chinese name, or the mapping's value table. */
export function landUseOf(value: string, mapping: ParcelImportMapping): LandUse | null {
  return mapping.values.landUse?.[value] ?? normalizeLandUse(value) ?? LAND_USE_BY_NAME.get(value) ?? null;
}

/** Land state of a source value: a key (`ready`), its Chinese label (净地可供), or the mapping's value table. */
function stateOf(value: string, mapping: ParcelImportMapping): LandState | null {
  const mapped = mapping.values.state?.[value];
  if (mapped) return mapped;
  if ((LAND_STATES as readonly string[]).includes(value)) return value as LandState;
  return null;
}

const msg = (record: number, zh: string, en: string) =>
  `第 ${record} 条记录：${zh}。 Record ${record}: ${en}.`;

/** The fields `mapParcelRecord` reads, resolved once per file. */
export type ResolvedFields = Partial<Record<ParcelImportField, string>>;

/** Resolves each of our fields to a source field (mapping first, then guesses). */
export function resolveFields(mapping: ParcelImportMapping, sourceFields: readonly string[]): ResolvedFields {
  const out: ResolvedFields = {};
  for (const f of PARCEL_IMPORT_FIELDS) {
    const s = sourceFieldOf(f, mapping, sourceFields);
    if (s) out[f] = s;
  }
  return out;
}

/** The file's area in ㎡ (from whichever of ㎡ / 公顷 / 亩 is mapped), null when none, NaN when not a number. */
function fileArea(attrs: Attrs, fields: ResolvedFields): number | null {
  if (fields.areaM2) return num(attrs[fields.areaM2]);
  if (fields.areaHa) {
    const ha = num(attrs[fields.areaHa]);
    return ha == null ? null : ha * M2_PER_HA;
  }
  if (fields.areaMu) {
    const mu = num(attrs[fields.areaMu]);
    return mu == null ? null : muToM2(mu);
  }
  return null;
}

/** One source record → a candidate parcel and the problems of its attributes (geometry is checked elsewhere). */
export function mapParcelRecord(
  record: number,
  attrs: Attrs,
  fields: ResolvedFields,
  mapping: ParcelImportMapping,
): { candidate: ParcelCandidate; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const get = (f: ParcelImportField) => (fields[f] ? text(attrs[fields[f]]) : null);
  const unknown = (field: ParcelImportField, value: string, zh: string, en: string) =>
    problems.push({
      code: 'unknown_value',
      field,
      message: msg(
        record,
        `${fields[field]}「${value}」不是已知的${zh}`,
        `${fields[field]} "${value}" is not a known ${en}`,
      ),
    });
  const code = get('code');
  if (!code)
    problems.push({
      code: 'missing_field',
      field: 'code',
      message: msg(
        record,
        `缺少地块编号（${fields.code ?? '未映射'}）`,
        `no parcel code (${fields.code ?? 'not mapped'})`,
      ),
    });
  const rawLandUse = get('landUse');
  const landUse = rawLandUse ? landUseOf(rawLandUse, mapping) : null;
  if (rawLandUse && !landUse) unknown('landUse', rawLandUse, '用地类型', 'land use');
  const rawState = get('state');
  const state = rawState ? stateOf(rawState, mapping) : null;
  if (rawState && !state) unknown('state', rawState, '土地状态', 'land state');
  const rawSince = get('stateSince');
  const sinceOk = rawSince != null && IsoDate.safeParse(rawSince).success;
  if (rawSince && !sinceOk) unknown('stateSince', rawSince, '日期（YYYY-MM-DD）', 'date (YYYY-MM-DD)');
  const rawPlatform = get('platformId');
  const plot = fields.plotRatioMax ? num(attrs[fields.plotRatioMax]) : null;
  if (plot != null && !(plot > 0))
    unknown('plotRatioMax', String(attrs[fields.plotRatioMax!]), '容积率', 'plot ratio');
  const area = fileArea(attrs, fields);
  if (area != null && !(area > 0)) {
    const f = (fields.areaM2 ? 'areaM2' : fields.areaHa ? 'areaHa' : 'areaMu') as ParcelImportField;
    unknown(f, String(attrs[fields[f]!]), '面积', 'area');
  }
  return {
    candidate: {
      code,
      landUse,
      state,
      stateSince: sinceOk ? rawSince : null,
      platformId: rawPlatform ? (mapping.values.platformId?.[rawPlatform] ?? rawPlatform) : null,
      town: get('town'),
      plotRatioMax: plot != null && plot > 0 ? plot : null,
      fileAreaM2: area != null && area > 0 ? area : null,
    },
    problems,
  };
}
