import { useTranslation } from 'react-i18next';
import { labelOf } from '../../../domain/format.ts';
import { update, useAppState } from '../../state/app-store.ts';
import { activeFilterCount, EMPTY_FILTERS, type Filters } from '../../state/url-state.ts';
import { useLang } from '../language/use-lang.ts';

/** The parts of a filter in words (platform, states, land use, area, industry), in the UI language. */
export function filterSummary(
  f: Filters,
  lang: 'zh-CN' | 'en',
  platformName: (id: string) => string,
  area: (min: string, max: string) => string,
): string {
  const parts: string[] = [];
  if (f.platform) parts.push(platformName(f.platform));
  if (f.states.length)
    parts.push(f.states.map((s) => labelOf('landState', s, lang)).join(lang === 'en' ? ', ' : '、'));
  if (f.landUse) parts.push(labelOf('landUse', f.landUse, lang));
  if (f.minMu != null || f.maxMu != null)
    parts.push(area(f.minMu == null ? '0' : String(f.minMu), f.maxMu == null ? '∞' : String(f.maxMu)));
  if (f.industry) parts.push(labelOf('industry', f.industry, lang));
  return parts.join(' · ');
}

/** On 概览: what the map is filtered to (a chart click sets it) with one click to clear it; nothing when unfiltered. */
export function ActiveFilterChip({ platformName }: { platformName: (id: string) => string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const filters = useAppState((s) => s.filters);
  if (activeFilterCount(filters) === 0) return null;
  const summary = filterSummary(filters, lang, platformName, (min, max) =>
    t('refHonesty.area', { min, max }),
  );
  return (
    <p className="filter-chip" data-testid="overview-filter-chip">
      <span>{t('refHonesty.filterActive', { summary })}</span>
      <button
        type="button"
        className="filter-chip-clear"
        data-testid="overview-filter-clear"
        aria-label={t('refHonesty.filterClear')}
        title={t('refHonesty.filterClear')}
        onClick={() => update({ filters: EMPTY_FILTERS })}
      >
        ×
      </button>
    </p>
  );
}
