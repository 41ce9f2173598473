/**
 * Strings of lazily loaded features. Each such feature registers its own Chinese and English tables from its
 * `i18n.ts` (imported by every module of the feature that looks a key up), so they travel in the feature's
 * chunk instead of the app shell, and are in i18next before the first component of the feature renders (ES
 * modules run their imports first). The keys stay type-checked: client/i18n/resources.ts adds the tables'
 * types to the key union.
 */
import i18next from 'i18next';

/** A strings table: string leaves under nested keys. */
export type StringTree = { readonly [key: string]: string | StringTree };

/** Tables registered before i18next was initialised (module evaluation order in tests); added by initI18n. */
const pending: [StringTree, StringTree][] = [];

function add(zh: StringTree, en: StringTree): void {
  // deep + overwrite: a feature may share a top-level key with the shell (e.g. `landBalance.tab`).
  i18next.addResourceBundle('zh-CN', 'translation', zh, true, true);
  i18next.addResourceBundle('en', 'translation', en, true, true);
}

/** Adds a feature's strings in both languages under their top-level keys (e.g. `{ admin: adminZh }`). */
export function addFeatureStrings(zh: StringTree, en: StringTree): void {
  if (i18next.isInitialized) add(zh, en);
  else pending.push([zh, en]);
}

/** Adds the tables registered before initialisation (called once by initI18n). */
export function addPendingFeatureStrings(): void {
  for (const [zh, en] of pending.splice(0)) add(zh, en);
}
