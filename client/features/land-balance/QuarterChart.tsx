import './i18n.ts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMu, type Lang } from '../../../domain/format.ts';
import type { LandBalanceAnswer } from '../../api/types.ts';
import { EChart } from '../../charts/EChart.tsx';
import type { ChartOption } from '../../charts/echarts-setup.ts';

const COLORS = { supply: '#2f9e44', demand: '#1c7ed6', shortfall: '#e03131' };

/**
 * Quarter by quarter (亩): supply coming on stream (land in hand in the first quarter; reserve ready dates and
 * 三旧 completions when counted) against demand by need-by date, and the running shortage (cumulative demand −
 * cumulative supply, shown only where positive) as a line.
 */
export function QuarterChart({ b, lang }: { b: LandBalanceAnswer; lang: Lang }) {
  const { t } = useTranslation();
  const qs = b.shortfall.byQuarter;
  const option = useMemo((): ChartOption => {
    const bar = (name: string, color: string, data: number[]) => ({
      type: 'bar' as const,
      name,
      data,
      itemStyle: { color },
      barGap: '10%',
    });
    return {
      animation: false,
      grid: { left: 8, right: 16, top: 28, bottom: 4, containLabel: true },
      legend: { top: 0, itemWidth: 12, itemHeight: 8, textStyle: { fontSize: 11 } },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (v) => formatMu(Number(v), lang),
      },
      xAxis: { type: 'category', data: qs.map((q) => q.quarter), axisLabel: { fontSize: 10 } },
      yAxis: { type: 'value', axisLabel: { fontSize: 10 } },
      series: [
        bar(
          t('landBalance.quarter.supply'),
          COLORS.supply,
          qs.map((q) => q.supplyMu),
        ),
        bar(
          t('landBalance.quarter.demand'),
          COLORS.demand,
          qs.map((q) => q.demandMu),
        ),
        {
          type: 'line' as const,
          name: t('landBalance.quarter.cumulative'),
          data: qs.map((q) => Math.max(0, q.cumulativeShortfallMu)),
          itemStyle: { color: COLORS.shortfall },
          lineStyle: { color: COLORS.shortfall },
        },
      ],
    };
  }, [qs, lang, t]);
  if (qs.length === 0) return null;
  const last = qs.at(-1);
  return (
    <div data-testid="lb-quarters" data-quarters={qs.length}>
      <h4>{t('landBalance.quarter.title')}</h4>
      <EChart
        id="land-balance-quarters"
        option={option}
        height={220}
        label={t('landBalance.quarter.title')}
      />
      {last ? (
        <p className="muted small" data-testid="lb-quarter-note">
          {last.cumulativeShortfallMu > 0
            ? t('landBalance.quarter.shortBy', {
                quarter: last.quarter,
                mu: formatMu(last.cumulativeShortfallMu, lang),
              })
            : t('landBalance.quarter.coveredBy', { quarter: last.quarter })}
        </p>
      ) : null}
    </div>
  );
}
