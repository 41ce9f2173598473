import { useTranslation } from 'react-i18next';
import { clearHighlight, useHighlight } from './highlight-store.ts';

/** "n parcels highlighted: …" with a clear button, under the charts that set it. */
export function HighlightNotice() {
  const { t } = useTranslation();
  const h = useHighlight();
  if (!h) return null;
  const text =
    h.ids.length === 0
      ? t('dashboard.highlight.none', { label: h.label })
      : t(h.kind === 'sites' ? 'dashboard.highlight.sites' : 'dashboard.highlight.parcels', {
          n: h.ids.length,
          label: h.label,
        });
  return (
    <div
      className="highlight-notice small"
      role="status"
      data-testid="highlight-notice"
      data-count={h.ids.length}
    >
      <span>{text}</span>
      <button type="button" className="btn btn-small" onClick={clearHighlight}>
        {t('dashboard.highlight.clear')}
      </button>
    </div>
  );
}
