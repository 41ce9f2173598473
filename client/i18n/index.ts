import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setEditEn } from '../features/project-form/edit-en.ts';
import { addPendingFeatureStrings } from './feature-strings.ts';
import { zhCN } from './zh-CN.ts';

/** Languages of the UI; zh-CN is the default (planners work in Chinese). Same keys as domain/format.ts `Lang`. */
export const LANGS = ['zh-CN', 'en'] as const;
export type UiLang = (typeof LANGS)[number];

/** True when `s` is a supported UI language code. */
export const isUiLang = (s: string | null | undefined): s is UiLang => s === 'zh-CN' || s === 'en';

/**
 * Initialises i18next once, in `lang`, with the Chinese strings (the default and the fallback). Other languages'
 * strings load on demand (`loadLanguage`), so a Chinese visit does not download the English ones.
 */
export function initI18n(lang: UiLang): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { 'zh-CN': { translation: zhCN } },
      lng: lang,
      fallbackLng: 'zh-CN',
      // React already escapes text; i18next must not double-escape user data interpolated into strings.
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    addPendingFeatureStrings();
  }
  return i18next;
}

/** Whether the shell's English strings (en.ts) are in i18next; lazy features add their own English earlier. */
let shellEnLoaded = false;

/**
 * Makes `lang`'s strings available (English is a chunk of its own, bundled with the app: no third-party
 * network); resolves once i18next has them. Switch the UI state's language only after this, so labels and
 * formatted figures change together.
 */
export async function loadLanguage(lang: UiLang): Promise<void> {
  if (lang === 'en' && !shellEnLoaded) {
    const { en, editEn } = await import('./en.ts');
    setEditEn(editEn);
    // deep: features loaded before may have added English under a key the shell shares (`landBalance.tab`).
    i18next.addResourceBundle('en', 'translation', en, true, true);
    shellEnLoaded = true;
  }
  if (i18next.language !== lang) await i18next.changeLanguage(lang);
}
