/**
 * The strings of record editing (i18n-zh.ts / i18n-en.ts) in the UI language. They are looked up here rather
 * than through i18next's typed `t`: the app's typed key union is at the size where TypeScript gives up
 * instantiating it (TS2589 in unrelated components), so this feature keeps its own small, still type-checked,
 * key set. `{{name}}` placeholders are filled from `vars`, as i18next does.
 *
 * The Chinese table is in the app shell (the header's time slider uses it); the English one comes with the
 * shell's English strings (edit-en.ts).
 */
import { useLang } from '../language/use-lang.ts';
import { editEnTable } from './edit-en.ts';
import { type EditStrings, editZh } from './i18n-zh.ts';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key of the editing strings, e.g. `project.name`. */
export type EditKey = Leaves<EditStrings>;

/** The string `key` of `table` with `{{name}}` replaced by `vars.name`. */
export function editText(
  table: EditStrings,
  key: EditKey,
  vars: Record<string, string | number> = {},
): string {
  let node: unknown = table;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  const s = typeof node === 'string' ? node : key;
  return s.replace(/\{\{(\w+)\}\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** `te(key, vars)` in the UI language. */
export function useEditText(): (key: EditKey, vars?: Record<string, string | number>) => string {
  const lang = useLang();
  const table = (lang === 'en' ? editEnTable() : null) ?? editZh;
  return (key, vars) => editText(table, key, vars);
}
