import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Lang, labelOf } from '../../../../domain/format.ts';
import type { DashboardAnswer as Dashboard } from '../../../api/types.ts';
import { EChart } from '../../../charts/EChart.tsx';
import { setHighlight } from '../highlight-store.ts';
import { redevelopmentClick, redevelopmentOption } from './options.ts';

/** 三旧 area by type and stage against the year's target; a bar highlights its sites on the map. */
export function RedevelopmentChart({
  data,
  lang,
}: {
  data: Dashboard['charts']['redevelopment'];
  lang: Lang;
}) {
  const { t } = useTranslation();
  const option = useMemo(
    () =>
      redevelopmentOption(data.data, data.targetM2, lang, {
        total: lang === 'en' ? 'Total' : '合计',
        target: t('dashboard.charts.target'),
      }),
    [data, lang, t],
  );
  const title = t('dashboard.charts.redevelopment', { year: data.year });
  return (
    <>
      <h4>{title}</h4>
      <EChart
        id="redevelopment"
        option={option}
        height={190}
        label={title}
        onClick={({ seriesIndex, dataIndex }) => {
          const hit = redevelopmentClick(data.data, seriesIndex, dataIndex);
          if (!hit) return;
          const type = hit.type === 'total' ? '' : `${labelOf('redevelopmentType', hit.type, lang)} · `;
          setHighlight({
            kind: 'sites',
            ids: hit.siteIds,
            label: `${type}${labelOf('redevelopmentStage', hit.stage, lang)}`,
          });
        }}
      />
    </>
  );
}
