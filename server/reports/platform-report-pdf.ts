/**
 * The platform report, summary first and the parcel list last: key figures, a map of the platform's parcels
 * coloured by land state, parcels by state (亩), projects and investment by stage and industry, targets against
 * progress; then 用地缺口 (supply, demand, shortage or surplus per industry and quarter, placements, under the
 * printed placement policy), 闲置土地 (the idle-land clock) and 三旧改造 (sites and their targets); last the full
 * parcel list as a table that continues across pages with its header repeated.
 */
import {
  formatDate,
  formatKm2,
  formatMoneyWan,
  formatMu,
  formatNumber,
  labelOf,
  MISSING,
} from '../../domain/format.ts';
import { m2ToKm2, m2ToMu } from '../../domain/units.ts';
import { boxOf, drawMap } from './map-drawing.ts';
import { drawLegend } from './map-legend.ts';
import type { PlatformReportModel } from './models.ts';
import { moneyColumn } from './money-column.ts';
import { createPdf, MARGIN, type PdfDoc, pdfToBuffer } from './pdf-doc.ts';
import { FONT_BOLD, FONT_REGULAR, pdfText } from './pdf-font.ts';
import { CONTENT_WIDTH, drawFooters, drawSection, drawTableSection, drawTitle } from './pdf-frame.ts';
import { drawTable, stateCell } from './pdf-table.ts';
import { drawGapSection } from './platform-gap-pdf.ts';
import { drawIdleSection } from './platform-idle-pdf.ts';
import { drawRedevelopmentSection } from './platform-redevelopment-pdf.ts';
import { type PlatformSummary, summarisePlatform } from './platform-summary.ts';

const zh = 'zh-CN';
const MAP_HEIGHT = 330;

function drawFigures(doc: PdfDoc, y: number, m: PlatformReportModel, s: PlatformSummary): number {
  const figures: [string, string, string][] = [
    ['平台面积', formatKm2(m2ToKm2(m.platform.areaM2), zh), formatMu(m2ToMu(m.platform.areaM2), zh)],
    ['地块', `${s.parcelCount} 宗`, formatMu(m2ToMu(s.parcelAreaM2), zh)],
    ['可供地（净地+挂牌）', formatMu(m2ToMu(s.availableM2), zh), `${formatNumber(s.availableM2, zh)} ㎡`],
    ['签约及以上项目', `${s.signed.count} 个`, formatMoneyWan(s.signed.investmentWan, zh)],
    ['已拿地项目', `${s.landed.count} 个`, formatMoneyWan(s.landed.investmentWan, zh)],
  ];
  const w = CONTENT_WIDTH / figures.length;
  figures.forEach(([label, main, sub], i) => {
    const x = MARGIN + i * w;
    doc.rect(x + 2, y, w - 4, 46).fill('#f1f5f9');
    doc
      .font(FONT_REGULAR)
      .fontSize(7.5)
      .fillColor('#555555')
      .text(pdfText(label), x + 7, y + 5, { width: w - 14, lineBreak: false });
    doc
      .font(FONT_BOLD)
      .fontSize(12)
      .fillColor('#1f4e79')
      .text(pdfText(main), x + 7, y + 16, { width: w - 14, lineBreak: false });
    doc
      .font(FONT_REGULAR)
      .fontSize(7.5)
      .fillColor('#333333')
      .text(pdfText(sub), x + 7, y + 33, { width: w - 14, lineBreak: false });
  });
  return y + 54;
}

/** 地块供地状态: parcels by land state with count, 亩, ㎡ and share of the area. */
function drawStateTable(doc: PdfDoc, y: number, s: PlatformSummary): number {
  const areaTotal = s.parcelAreaM2 || 1;
  return drawTableSection(
    doc,
    y,
    '地块供地状态（按面积）',
    [
      { header: '供地状态', width: 110 },
      { header: '地块数', width: 60, align: 'right' },
      { header: '面积（亩）', width: 90, align: 'right' },
      { header: '面积（㎡）', width: 100, align: 'right' },
      { header: '占比', width: 60, align: 'right' },
    ],
    s.byState.map((t) => [
      stateCell(t.key),
      String(t.count),
      formatNumber(m2ToMu(t.total), zh, 1),
      formatNumber(t.total, zh),
      `${formatNumber((100 * t.total) / areaTotal, zh, 1)}%`,
    ]),
    { size: 8, keep: 140 },
  );
}

/** 项目与计划投资: projects by stage and, beside it (or below when the first moved page), by industry. */
function drawProjectTables(doc: PdfDoc, y: number, m: PlatformReportModel, s: PlatformSummary): number {
  const at = drawSection(
    doc,
    y,
    `项目与计划投资（${s.projectCount} 个，${formatMoneyWan(s.investmentWan, zh)}）`,
    70,
  );
  const half = CONTENT_WIDTH / 2 - 6;
  const cols = (first: string) => [
    { header: first, width: half - 130 },
    { header: '项目数', width: 50, align: 'right' as const },
    { header: '计划投资', width: 80, align: 'right' as const },
  ];
  const startPage = doc.bufferedPageRange().count;
  const stageMoney = moneyColumn(s.byStage.map((t) => t.total));
  const left = drawTable(
    doc,
    at,
    cols('阶段'),
    s.byStage.map((t) => [labelOf('projectStage', t.key, zh), String(t.count), stageMoney(t.total)]),
    { size: 8 },
  );
  // Draw the industry table beside the stage table unless the stage table moved to another page.
  const samePage = doc.bufferedPageRange().count === startPage;
  const industryMoney = moneyColumn(m.byIndustry.map((t) => t.investmentWan));
  const right = drawTable(
    doc,
    samePage ? at : left + 8,
    cols('产业'),
    m.byIndustry.map((t) => [
      labelOf('industry', t.key, zh),
      String(t.count),
      industryMoney(t.investmentWan),
    ]),
    { size: 8, x: samePage ? MARGIN + half + 12 : MARGIN },
  );
  return Math.max(left, right) + 8;
}

