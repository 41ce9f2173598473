/**
 * ECharts options of the overview, built from the API's series (pure: data + language in, option out), and the
 * reverse lookups that turn a click (series index, data index) back into what to filter the map to.
 * Money arrives in 万元 and is charted in 亿元; land in 亩; 三旧 areas in ㎡.
 */
import type {
  FunnelStep,
  InvestmentDatum,
  InvestmentGroup,
  LandStateDatum,
  RedevelopmentDatum,
} from '../../../../domain/dashboard/charts.ts';
import { INVESTMENT_GROUPS } from '../../../../domain/dashboard/charts.ts';
import {
  INDUSTRIES,
  type Industry,
  LAND_STATES,
  type LandState,
  REDEVELOPMENT_STAGES,
  REDEVELOPMENT_TYPES,
  type RedevelopmentStage,
  type RedevelopmentType,
} from '../../../../domain/enums.ts';
import {
  formatM2,
  formatMoneyWan,
  formatMu,
  formatNumber,
  type Lang,
  labelOf,
} from '../../../../domain/format.ts';
import { STATE_COLORS } from '../../../../domain/palette.ts';
import type { ChartOption } from '../../../charts/echarts-setup.ts';

const WAN_PER_YI = 10_000;
const GROUP_COLORS: Record<InvestmentGroup, string> = {
  pipeline: '#a5d8ff',
  signed: '#4dabf7',
  landed: '#1864ab',
};
const STAGE_COLORS: Record<RedevelopmentStage, string> = {
  mapped: '#dee2e6',
  planning: '#ffd8a8',
  demolition: '#ffa94d',
  construction: '#f76707',
  completed: '#2b8a3e',
};
const grid = (left: number) => ({ left, right: 16, top: 34, bottom: 24, containLabel: false });
const legend = { top: 0, left: 0, itemWidth: 10, itemHeight: 10, textStyle: { fontSize: 11 } };
const axisLabel = { fontSize: 11 };
/** A count with its unit word, so a tooltip never ends in a bare number: zh `50 块`, en `50 parcels`. */
export function countWithUnit(n: number, unit: 'parcel' | 'project', lang: Lang): string {
  const v = formatNumber(n, lang);
  if (lang === 'en') return `${v} ${unit}${n === 1 ? '' : 's'}`;
  return unit === 'parcel' ? `${v} 块` : `${v} 个项目`;
}

/** Value-axis labels drop the ones that would overlap: at the narrow panel width (340 px) 5,000-steps collide. */
const valueAxisLabel = { ...axisLabel, hideOverlap: true };

/** Industries shown on the investment chart: the 4+1 always, others only when they have investment. */
export function investmentCategories(data: readonly InvestmentDatum[]): Industry[] {
  return INDUSTRIES.filter((i) => data.some((d) => d.industry === i && (d.is4plus1 || d.investmentWan > 0)));
}

/** Stacked horizontal bars: planned investment (亿元) per industry, by chain part. */
export function investmentOption(
  data: readonly InvestmentDatum[],
  lang: Lang,
  groupLabel: (g: InvestmentGroup) => string,
): ChartOption {
  const cats = investmentCategories(data);
  return {
    legend,
    grid: grid(lang === 'en' ? 110 : 96),
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = Array.isArray(p) ? p[0] : p;
        const d = data.find(
          (x) => x.industry === cats[item?.dataIndex ?? -1] && groupLabel(x.group) === item?.seriesName,
        );
        return d
          ? `${labelOf('industry', d.industry, lang)} · ${groupLabel(d.group)}<br/>${formatMoneyWan(d.investmentWan, lang)} · ${countWithUnit(d.count, 'project', lang)}`
          : '';
      },
    },
    xAxis: { type: 'value', axisLabel: valueAxisLabel },
    yAxis: {
      type: 'category',
      inverse: true,
      data: cats.map((i) => labelOf('industry', i, lang)),
      axisLabel,
    },
    series: INVESTMENT_GROUPS.map((g) => ({
      type: 'bar' as const,
      name: groupLabel(g),
      stack: 'inv',
      itemStyle: { color: GROUP_COLORS[g] },
      emphasis: { focus: 'series' as const },
      cursor: 'pointer',
      data: cats.map((i) => {
        const d = data.find((x) => x.industry === i && x.group === g);
        return d ? +(d.investmentWan / WAN_PER_YI).toFixed(2) : 0;
      }),
    })),
  };
}

