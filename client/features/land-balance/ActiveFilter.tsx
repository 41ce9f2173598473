import './i18n.ts';
import { useTranslation } from 'react-i18next';
import { type Lang, labelOf } from '../../../domain/format.ts';
import { usePlatforms } from '../../api/hooks.ts';
import { update, useAppState } from '../../state/app-store.ts';

/**
 * The 筛选 filters the land balance follows (platform, industry), shown at the top of the tab with one click to
 * clear them — a filtered balance is never presented silently as the zone's.
 */
export function ActiveFilter({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const platform = useAppState((s) => s.filters.platform);
  const industry = useAppState((s) => s.filters.industry);
  const platforms = usePlatforms();
  if (!platform && !industry) return null;
  const p = platforms.data?.find((x) => x.id === platform);
  const what = [
    platform ? (p ? (lang === 'en' ? p.nameEn : p.nameZh) : platform) : null,
    industry ? labelOf('industry', industry, lang) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <p className="lb-active-filter" data-testid="lb-active-filter" role="status">
      {t('landBalance.activeFilter', { what })}{' '}
      <button
        type="button"
        className="btn-link"
        data-testid="lb-clear-filter"
        onClick={() => update((s) => ({ filters: { ...s.filters, platform: null, industry: null } }))}
      >
        {t('landBalance.clearFilter')}
      </button>
    </p>
  );
}
