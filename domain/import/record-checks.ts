/**
 * The checks of one source record that the platform and 三旧 site mappings share: which source field feeds each
 * of our fields, a missing field, a code that is not a URL id, an enum cell through the value table or default,
 * and the file's own area (㎡, else 亩 → ㎡; 1 亩 = 10000/15 ㎡). Each names the record and the source field in a
 * bilingual problem.
 */
import { URL_ID_PATTERN } from '../ids.ts';
import { muToM2 } from '../units.ts';
import type { ImportProblem } from './parcel-mapping.ts';
import { cellNumber, enumOf, recordMessage, type SourceAttrs, sourceField } from './source-values.ts';

/** Resolves each of our fields to a source field: the mapping's, else the first guessed name the file has. */
export function resolveMappedFields<F extends string>(
  keys: readonly F[],
  named: Partial<Record<F, string>>,
  guesses: Partial<Record<F, readonly string[]>>,
  sourceFields: readonly string[],
): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const f of keys) {
    const s = sourceField(f, named, guesses, sourceFields);
    if (s) out[f] = s;
  }
  return out;
}

/** A bilingual label: [中文, English]. */
export type Label = readonly [string, string];

/** The problem of a field the record lacks, naming the source field it was read from (or that none was mapped). */
export const missingField = (record: number, field: string, label: Label, source: string | undefined) => ({
  code: 'missing_field',
  field,
  message: recordMessage(
    record,
    `缺少${label[0]}（${source ?? '未映射'}）`,
    `no ${label[1]} (${source ?? 'not mapped'})`,
  ),
});

/**
 * The problem of a missing or malformed code, or null when `code` is a valid URL id (1–80 letters, digits,
 * _ . : -; domain/ids.ts). `label` names the code in the malformed message, `missing` in the missing one.
 */
export function codeProblem(
  record: number,
  code: string | null,
  source: string | undefined,
  labels: { label: Label; missing: Label },
): ImportProblem | null {
  if (code != null && URL_ID_PATTERN.test(code)) return null;
  if (!code) return missingField(record, 'code', labels.missing, source);
  return {
    code: 'unknown_value',
    field: 'code',
    message: recordMessage(
      record,
      `${labels.label[0]}「${code}」只能由字母、数字和 _ . : - 组成（1–80 个字符）`,
      `${labels.label[1]} "${code}" must be 1–80 letters, digits, _ . : or -`,
    ),
  };
}

/** How an enum field reads: its keys and Chinese labels, the mapping's value table and default, its label. */
export interface EnumSpec<K extends string> {
  keys: readonly K[];
  zh: Readonly<Record<K, string>>;
  table?: Record<string, K>;
  fallback?: K;
  label: Label;
}

/**
 * An enum cell through the value table (enumOf); a blank cell takes the default, and is a missing field without
 * one; a value that maps to no key is named. Pushes the problem onto `problems`.
 */
export function enumField<K extends string>(
  record: number,
  field: string,
  raw: string | null,
  spec: EnumSpec<K>,
  source: string | undefined,
  problems: ImportProblem[],
): K | null {
  if (!raw) {
    if (!spec.fallback) problems.push(missingField(record, field, spec.label, source));
    return spec.fallback ?? null;
  }
  const k = enumOf(raw, spec.keys, spec.zh, spec.table);
  if (!k)
    problems.push({
      code: 'unknown_value',
      field,
      message: recordMessage(
        record,
        `${source}「${raw}」不是已知的${spec.label[0]}`,
        `${source} "${raw}" is not a known ${spec.label[1]}`,
      ),
    });
  return k;
}

/** The file's own area in ㎡ (the ㎡ field, else the 亩 field converted), null when blank, not a number or ≤ 0. */
export function fileAreaM2(
  attrs: SourceAttrs,
  m2Field: string | undefined,
  muField: string | undefined,
): number | null {
  const m2 = m2Field ? cellNumber(attrs[m2Field]) : null;
  const mu = muField ? cellNumber(attrs[muField]) : null;
  const area = m2 ?? (mu == null ? null : muToM2(mu));
  return area != null && area > 0 ? area : null;
}
