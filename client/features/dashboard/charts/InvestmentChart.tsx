import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../domain/format.ts';
import type { DashboardAnswer as Dashboard } from '../../../api/types.ts';
import { EChart } from '../../../charts/EChart.tsx';
import { update } from '../../../state/app-store.ts';
import { investmentBarFilters } from '../chart-filters.ts';
import { clearHighlight } from '../highlight-store.ts';
import { investmentClick, investmentOption } from './options.ts';

/** Investment by industry group; a bar filters the map to that industry (keeping the platform filter). */
export function InvestmentChart({
  data,
  lang,
}: {
  data: Dashboard['charts']['investmentByIndustry'];
  lang: Lang;
}) {
  const { t } = useTranslation();
  const option = useMemo(
    () => investmentOption(data, lang, (g) => t(`dashboard.charts.group.${g}`)),
    [data, lang, t],
  );
  return (
    <>
      <h4>{t('dashboard.charts.investment')}</h4>
      <EChart
        id="investment"
        option={option}
        height={230}
        label={t('dashboard.charts.investment')}
        onClick={({ dataIndex }) => {
          const industry = investmentClick(data, dataIndex);
          if (!industry) return;
          clearHighlight();
          update((s) => ({ filters: investmentBarFilters(s.filters.platform, industry) }));
        }}
      />
    </>
  );
}
