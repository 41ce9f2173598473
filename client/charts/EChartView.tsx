import { useEffect, useRef } from 'react';
import type { EChartProps } from './EChart.tsx';
import { echarts } from './echarts-setup.ts';

/**
 * One ECharts chart (SVG renderer) that resizes with its box and reports clicks. Animation is off: the charts are
 * read as figures and clicked as filters, and bars growing from zero after every filter change would move (or
 * empty) the spot under the pointer mid-click. `data-rendered` is "true" once the current option and size are
 * drawn (ECharts' 'finished'), "false" while a new option or size is pending.
 */
export function EChartView({ id, option, height, onClick, label }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.EChartsType | null>(null);
  const click = useRef(onClick);
  click.current = onClick;

  useEffect(() => {
    if (!box.current) return;
    const el = box.current;
    el.dataset.rendered = 'false';
    const c = echarts.init(el, null, { renderer: 'svg' });
    chart.current = c;
    c.on('finished', () => {
      // A resize not yet applied (the box changed width, e.g. a scrollbar appeared) means not settled.
      el.dataset.rendered = String(c.getWidth() === el.clientWidth && c.getHeight() === el.clientHeight);
    });
    c.on('click', (p) => {
      click.current?.({ seriesIndex: p.seriesIndex ?? 0, dataIndex: p.dataIndex, name: p.name });
    });
    window.__zkCharts ??= {};
    const charts = window.__zkCharts;
    charts[id] = c;
    const ro = new ResizeObserver(() => {
      el.dataset.rendered = 'false';
      c.resize();
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      if (charts[id] === c) delete charts[id];
      c.dispose();
      chart.current = null;
    };
  }, [id]);

  useEffect(() => {
    // notMerge: a filtered chart may have fewer series than before; stale ones must go.
    const c = chart.current;
    if (!c || !box.current) return;
    box.current.dataset.rendered = 'false';
    c.setOption({ ...option, animation: false }, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={box}
      className="dash-chart"
      style={{ height }}
      data-testid={`chart-${id}`}
      role="img"
      aria-label={label}
    />
  );
}