/** The industry of a click on the investment chart. */
export const investmentClick = (data: readonly InvestmentDatum[], dataIndex: number): Industry | null =>
  investmentCategories(data)[dataIndex] ?? null;

/** Land states drawn on the land chart: those with any area (lifecycle order). */
export const landStates = (data: readonly LandStateDatum[]): LandState[] =>
  LAND_STATES.filter((s) => data.some((d) => d.state === s && d.areaMu > 0));

/** Stacked horizontal bars: 亩 per platform, one segment per land state, colours as on the map. */
export function landByStateOption(
  data: readonly LandStateDatum[],
  platformIds: readonly string[],
  platformName: (id: string) => string,
  lang: Lang,
): ChartOption {
  const states = landStates(data);
  return {
    // Nine states do not fit one row at panel width: let the legend wrap and push the grid down.
    legend,
    grid: { ...grid(lang === 'en' ? 120 : 104), top: 56 },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = Array.isArray(p) ? p[0] : p;
        const d = data.find(
          (x) =>
            x.platformId === platformIds[item?.dataIndex ?? -1] &&
            x.state === states[item?.seriesIndex ?? -1],
        );
        return d
          ? `${platformName(d.platformId)} · ${labelOf('landState', d.state, lang)}<br/>${formatMu(d.areaMu, lang)} · ${formatM2(d.areaM2, lang)} · ${countWithUnit(d.count, 'parcel', lang)}`
          : '';
      },
    },
    xAxis: { type: 'value', axisLabel: valueAxisLabel },
    yAxis: {
      type: 'category',
      inverse: true,
      data: platformIds.map(platformName),
      // Long English platform names wrap onto two or three lines instead of being cut ("National Independe…").
      axisLabel: { ...axisLabel, width: lang === 'en' ? 112 : 100, overflow: 'break', lineHeight: 12 },
    },
    series: states.map((s) => ({
      type: 'bar' as const,
      name: labelOf('landState', s, lang),
      stack: 'land',
      barMaxWidth: 26,
      itemStyle: { color: STATE_COLORS[s] },
      cursor: 'pointer',
      data: platformIds.map(
        (pid) => +(data.find((x) => x.platformId === pid && x.state === s)?.areaMu ?? 0).toFixed(1),
      ),
    })),
  };
}

/** The platform and state of a click on the land chart. */
export function landClick(
  data: readonly LandStateDatum[],
  platformIds: readonly string[],
  seriesIndex: number,
  dataIndex: number,
): { platformId: string; state: LandState } | null {
  const state = landStates(data)[seriesIndex];
  const platformId = platformIds[dataIndex];
  return state && platformId ? { platformId, state } : null;
}

/** Funnel of projects that reached each stage (width), with the count currently at the stage in the label. */
export function funnelOption(steps: readonly FunnelStep[], lang: Lang, nowLabel: string): ChartOption {
  const max = Math.max(1, ...steps.map((s) => s.reached));
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = Array.isArray(p) ? p[0] : p;
        const s = steps[item?.dataIndex ?? -1];
        return s
          ? `${labelOf('projectStage', s.stage, lang)}: ${countWithUnit(s.reached, 'project', lang)}<br/>${nowLabel} ${countWithUnit(s.atStage, 'project', lang)} · ${formatMoneyWan(s.investmentWan, lang)}`
          : '';
      },
    },
    series: [
      {
        type: 'funnel',
        left: 8,
        right: 8,
        top: 8,
        bottom: 8,
        min: 0,
        max,
        minSize: '8%',
        sort: 'none',
        gap: 2,
        cursor: 'pointer',
        label: { position: 'inside', fontSize: 11 },
        data: steps.map((s, i) => {
          const lightness = 78 - i * 8;
          return {
            name: `${labelOf('projectStage', s.stage, lang)} ${formatNumber(s.reached, lang)}`,
            value: s.reached,
            itemStyle: { color: `hsl(212, 70%, ${lightness}%)` },
            // Dark text on the pale top slices, white on the dark bottom ones.
            label: { color: lightness > 55 ? '#10223a' : '#ffffff' },
          };
        }),
      },
    ],
  };
}

/** Categories of the 三旧 chart: the three types and their total (the row the target line applies to). */
const REDEV_ROWS: readonly (RedevelopmentType | 'total')[] = [...REDEVELOPMENT_TYPES, 'total'];