/** 目标与进展: the platform's targets with progress (nothing when it has none). */
function drawTargetTable(doc: PdfDoc, y: number, m: PlatformReportModel): number {
  if (m.targets.length === 0) return y;
  return drawTableSection(
    doc,
    y,
    '目标与进展',
    [
      { header: '指标', width: 170 },
      { header: '目标', width: 80, align: 'right' },
      { header: '进展', width: 80, align: 'right' },
      { header: '预期/计划', width: 100, align: 'right' },
      { header: '完成率', width: 60, align: 'right' },
    ],
    m.targets.map((t) => [
      t.labelZh,
      `${formatNumber(t.target, zh, t.target % 1 === 0 ? 0 : 2)} ${t.unitZh}`,
      t.actual == null ? MISSING : `${formatNumber(t.actual, zh, t.actual % 1 === 0 ? 0 : 2)} ${t.unitZh}`,
      t.planned == null
        ? MISSING
        : `${t.plannedLabelZh} ${formatNumber(t.planned, zh, t.planned % 1 === 0 ? 0 : 2)} ${t.unitZh}`,
      t.actual == null || t.target === 0 ? MISSING : `${formatNumber((100 * t.actual) / t.target, zh, 1)}%`,
    ]),
    { size: 8 },
  );
}

function drawStatistics(doc: PdfDoc, y: number, m: PlatformReportModel, s: PlatformSummary): number {
  const at = drawStateTable(doc, y, s);
  return drawTargetTable(doc, drawProjectTables(doc, at, m, s), m);
}

function drawParcelList(doc: PdfDoc, y: number, m: PlatformReportModel): void {
  const at = drawSection(doc, y, `地块清单（${m.rows.length} 宗）`, 80);
  const rows = [...m.rows]
    .sort((a, b) => a.parcel.code.localeCompare(b.parcel.code))
    .map(({ parcel: p, projects }) => [
      p.code,
      p.town || MISSING,
      labelOf('landUse', p.landUse, zh),
      formatNumber(p.areaM2, zh),
      formatNumber(p.areaMu, zh, 1),
      formatNumber(p.plotRatioMax, zh, 1),
      stateCell(p.state),
      formatDate(p.stateSince, zh),
      projects.map((pr) => pr.enterprise).join('；') || MISSING,
    ]);
  drawTable(
    doc,
    at,
    [
      { header: '地块编号', width: 62 },
      { header: '镇街', width: 45 },
      { header: '用地性质', width: 62 },
      { header: '面积（㎡）', width: 52, align: 'right' },
      { header: '面积（亩）', width: 44, align: 'right' },
      { header: '容积率', width: 32, align: 'right' },
      { header: '供地状态', width: 58 },
      { header: '状态起始', width: 60 },
      { header: '企业', width: 100 },
    ],
    rows,
    { size: 7 },
  );
}

/** The platform report as PDF bytes (deterministic for a given model and zone name). */
export async function platformReportPdf(m: PlatformReportModel, zoneNameZh: string): Promise<Buffer> {
  const doc = createPdf({
    zoneNameZh,
    title: `平台报告 ${m.platform.nameZh}`,
    subject: m.platform.nameZh,
    generatedAt: m.generatedAt,
  });
  const s = summarisePlatform(
    m.rows.map((r) => r.parcel),
    m.projects,
  );
  const focus = m.platform.focusIndustries.map((i) => labelOf('industry', i, zh)).join('、');
  let y = drawTitle(
    doc,
    `平台报告  ${m.platform.nameZh}`,
    `${labelOf('platformKind', m.platform.kind, zh)} · ${m.platform.towns.join('、') || MISSING} · 重点产业：${focus || MISSING} · 数据截至 ${formatDate(m.asOf, zh)}`,
  );
  y = drawFigures(doc, y, m, s);
  drawMap(
    doc,
    { x: MARGIN, y, width: CONTENT_WIDTH, height: MAP_HEIGHT },
    {
      focus: boxOf([m.boundary, ...m.rows.map((r) => r.geometry)]),
      boundary: m.boundary,
      parcels: m.rows.map((r) => ({ code: r.parcel.code, state: r.parcel.state, geometry: r.geometry })),
      roads: m.roads,
    },
  );
  y = drawLegend(doc, y + MAP_HEIGHT + 4, new Set(m.rows.map((r) => r.parcel.state)), CONTENT_WIDTH, {
    boundary: true,
  });
  drawStatistics(doc, y + 4, m, s);
  // The sections that summarise start on a page of their own; the long parcel list comes last, on its own too.
  doc.addPage();
  y = drawGapSection(doc, MARGIN, m.landBalance);
  y = drawIdleSection(doc, y, m.idle, m.landBalance.options.refDate);
  y = drawRedevelopmentSection(doc, y, m.redevelopmentSites, m.redevelopmentTargets);
  doc.addPage();
  drawParcelList(doc, MARGIN, m);
  drawFooters(doc, m);
  return pdfToBuffer(doc);
}
