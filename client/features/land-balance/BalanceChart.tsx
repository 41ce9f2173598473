import './i18n.ts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMu, type Lang } from '../../../domain/format.ts';
import { EChart } from '../../charts/EChart.tsx';
import type { ChartOption } from '../../charts/echarts-setup.ts';
import type { NamedBalanceRow } from './balance-rows.ts';

const COLORS = { supply: '#2f9e44', demand: '#1c7ed6', shortfall: '#e03131' };

/** Horizontal bars per platform: supply and demand (亩) side by side, and the shortfall where demand exceeds supply. */
export function BalanceChart({ rows, lang }: { rows: NamedBalanceRow[]; lang: Lang }) {
  const { t } = useTranslation();
  const option = useMemo((): ChartOption => {
    // ECharts draws the first category at the bottom; reverse so the table and chart read in the same order.
    const rs = [...rows].reverse();
    const bar = (name: string, color: string, data: number[]) => ({
      type: 'bar' as const,
      name,
      data,
      itemStyle: { color },
      barGap: '10%',
      barCategoryGap: '30%',
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
      xAxis: { type: 'value', axisLabel: { fontSize: 10 } },
      yAxis: {
        type: 'category',
        data: rs.map((r) => r.name),
        axisLabel: { fontSize: 11, width: 110, overflow: 'truncate' },
      },
      series: [
        bar(
          t('landBalance.chart.supply'),
          COLORS.supply,
          rs.map((r) => r.supplyMu),
        ),
        bar(
          t('landBalance.chart.demand'),
          COLORS.demand,
          rs.map((r) => r.demandMu),
        ),
        bar(
          t('landBalance.chart.shortfall'),
          COLORS.shortfall,
          rs.map((r) => Math.max(0, r.shortfallMu)),
        ),
      ],
    };
  }, [rows, lang, t]);
  return (
    <EChart
      id="land-balance"
      option={option}
      height={Math.max(160, 40 + rows.length * 44)}
      label={t('landBalance.chart.label')}
    />
  );
}
