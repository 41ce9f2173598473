/**
 * Left-panel tabs, in display order. To add a tab, add one line here with its id, i18n label key and
 * component — nothing else needs to change. The tab id is kept in the URL (`tab=`), except for the default
 * tab (`DEFAULT_STATE.tab` in url-state.ts): 概览, first, so that opening the app shows every target with
 * its progress on the reference date.
 */
import type { ParseKeys } from 'i18next';
import { type ComponentType, lazy } from 'react';

// Every tab loads as its own chunk when first opened (LeftPanel shows a loading line meanwhile): the overview,
// the idle-land list and the land balance are the heavy ones (cards, chart options, tables); the filters,
// layers and legend tabs are light but not shown at start (the overview is the default tab), so they stay out
// of the app shell too (tests/e2e/bundle-budget.test.ts).
const DashboardPanel = lazy(() =>
  import('./dashboard/DashboardPanel.tsx').then((m) => ({ default: m.DashboardPanel })),
);
const IdleLandPanel = lazy(() =>
  import('./dashboard/IdleLandPanel.tsx').then((m) => ({ default: m.IdleLandPanel })),
);
const WhatChangedPanel = lazy(() =>
  import('./what-changed/WhatChangedPanel.tsx').then((m) => ({ default: m.WhatChangedPanel })),
);
const LandBalancePanel = lazy(() =>
  import('./land-balance/LandBalancePanel.tsx').then((m) => ({ default: m.LandBalancePanel })),
);
const FiltersPanel = lazy(() =>
  import('./filters/FiltersPanel.tsx').then((m) => ({ default: m.FiltersPanel })),
);
const LayersPanel = lazy(() => import('./layers/LayersPanel.tsx').then((m) => ({ default: m.LayersPanel })));
const LegendPanel = lazy(() => import('./legend/LegendPanel.tsx').then((m) => ({ default: m.LegendPanel })));

export interface LeftPanelTab {
  id: string;
  /** i18n key of the tab label. */
  labelKey: ParseKeys;
  Component: ComponentType;
}

export const LEFT_PANEL_TABS: readonly LeftPanelTab[] = [
  { id: 'overview', labelKey: 'dashboard.tab', Component: DashboardPanel },
  { id: 'filters', labelKey: 'tabs.filters', Component: FiltersPanel },
  { id: 'idle', labelKey: 'dashboard.idleTab', Component: IdleLandPanel },
  { id: 'land-balance', labelKey: 'landBalance.tab', Component: LandBalancePanel },
  { id: 'changes', labelKey: 'tabs.changes', Component: WhatChangedPanel },
  { id: 'layers', labelKey: 'tabs.layers', Component: LayersPanel },
  { id: 'legend', labelKey: 'tabs.legend', Component: LegendPanel },
];
