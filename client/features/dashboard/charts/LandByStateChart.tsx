import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../domain/format.ts';
import type { DashboardAnswer as Dashboard } from '../../../api/types.ts';
import { EChart } from '../../../charts/EChart.tsx';
import { requestFocus } from '../../../map/focus.ts';
import { update } from '../../../state/app-store.ts';
import { landBarFilters } from '../chart-filters.ts';
import { clearHighlight } from '../highlight-store.ts';
import { landByStateOption, landClick } from './options.ts';

interface Props {
  data: Dashboard['charts']['landByState'];
  /** Platforms shown, in app order (already filtered). */
  platformIds: string[];
  platformName: (id: string) => string;
  lang: Lang;
}

/** Land by platform and supply state (亩); a bar segment filters the map to that platform and state. */
export function LandByStateChart({ data, platformIds, platformName, lang }: Props) {
  const { t } = useTranslation();
  const option = useMemo(
    () => landByStateOption(data, platformIds, platformName, lang),
    [data, platformIds, platformName, lang],
  );
  return (
    <>
      <h4>{t('dashboard.charts.landByState')}</h4>
      <EChart
        id="land-by-state"
        option={option}
        height={Math.max(140, 44 + platformIds.length * 30)}
        label={t('dashboard.charts.landByState')}
        onClick={({ seriesIndex, dataIndex }) => {
          const hit = landClick(data, platformIds, seriesIndex, dataIndex);
          if (!hit) return;
          clearHighlight();
          update({ filters: landBarFilters(hit.platformId, hit.state) });
          requestFocus('platform', hit.platformId);
        }}
      />
    </>
  );
}
