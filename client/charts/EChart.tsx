import { lazy, Suspense } from 'react';
import type { ChartOption } from './echarts-setup.ts';

/** What a click on a bar, slice or point reports: the series and data indices (and the datum's name). */
export interface ChartClick {
  seriesIndex: number;
  dataIndex: number;
  name: string;
}

export interface EChartProps {
  /** Stable id; the instance is exposed as `window.__zkCharts[id]` so browser tests can find a bar's pixel. */
  id: string;
  option: ChartOption;
  height: number;
  onClick?: (c: ChartClick) => void;
  /** Accessible description of the chart (the figures are also in the cards and lists). */
  label: string;
}

// ECharts and zrender (≈ 550 kB minified) load with the first chart shown, not with the app: most visits open a
// parcel or the map long before a chart is needed.
const EChartView = lazy(() => import('./EChartView.tsx').then((m) => ({ default: m.EChartView })));

/** One chart (see EChartView); until ECharts has loaded, an empty box of the chart's height holds its place. */
export function EChart(props: EChartProps) {
  return (
    <Suspense fallback={<div className="dash-chart" style={{ height: props.height }} aria-busy="true" />}>
      <EChartView {...props} />
    </Suspense>
  );
}
