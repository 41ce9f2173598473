import type { KeyboardEvent } from 'react';
import { Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { update, useAppState } from '../state/app-store.ts';
import { ResultCount } from './filters/ResultCount.tsx';
import { LEFT_PANEL_TABS } from './panels.ts';
import { ExportMenu } from './reports/ExportMenu.tsx';
import { SearchBox } from './search/SearchBox.tsx';
import { nextTabIndex } from './tab-keys.ts';

/**
 * The left panel: search always on top, then the registered tabs (filters, layers, legend, …) as a WAI-ARIA tab
 * list — one Tab stop (the selected tab, roving tabindex), arrow keys and Home/End to change tabs.
 */
export function LeftPanel() {
  const { t } = useTranslation();
  const base = useId();
  const tab = useAppState((s) => s.tab);
  const activeIndex = Math.max(
    0,
    LEFT_PANEL_TABS.findIndex((x) => x.id === tab),
  );
  const active = LEFT_PANEL_TABS[activeIndex];
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = nextTabIndex(e.key, activeIndex, LEFT_PANEL_TABS.length);
    const target = next == null ? undefined : LEFT_PANEL_TABS[next];
    if (!target) return;
    e.preventDefault();
    update({ tab: target.id });
    document.getElementById(`${base}-tab-${target.id}`)?.focus();
  };
  return (
    <aside className="left-panel" data-testid="left-panel" aria-label={t('tabs.search')}>
      <SearchBox />
      <div className="result-row">
        <ResultCount />
        <ExportMenu />
      </div>
      <div className="tabs" role="tablist" aria-label={t('tabs.panel')} onKeyDown={onKeyDown}>
        {LEFT_PANEL_TABS.map((x) => (
          <button
            key={x.id}
            id={`${base}-tab-${x.id}`}
            type="button"
            role="tab"
            aria-selected={x === active}
            aria-controls={`${base}-panel`}
            tabIndex={x === active ? 0 : -1}
            className={x === active ? 'tab active' : 'tab'}
            data-testid={`tab-${x.id}`}
            onClick={() => update({ tab: x.id })}
          >
            {t(x.labelKey)}
          </button>
        ))}
      </div>
      <div
        className="tab-body"
        role="tabpanel"
        id={`${base}-panel`}
        aria-labelledby={active ? `${base}-tab-${active.id}` : undefined}
      >
        {/* The tab's name as the panel's heading: the tabs' own sections start at h3, under the page's h1. */}
        {active ? <h2 className="visually-hidden">{t(active.labelKey)}</h2> : null}
        <Suspense fallback={<p className="muted small">{t('app.loading')}</p>}>
          {active ? <active.Component /> : null}
        </Suspense>
      </div>
    </aside>
  );
}
