import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { update } from '../../state/app-store.ts';
import { useLang } from './use-lang.ts';

/** Switches between 中文 and English; keeps i18next and <html lang> in step with the UI state. */
export function LanguageToggle() {
  const lang = useLang();
  const { t, i18n } = useTranslation();
  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, i18n, t]);
  return (
    <button
      type="button"
      className="btn btn-ghost"
      data-testid="lang-toggle"
      title={t('app.languageTitle')}
      onClick={() => update({ lang: lang === 'en' ? 'zh-CN' : 'en' })}
    >
      {t('app.language')}
    </button>
  );
}
