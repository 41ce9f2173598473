import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../domain/format.ts';
import type { DashboardAnswer as Dashboard } from '../../api/types.ts';
import { FunnelChart } from './charts/FunnelChart.tsx';
import { InvestmentChart } from './charts/InvestmentChart.tsx';
import { LandByStateChart } from './charts/LandByStateChart.tsx';
import { RedevelopmentChart } from './charts/RedevelopmentChart.tsx';

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
  return (
    <section className="dash-section" data-testid="dashboard-charts">
      <h3>{t('dashboard.charts.title')}</h3>
      <p className="muted small">{t('dashboard.charts.hint')}</p>
      <InvestmentChart data={charts.investmentByIndustry} lang={lang} />
      <LandByStateChart
        data={charts.landByState}
        platformIds={platformIds}
        platformName={platformName}
        lang={lang}
      />
      <FunnelChart charts={charts} lang={lang} />
      <RedevelopmentChart data={charts.redevelopment} lang={lang} />
    </section>
  );
}