/** Stacked horizontal bars of site area (㎡) per type and in total, one segment per stage, target as a line. */
export function redevelopmentOption(
  data: readonly RedevelopmentDatum[],
  targetM2: number | null,
  lang: Lang,
  labels: { total: string; target: string },
): ChartOption {
  const rowLabel = (r: RedevelopmentType | 'total') =>
    r === 'total' ? labels.total : labelOf('redevelopmentType', r, lang);
  const cell = (r: RedevelopmentType | 'total', st: RedevelopmentStage) =>
    data.filter((d) => (r === 'total' || d.type === r) && d.stage === st).reduce((a, d) => a + d.areaM2, 0);
  return {
    legend,
    grid: grid(64),
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = Array.isArray(p) ? p[0] : p;
        const r = REDEV_ROWS[item?.dataIndex ?? -1];
        const st = REDEVELOPMENT_STAGES[item?.seriesIndex ?? -1];
        return r && st
          ? `${rowLabel(r)} · ${labelOf('redevelopmentStage', st, lang)}<br/>${formatM2(cell(r, st), lang)}`
          : '';
      },
    },
    xAxis: {
      type: 'value',
      axisLabel: {
        ...valueAxisLabel,
        formatter: (v: number) =>
          v >= 10_000 ? `${formatNumber(v / 10_000, lang, 0)}${lang === 'en' ? '0k' : '万'}` : String(v),
      },
      max: (ext: { max: number }) => Math.max(ext.max, targetM2 ?? 0) * 1.05,
    },
    yAxis: { type: 'category', inverse: true, data: REDEV_ROWS.map(rowLabel), axisLabel },
    series: REDEVELOPMENT_STAGES.map((st, i) => ({
      type: 'bar' as const,
      name: labelOf('redevelopmentStage', st, lang),
      stack: 'area',
      itemStyle: { color: STAGE_COLORS[st] },
      cursor: 'pointer',
      data: REDEV_ROWS.map((r) => cell(r, st)),
      ...(i === 0 && targetM2 != null
        ? {
            markLine: {
              symbol: 'none',
              lineStyle: { color: '#c92a2a', type: 'dashed' as const, width: 1.5 },
              label: { formatter: labels.target, position: 'start' as const, fontSize: 11, color: '#c92a2a' },
              data: [{ xAxis: targetM2 }],
            },
          }
        : {}),
    })),
  };
}

/** The site ids of a click on the 三旧 chart. */
export function redevelopmentClick(
  data: readonly RedevelopmentDatum[],
  seriesIndex: number,
  dataIndex: number,
): { type: RedevelopmentType | 'total'; stage: RedevelopmentStage; siteIds: string[] } | null {
  const stage = REDEVELOPMENT_STAGES[seriesIndex];
  const type = REDEV_ROWS[dataIndex];
  if (!stage || !type) return null;
  const siteIds = data
    .filter((d) => (type === 'total' || d.type === type) && d.stage === stage)
    .flatMap((d) => d.siteIds);
  return { type, stage, siteIds };
}

/** Burn-down lines (㎡ remaining): even pace (dashed), planned completions, actual at the reference date. */
export function burnDownOption(
  b: { labels: string[]; ideal: number[]; planned: number[]; actual: (number | null)[] },
  lang: Lang,
  names: { ideal: string; planned: string; actual: string; start: string },
): ChartOption {
  return {
    legend,
    grid: { left: 52, right: 12, top: 30, bottom: 24 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? formatM2(v, lang) : '—') },
    xAxis: {
      type: 'category',
      data: b.labels.map((l) =>
        l === 'start' ? names.start : lang === 'en' ? l.slice(5) : `${Number(l.slice(5))}月`,
      ),
      axisLabel,
    },
    yAxis: {
      type: 'value',
      axisLabel: {
        ...valueAxisLabel,
        formatter: (v: number) =>
          Math.abs(v) >= 10_000 ? `${v / 10_000}${lang === 'en' ? '0k' : '万'}` : String(v),
      },
    },
    series: [
      {
        type: 'line',
        name: names.ideal,
        data: b.ideal,
        symbol: 'none',
        lineStyle: { type: 'dashed', color: '#adb5bd' },
        itemStyle: { color: '#adb5bd' },
      },
      {
        type: 'line',
        name: names.planned,
        data: b.planned,
        step: 'end',
        symbol: 'none',
        itemStyle: { color: '#4dabf7' },
      },
      {
        type: 'line',
        name: names.actual,
        data: b.actual,
        connectNulls: true,
        symbolSize: 8,
        itemStyle: { color: '#c92a2a' },
      },
    ],
  };
}
