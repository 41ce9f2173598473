import { lazy, Suspense } from 'react';
import { useAfterMapIdle } from '../state/start-up.ts';
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

/**
 * One chart (see EChartView). Charts wait for the map's first idle (client/state/start-up.ts: at start-up they
 * competed with the map for the main thread) and for ECharts to load; until then an empty box of the chart's
 * height holds its place, so nothing moves when the chart appears.
 */
export function EChart(props: EChartProps) {
  const placeholder = <div className="dash-chart" style={{ height: props.height }} aria-busy="true" />;
  const afterMapIdle = useAfterMapIdle();
  if (!afterMapIdle) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <EChartView {...props} />
    </Suspense>
  );
}
