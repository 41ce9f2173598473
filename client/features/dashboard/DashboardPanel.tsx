import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoneyWan, formatMu, formatNumber } from '../../../domain/format.ts';
import { useDashboard } from '../../api/dashboard.ts';
import { usePlatforms } from '../../api/hooks.ts';
import { update, useAppState } from '../../state/app-store.ts';
import { useLang } from '../language/use-lang.ts';
import { DashboardCharts } from './DashboardCharts.tsx';
import { DashboardQueryState } from './DashboardQueryState.tsx';
import { HighlightNotice } from './HighlightNotice.tsx';
import { PlatformCard } from './PlatformCard.tsx';
import { RedevelopmentTrackerView } from './RedevelopmentTrackerView.tsx';
import { TargetCard } from './TargetCard.tsx';
import { useRefDate } from './use-ref-date.ts';
import './dashboard.css';

/**
 * 概览: every target of the year with its progress (grouped by scope: zone first, then platforms), the signed /
 * landed standing of each platform with a target, the charts (following the platform filter) and the 三旧 tracker.
 */
export function DashboardPanel() {
  const { t } = useTranslation();
  const lang = useLang();
  const platform = useAppState((s) => s.filters.platform);
  const { refDate } = useRefDate();
  const q = useDashboard(platform, refDate);
  const platforms = usePlatforms();

  const names = useMemo(
    () => new Map((platforms.data ?? []).map((p) => [p.id, lang === 'en' ? p.nameEn : p.nameZh])),
    [platforms.data, lang],
  );
  const platformName = useCallback((id: string) => names.get(id) ?? id, [names]);
  const scopeName = useCallback(
    (scope: string) => (scope === 'zone' ? t('dashboard.scopeZone') : platformName(scope)),
    [t, platformName],
  );

  // Memoised so a re-render (fetch state, language) does not hand the land chart a "new" option: setOption with
  // notMerge rebuilds every bar, and a click whose mousedown and mouseup land on different elements is dropped.
  const landByState = q.data?.charts.landByState;
  const landPlatforms = useMemo(
    () => [...new Set((landByState ?? []).map((x) => x.platformId))],
    [landByState],
  );

  const d = q.data;
  if (q.error || !d) return <DashboardQueryState error={q.error} />;

  // Zone first, then platforms in the app's platform order (the 357 belt before the 自创区, as in the article).
  const order = (platforms.data ?? []).map((p) => p.id);
  const rank = (scope: string) =>
    scope === 'zone' ? -1 : order.indexOf(scope) < 0 ? order.length : order.indexOf(scope);
  const scopes = [...new Set(['zone', ...d.targets.map((x) => x.scope)])].sort((a, b) => rank(a) - rank(b));

  return (
    <div className="dashboard" data-testid="dashboard" data-ref-date={d.refDate} aria-busy={q.isFetching}>
      <p className="muted small">
        {t('dashboard.refDate')} {formatDate(d.refDate, lang)}
        {platform ? (
          <>
            {' · '}
            {t('dashboard.filteredTo', { name: platformName(platform) })}{' '}
            <button
              type="button"
              className="btn-link"
              onClick={() => update((s) => ({ filters: { ...s.filters, platform: null } }))}
            >
              ×
            </button>
          </>
        ) : null}
      </p>

      <section className="dash-section" data-testid="dashboard-targets">
        <h3>{t('dashboard.targets')}</h3>
        {scopes.map((scope) => {
          const status = d.platforms.find((s) => s.platformId === scope);
          const cards = d.targets.filter((x) => x.scope === scope);
          if (!status && cards.length === 0) return null;
          return (
            <div key={scope} className="card-group">
              <h4 className="group-title">{scopeName(scope)}</h4>
              {status ? <PlatformCard s={status} name={platformName(scope)} lang={lang} /> : null}
              {cards.map((p) => (
                <TargetCard key={p.targetId} p={p} scopeName={scopeName(p.scope)} lang={lang} />
              ))}
            </div>
          );
        })}
        <button
          type="button"
          className="target-card idle-teaser"
          data-testid="idle-teaser"
          onClick={() => update({ tab: 'idle' })}
        >
          <strong>{t('dashboard.idle.title')}</strong>
          <span className="small">
            {t('dashboard.idle.summary', {
              n: formatNumber(
                Object.values(d.idleLand.byStatus).reduce((a, n) => a + n, 0),
                lang,
              ),
              area: formatMu(d.idleLand.areaMu, lang),
              fee: formatMoneyWan(d.idleLand.feeExposureWan, lang),
            })}
          </span>
        </button>
      </section>

      <HighlightNotice />
      <DashboardCharts
        charts={d.charts}
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
