import { useTranslation } from 'react-i18next';
import { formatMu, formatNumber } from '../../../domain/format.ts';
import { update, useAppState } from '../../state/app-store.ts';
import { activeFilterCount, EMPTY_FILTERS } from '../../state/url-state.ts';
import { useLang } from '../language/use-lang.ts';
import { useMapParcels } from '../map-layers/use-map-parcels.ts';

/** "n parcels, x 亩 in total" for the current filters — the API's count of what the map draws (and the legend). */
export function ResultCount() {
  const { t } = useTranslation();
  const lang = useLang();
  const { summary, total, totalMu, isFetching, error, refetch } = useMapParcels();
  const active = useAppState((s) => activeFilterCount(s.filters));
  if (error) {
    return (
      <div className="result-count error" role="alert" data-testid="parcels-error">
        {t('app.error', { message: error.message })}{' '}
        <button type="button" className="btn-link" onClick={() => void refetch()}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
  if (!summary) return <div className="result-count muted">{t('app.loading')}</div>;
  return (
    <div className="result-count" data-testid="result-count" data-count={total} aria-busy={isFetching}>
      {t('filters.resultCount', { n: formatNumber(total, lang), area: formatMu(totalMu, lang) })}
      {total === 0 && active > 0 ? (
        // An empty map with no reason given reads as a bug; say the filters did it and offer the way back.
        <div className="empty-hint" role="status" data-testid="empty-filters-hint">
          {t('filters.emptyHint', { n: active })}{' '}
          <button
            type="button"
            className="btn-link"
            data-testid="empty-filters-clear"
            onClick={() => update({ filters: EMPTY_FILTERS })}
          >
            {t('filters.clear')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
