import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { update, useAppState } from '../state/app-store.ts';
import { ResultCount } from './filters/ResultCount.tsx';
import { LEFT_PANEL_TABS } from './panels.ts';
import { ExportMenu } from './reports/ExportMenu.tsx';
import { SearchBox } from './search/SearchBox.tsx';

/** The left panel: search always on top, then the registered tabs (filters, layers, legend, …). */
export function LeftPanel() {
  const { t } = useTranslation();
  const tab = useAppState((s) => s.tab);
  const active = LEFT_PANEL_TABS.find((x) => x.id === tab) ?? LEFT_PANEL_TABS[0];
  return (
    <aside className="left-panel" data-testid="left-panel">
      <SearchBox />
      <div className="result-row">
        <ResultCount />
        <ExportMenu />
      </div>
      <div className="tabs" role="tablist">
        {LEFT_PANEL_TABS.map((x) => (
          <button
            key={x.id}
            type="button"
            role="tab"
            aria-selected={x === active}
            className={x === active ? 'tab active' : 'tab'}
            data-testid={`tab-${x.id}`}
            onClick={() => update({ tab: x.id })}
          >
            {t(x.labelKey)}
          </button>
        ))}
      </div>
      <div className="tab-body" role="tabpanel">
        <Suspense fallback={<p className="muted small">{t('app.loading')}</p>}>
          {active ? <active.Component /> : null}
        </Suspense>
      </div>
    </aside>
  );
}
