import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';

/** Languages of the UI; zh-CN is the default (planners work in Chinese). Same keys as domain/format.ts `Lang`. */
export const LANGS = ['zh-CN', 'en'] as const;
export type UiLang = (typeof LANGS)[number];

/** True when `s` is a supported UI language code. */
export const isUiLang = (s: string | null | undefined): s is UiLang => s === 'zh-CN' || s === 'en';

/** Initialises i18next once with the bundled resources (no network), in `lang`. */
export function initI18n(lang: UiLang): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
      lng: lang,
      fallbackLng: 'zh-CN',
      // React already escapes text; i18next must not double-escape user data interpolated into strings.
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  }
  return i18next;
}
