/**
 * The strings of geometry editing (i18n-zh.ts / i18n-en.ts) in the UI language, looked up here rather than
 * through i18next's typed `t`: the app's typed key union is at the size where TypeScript gives up instantiating
 * it, so this feature keeps its own small, still type-checked, key set. `{{name}}` is filled from `vars`.
 */
import { useLang } from '../language/use-lang.ts';
import { geomEn } from './i18n-en.ts';
import { type GeomStrings, geomZh } from './i18n-zh.ts';

/** A key of the geometry-edit strings. */
export type GeomKey = keyof GeomStrings;

/** The string `key` of `table` with `{{name}}` replaced by `vars.name`. */
export function geomText(
  table: GeomStrings,
  key: GeomKey,
  vars: Record<string, string | number> = {},
): string {
  return table[key].replace(/\{\{(\w+)\}\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** `tg(key, vars)` in the UI language. */
export function useGeomText(): (key: GeomKey, vars?: Record<string, string | number>) => string {
  const table = useLang() === 'en' ? geomEn : geomZh;
  return (key, vars) => geomText(table, key, vars);
}
