import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { loadLanguage } from '../../i18n/index.ts';
import { update } from '../../state/app-store.ts';
import { useZoneName } from '../settings/use-zone-name.ts';
import { useLang } from './use-lang.ts';

/**
 * Switches between 中文 and English: loads the strings first (loadLanguage), then changes the UI state, so the
 * labels and the formatted figures switch together; keeps i18next and <html lang> in step with the UI state.
 */
export function LanguageToggle() {
  const lang = useLang();
  const { t, i18n } = useTranslation();
  const zone = useZoneName();
  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
    document.title = t('app.title', { zone });
  }, [lang, i18n, t, zone]);
  return (
    <button
      type="button"
      className="btn btn-ghost"
      data-testid="lang-toggle"
      title={t('app.languageTitle')}
      onClick={() => {
        const next = lang === 'en' ? 'zh-CN' : 'en';
        void loadLanguage(next).then(() => update({ lang: next }));
      }}
    >
      {t('app.language')}
    </button>
  );
}
