/**
 * Reading one attribute of a source record (a .dbf cell, a spreadsheet cell, a GeoJSON property) as text, a number
 * or an enum key, and the bilingual message of a record's problem — shared by the platform and 三旧 mappings.
 */

/** A source record's attributes. */
export type SourceAttrs = Record<string, string | number | boolean | null>;

/** Trimmed text of a cell, null when blank. */
export const cellText = (v: SourceAttrs[string] | undefined): string | null =>
  v == null || v === '' ? null : String(v).trim() || null;

/** Number of a cell (thousands separators dropped), null when blank, NaN when not a number. */
export const cellNumber = (v: SourceAttrs[string] | undefined): number | null => {
  if (v == null || v === '') return null;
  const n = typeof v === 'number' ? v : Number(String(v).replace(/,/g, ''));
  return Number.isFinite(n) ? n : Number.NaN;
};

/** The bilingual message of a record's problem: 第 n 条记录：… Record n: …. */
export const recordMessage = (record: number, zh: string, en: string): string =>
  `第 ${record} 条记录：${zh}。 Record ${record}: ${en}.`;

/**
 * An enum key from a source value: the mapping's own value table first, then the key itself (`old_factory`), then
 * its Chinese label (旧厂房). Null when none matches.
 */
export function enumOf<K extends string>(
  value: string,
  keys: readonly K[],
  zh: Readonly<Record<K, string>>,
  table: Readonly<Record<string, K>> | undefined,
): K | null {
  const mapped = table?.[value];
  if (mapped) return mapped;
  if ((keys as readonly string[]).includes(value)) return value as K;
  return keys.find((k) => zh[k] === value) ?? null;
}

/** The source field feeding one of our fields: the mapping's, else the first guessed name the file has. */
export function sourceField<F extends string>(
  field: F,
  named: Partial<Record<F, string>>,
  guesses: Partial<Record<F, readonly string[]>>,
  sourceFields: readonly string[],
): string | null {
  return named[field] ?? guesses[field]?.find((f) => sourceFields.includes(f)) ?? null;
}
