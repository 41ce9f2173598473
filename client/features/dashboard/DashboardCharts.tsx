import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../domain/dashboard/dashboard.ts';
import { formatNumber, type Lang, labelOf } from '../../../domain/format.ts';
import { EChart } from '../../charts/EChart.tsx';
import { requestFocus } from '../../map/focus.ts';
import { update } from '../../state/app-store.ts';
import { EMPTY_FILTERS } from '../../state/url-state.ts';
import { investmentBarFilters, landBarFilters } from './chart-filters.ts';
import {
  funnelOption,
  investmentClick,
  investmentOption,
  landByStateOption,
  landClick,
  redevelopmentClick,
  redevelopmentOption,
} from './charts/options.ts';
import { clearHighlight, setHighlight } from './highlight-store.ts';

interface Props {
  charts: Dashboard['charts'];
  /** Platforms shown on the land chart, in app order (already filtered). */
  platformIds: string[];
  platformName: (id: string) => string;
  lang: Lang;
}

/** The four overview charts; clicks filter the map (industry, platform × state) or highlight parcels / sites. */
export function DashboardCharts({ charts, platformIds, platformName, lang }: Props) {
  const { t } = useTranslation();
  const [shenzhenOnly, setShenzhenOnly] = useState(false);
  const funnel = shenzhenOnly ? charts.shenzhenFunnel : charts.funnel;

  const inv = useMemo(
    () => investmentOption(charts.investmentByIndustry, lang, (g) => t(`dashboard.charts.group.${g}`)),
    [charts.investmentByIndustry, lang, t],
  );
  const land = useMemo(
    () => landByStateOption(charts.landByState, platformIds, platformName, lang),
    [charts.landByState, platformIds, platformName, lang],
  );
  const fun = useMemo(() => funnelOption(funnel.steps, lang, t('dashboard.charts.now')), [funnel, lang, t]);
  const redev = useMemo(
    () =>
      redevelopmentOption(charts.redevelopment.data, charts.redevelopment.targetM2, lang, {
        total: lang === 'en' ? 'Total' : '合计',
        target: t('dashboard.charts.target'),
      }),
    [charts.redevelopment, lang, t],
  );

  return (
    <section className="dash-section" data-testid="dashboard-charts">
      <h3>{t('dashboard.charts.title')}</h3>
      <p className="muted small">{t('dashboard.charts.hint')}</p>

      <h4>{t('dashboard.charts.investment')}</h4>
      <EChart
        id="investment"
        option={inv}
        height={230}
        label={t('dashboard.charts.investment')}
        onClick={({ dataIndex }) => {
          const industry = investmentClick(charts.investmentByIndustry, dataIndex);
          if (!industry) return;
          clearHighlight();
          update((s) => ({ filters: investmentBarFilters(s.filters.platform, industry) }));
        }}
      />

      <h4>{t('dashboard.charts.landByState')}</h4>
      <EChart
        id="land-by-state"
        option={land}
        height={Math.max(140, 44 + platformIds.length * 30)}
        label={t('dashboard.charts.landByState')}
        onClick={({ seriesIndex, dataIndex }) => {
          const hit = landClick(charts.landByState, platformIds, seriesIndex, dataIndex);
          if (!hit) return;
          clearHighlight();
          update({ filters: landBarFilters(hit.platformId, hit.state) });
          requestFocus('platform', hit.platformId);
        }}
      />

      <div className="row-between">
        <h4>{t('dashboard.charts.funnel')}</h4>
        <label className="small">
          <input
            type="checkbox"
            data-testid="funnel-shenzhen"
            checked={shenzhenOnly}
            onChange={(e) => setShenzhenOnly(e.target.checked)}
          />{' '}
          {t('dashboard.charts.funnelShenzhen')}
        </label>
      </div>
      <EChart
        id="funnel"
        option={fun}
        height={220}
        label={t('dashboard.charts.funnel')}
        onClick={({ dataIndex }) => {
          const step = funnel.steps[dataIndex];
          if (!step) return;
          // The slice is every project that reached the stage: this one and all later ones.
          const later = funnel.steps.slice(dataIndex);
          const ids = [...new Set(later.flatMap((s) => s.parcelIds))];
          const label = t('dashboard.charts.projectsAtStage', {
            stage: labelOf('projectStage', step.stage, lang),
            n: formatNumber(step.reached, lang),
          });
          // Other filters could hide the projects' parcels; keep only the platform.
          update((s) => ({ filters: { ...EMPTY_FILTERS, platform: s.filters.platform } }));
          setHighlight({ kind: 'parcels', ids, label });
        }}
      />
      {funnel.terminated.count > 0 ? (
        <p className="muted small">{t('dashboard.charts.terminated', { n: funnel.terminated.count })}</p>
      ) : null}

      <h4>{t('dashboard.charts.redevelopment', { year: charts.redevelopment.year })}</h4>
      <EChart
        id="redevelopment"
        option={redev}
        height={190}
        label={t('dashboard.charts.redevelopment', { year: charts.redevelopment.year })}
        onClick={({ seriesIndex, dataIndex }) => {
          const hit = redevelopmentClick(charts.redevelopment.data, seriesIndex, dataIndex);
          if (!hit) return;
          const type = hit.type === 'total' ? '' : `${labelOf('redevelopmentType', hit.type, lang)} · `;
          setHighlight({
            kind: 'sites',
            ids: hit.siteIds,
            label: `${type}${labelOf('redevelopmentStage', hit.stage, lang)}`,
          });
        }}
      />
    </section>
  );
}
