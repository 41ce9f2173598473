import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, type Lang, labelOf } from '../../../../domain/format.ts';
import type { DashboardAnswer as Dashboard } from '../../../api/types.ts';
import { EChart } from '../../../charts/EChart.tsx';
import { update } from '../../../state/app-store.ts';
import { EMPTY_FILTERS } from '../../../state/url-state.ts';
import { setHighlight } from '../highlight-store.ts';
import { funnelOption } from './options.ts';

type Charts = Dashboard['charts'];

/**
 * The project funnel (all projects, or those from Shenzhen); a stage highlights the parcels of every project
 * that reached it (this stage and all later ones).
 */
export function FunnelChart({
  charts,
  lang,
}: {
  charts: Pick<Charts, 'funnel' | 'shenzhenFunnel'>;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const [shenzhenOnly, setShenzhenOnly] = useState(false);
  const funnel = shenzhenOnly ? charts.shenzhenFunnel : charts.funnel;
  const option = useMemo(
    () => funnelOption(funnel.steps, lang, t('dashboard.charts.now')),
    [funnel, lang, t],
  );
  const onClick = ({ dataIndex }: { dataIndex: number }) => {
    const step = funnel.steps[dataIndex];
    if (!step) return;
    const ids = [...new Set(funnel.steps.slice(dataIndex).flatMap((s) => s.parcelIds))];
    const label = t('dashboard.charts.projectsAtStage', {
      stage: labelOf('projectStage', step.stage, lang),
      n: formatNumber(step.reached, lang),
    });
    // Other filters could hide the projects' parcels; keep only the platform.
    update((s) => ({ filters: { ...EMPTY_FILTERS, platform: s.filters.platform } }));
    setHighlight({ kind: 'parcels', ids, label });
  };
  return (
    <>
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
        option={option}
        height={220}
        label={t('dashboard.charts.funnel')}
        onClick={onClick}
      />
      {funnel.terminated.count > 0 ? (
        <p className="muted small">{t('dashboard.charts.terminated', { n: funnel.terminated.count })}</p>
      ) : null}
    </>
  );
}
