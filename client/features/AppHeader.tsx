import { useTranslation } from 'react-i18next';
import { formatDate } from '../../domain/format.ts';
import { useConfig } from '../api/hooks.ts';
import { UserMenu } from './auth/UserMenu.tsx';
import { RefDateControl } from './dashboard/RefDateControl.tsx';
import { LanguageToggle } from './language/LanguageToggle.tsx';
import { useLang } from './language/use-lang.ts';
import { useZoneName } from './settings/use-zone-name.ts';
import { CopyLinkButton } from './share-link/CopyLinkButton.tsx';

/**
 * Title bar: a skip link to the search box (first Tab stop), product name, data as-of date, illustrative-geometry
 * note, reference date, copy link, language, account.
 */
export function AppHeader() {
  const { t } = useTranslation();
  const lang = useLang();
  const config = useConfig();
  const zone = useZoneName();
  return (
    <header className="app-header">
      <a className="skip-link" href="#search-input" data-testid="skip-to-search">
        {t('tabs.skipToSearch')}
      </a>
      <h1 data-testid="app-title">{t('app.title', { zone })}</h1>
      <span className="muted small as-of" data-testid="as-of">
        {config.data ? t('app.asOf', { date: formatDate(config.data.asOf, lang) }) : null}
        {config.data?.illustrativeGeometry ? ` · ${t('app.illustrative')}` : null}
      </span>
      <span className="spacer" />
      <RefDateControl />
      <CopyLinkButton />
      <LanguageToggle />
      <UserMenu />
    </header>
  );
}
