import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoneyWan, formatMu, formatNumber, type Lang } from '../../../domain/format.ts';
import { useDashboard } from '../../api/dashboard.ts';
import { usePlatforms } from '../../api/hooks.ts';
import { update, useAppState } from '../../state/app-store.ts';
import { useLedgerAsOf } from '../history/use-ledger-as-of.ts';
import { useLang } from '../language/use-lang.ts';
import { usePlatformNames } from '../language/use-platform-names.ts';
import { ActiveFilterChip } from './ActiveFilterChip.tsx';
import { DashboardCharts } from './DashboardCharts.tsx';
import { DashboardQueryState } from './DashboardQueryState.tsx';
import { HighlightNotice } from './HighlightNotice.tsx';
import { PlatformCard } from './PlatformCard.tsx';
import { ProjectedMark } from './ProjectedMark.tsx';
import { RedevelopmentTrackerView } from './RedevelopmentTrackerView.tsx';
import { scopeOrder } from './scope-order.ts';
import { TargetCard } from './TargetCard.tsx';
import { useRefDate } from './use-ref-date.ts';
import './dashboard.css';
import type { DashboardAnswer } from '../../api/types.ts';

/**
 * 概览: every target of the year with its progress (grouped by scope: zone first, then platforms), the signed /
 * landed standing of each platform with a target, the charts (following the platform filter) and the 三旧 tracker.
 */
export function DashboardPanel() {
  const { t } = useTranslation();
  const lang = useLang();
  const platform = useAppState((s) => s.filters.platform);
  const { refDate } = useRefDate();
  const asOf = useLedgerAsOf();
  const q = useDashboard(platform, refDate, asOf);
  // The land chart keeps every platform whatever the platform filter, so after one bar click the next
  // platform's bar is still there to click (the filter narrows the map and the cards, not the chart's series).
  const zone = useDashboard(null, refDate, asOf);
  const platforms = usePlatforms();
  const names = usePlatformNames();
  const platformName = useCallback((id: string) => names.get(id) ?? id, [names]);
  const scopeName = useCallback(
    (scope: string) => (scope === 'zone' ? t('dashboard.scopeZone') : platformName(scope)),
    [t, platformName],
  );

  // Memoised so a re-render (fetch state, language) does not hand the land chart a "new" option: setOption with
  // notMerge rebuilds every bar, and a click whose mousedown and mouseup land on different elements is dropped.
  const landByState = zone.data?.charts.landByState ?? q.data?.charts.landByState;
  const landPlatforms = useMemo(
    () => [...new Set((landByState ?? []).map((x) => x.platformId))],
    [landByState],
  );

  const d = q.data;
  if (q.error || !d) return <DashboardQueryState error={q.error} />;
  const order = (platforms.data ?? []).map((p) => p.id);
  return (
    <div className="dashboard" data-testid="dashboard" data-ref-date={d.refDate} aria-busy={q.isFetching}>
      <p className="muted small">
        {t('dashboard.refDate')} {formatDate(d.refDate, lang)} <ProjectedMark />
      </p>
      <ActiveFilterChip platformName={platformName} />
      <section className="dash-section" data-testid="dashboard-targets">
        <h3>{t('dashboard.targets')}</h3>
        {scopeOrder(d.targets, order).map((scope) => (
          <TargetGroup
            key={scope}
            title={scopeName(scope)}
            status={d.platforms.find((s) => s.platformId === scope)}
            cards={d.targets.filter((x) => x.scope === scope)}
            platformName={platformName(scope)}
            scopeName={scopeName}
            lang={lang}
          />
        ))}
        <IdleTeaser idle={d.idleLand} lang={lang} />
      </section>
      <HighlightNotice />
      <DashboardCharts
        charts={landByState ? { ...d.charts, landByState } : d.charts}
        platformIds={landPlatforms}
        platformName={platformName}
        lang={lang}
      />
      {d.redevelopment.map((tr) => (
        <RedevelopmentTrackerView
          key={tr.year}
          tr={tr}
          scopeName={scopeName(
            d.targets.find((x) => x.metric === 'redevelopment_area' && x.year === tr.year)?.scope ?? 'zone',
          )}
          lang={lang}
        />
      ))}
    </div>
  );
}

/** One scope's cards: the platform's pipeline standing (if it has one), then its targets. */
function TargetGroup(p: {
  title: string;
  status: DashboardAnswer['platforms'][number] | undefined;
  cards: DashboardAnswer['targets'];
  platformName: string;
  scopeName: (scope: string) => string;
  lang: Lang;
}) {
  if (!p.status && p.cards.length === 0) return null;
  return (
    <div className="card-group">
      <h4 className="group-title">{p.title}</h4>
      {p.status ? <PlatformCard s={p.status} name={p.platformName} lang={p.lang} /> : null}
      {p.cards.map((c) => (
        <TargetCard key={c.targetId} p={c} scopeName={p.scopeName(c.scope)} lang={p.lang} />
      ))}
    </div>
  );
}

/** The idle-land summary as a card that opens the 闲置预警 tab. */
function IdleTeaser({ idle, lang }: { idle: DashboardAnswer['idleLand']; lang: Lang }) {
  const { t } = useTranslation();
  const n = Object.values(idle.byStatus).reduce((a, x) => a + x, 0);
  return (
    <button
      type="button"
      className="target-card idle-teaser"
      data-testid="idle-teaser"
      onClick={() => update({ tab: 'idle' })}
    >
      <strong>{t('dashboard.idle.title')}</strong>
      <span className="small">
        {t('dashboard.idle.summary', {
          n: formatNumber(n, lang),
          area: formatMu(idle.areaMu, lang),
          fee: formatMoneyWan(idle.feeExposureWan, lang),
        })}
      </span>
    </button>
  );
}
