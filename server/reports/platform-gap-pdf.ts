/**
 * The 用地缺口 section of the platform report: the placement policy and options, the platform's supply and
 * demand with its 缺口 (shortage) or 富余 (surplus) named as such — never a bare negative — per industry and
 * per quarter (need-by date), the projects placed on its sites, its target projects placed elsewhere (跨平台),
 * and those left without a site with the reason. Land in 亩.
 */
import { formatDate, formatNumber, labelOf, MISSING } from '../../domain/format.ts';
import { MARGIN, type PdfDoc } from './pdf-doc.ts';
import { FONT_BOLD, pdfText } from './pdf-font.ts';
import { CONTENT_WIDTH, drawNote, drawSection, drawTableSection } from './pdf-frame.ts';
import type { Column } from './pdf-table.ts';
import type { GapFigures, PlatformBalanceSection, SectionProject } from './platform-balance-model.ts';

const zh = 'zh-CN';
const mu = (v: number) => formatNumber(v, zh, 1);
/** A shortage or surplus cell: the figure, or blank when it is 0 (the row has the other one). */
const part = (v: number) => (v > 0.05 ? mu(v) : '');
const yesNo = (b: boolean) => (b ? '是' : '否');

/** `缺口 12.3 亩`, `富余 4.5 亩` or `供需持平`. */
export function gapPhrase(g: Pick<GapFigures, 'shortageMu' | 'surplusMu'>): string {
  if (g.shortageMu > 0.05) return `缺口 ${mu(g.shortageMu)} 亩`;
  if (g.surplusMu > 0.05) return `富余 ${mu(g.surplusMu)} 亩`;
  return '供需持平';
}

/** The running balance of a quarter row: `累计缺口 …` / `累计富余 …` (cumulative demand − supply, 亩). */
const cumulative = (v: number) =>
  v > 0.05 ? `累计缺口 ${mu(v)}` : v < -0.05 ? `累计富余 ${mu(-v)}` : '持平';

const GAP_COLUMNS: Column[] = [
  { header: '需求（亩）', width: 70, align: 'right' },
  { header: '供给（亩）', width: 70, align: 'right' },
  { header: '缺口（亩）', width: 70, align: 'right' },
  { header: '富余（亩）', width: 70, align: 'right' },
];
const gapCells = (g: GapFigures) => [mu(g.demandMu), mu(g.supplyMu), part(g.shortageMu), part(g.surplusMu)];

function optionsLine(s: PlatformBalanceSection): string {
  const o = s.options;
  return [
    `配地策略：${s.policyZh}`,
    `仅在目标平台内配地：${yesNo(o.keepTarget)}`,
    `地块面积容差：${formatNumber(o.slack * 100, zh)}%`,
    `参考日：${formatDate(o.refDate, zh)}`,
    `规划期限：${o.horizon ? formatDate(o.horizon, zh) : '不限'}`,
    `计入储备用地：${yesNo(o.includeReserve)}`,
    `计入三旧改造：${yesNo(o.includeRedevelopment)}`,
    `产业：${o.industry ? labelOf('industry', o.industry, zh) : '全部'}`,
  ].join(' · ');
}

function drawHeadline(doc: PdfDoc, y: number, s: PlatformBalanceSection): number {
  const g = s.platform;
  const text = `供给 ${mu(g.supplyMu)} 亩 · 需求 ${mu(g.demandMu)} 亩 · ${gapPhrase(g)}`;
  doc.rect(MARGIN, y, CONTENT_WIDTH, 22).fill('#f1f5f9');
  doc
    .font(FONT_BOLD)
    .fontSize(11)
    .fillColor(g.shortageMu > 0.05 ? '#9b1c1c' : '#1f4e79')
    .text(pdfText(text), MARGIN + 7, y + 5, { width: CONTENT_WIDTH - 14, lineBreak: false });
  return y + 28;
}

const siteCell = (p: SectionProject) =>
  p.site ? `${p.site.codes}（${mu(p.site.areaMu)} 亩${p.site.locked ? '，锁定' : ''}）` : MISSING;

function drawProjects(doc: PdfDoc, y: number, s: PlatformBalanceSection): number {
  const name = { header: '项目', width: 110 };
  const stage = { header: '阶段', width: 40 };
  const demand = { header: '需地（亩）', width: 48, align: 'right' as const };
  const needed = { header: '需地日期', width: 62 };
  const cells = (p: SectionProject) => [
    p.name,
    labelOf('projectStage', p.stage, zh),
    mu(p.demandMu),
    formatDate(p.neededBy, zh),
  ];
  let at = drawTableSection(
    doc,
    y,
    `配到本平台地块的项目（${s.placedHere.length} 个）`,
    [name, stage, demand, needed, { header: '地块', width: 115 }, { header: '目标平台', width: 140 }],
    s.placedHere.map((p) => [
      ...cells(p),
      siteCell(p),
      p.crossPlatform ? `${p.targetZh}（跨平台）` : p.targetZh,
    ]),
    { size: 7 },
  );
  at = drawTableSection(
    doc,
    at,
    `本平台目标项目配到其他平台（跨平台，${s.placedElsewhere.length} 个）`,
    [
      name,
      stage,
      demand,
      { header: '配到平台', width: 62 },
      { header: '地块', width: 100 },
      { header: '原因', width: 155 },
    ],
    s.placedElsewhere.map((p) => [
      p.name,
      labelOf('projectStage', p.stage, zh),
      mu(p.demandMu),
      p.site?.platformZh ?? MISSING,
      siteCell(p),
      p.reasonZh ?? MISSING,
    ]),
    { size: 7 },
  );
  return drawTableSection(
    doc,
    at,
    `本平台目标项目未配地（${s.unmatched.length} 个）`,
    [name, stage, demand, needed, { header: '原因', width: 255 }],
    s.unmatched.map((p) => [...cells(p), p.reasonZh ?? MISSING]),
    { size: 7 },
  );
}

/** Draws the 用地缺口 section at `y`; returns the y below it. */
export function drawGapSection(doc: PdfDoc, y: number, s: PlatformBalanceSection): number {
  let at = drawSection(doc, y, '用地缺口（供需与配地）', 120);
  at = drawNote(doc, at, optionsLine(s));
  at = drawHeadline(doc, at, s);
  at = drawNote(
    doc,
    at,
    `缺口＝需求－供给，富余＝供给－需求，按本平台计算、不与其他平台相抵：本平台的富余只有在配地把其他平台的项目放到本平台地块时才抵补别处的缺口。配地在全区运行（全区 ${s.zone.pipeline} 个待供地项目，已配地 ${s.zone.matched} 个，其中跨平台 ${s.zone.crossPlatform} 个）。`,
  );
  at = drawTableSection(
    doc,
    at,
    '按产业（本平台目标项目的需求 / 本平台该产业可用的供给）',
    [{ header: '产业', width: 120 }, ...GAP_COLUMNS],
    s.industries.map((r) => [labelOf('industry', r.industry, zh), ...gapCells(r)]),
    { size: 7.5, keep: 80 },
  );
  at = drawTableSection(
    doc,
    at,
    '按季度（需求按需地日期，供给按可供日期）',
    [{ header: '季度', width: 70 }, ...GAP_COLUMNS, { header: '累计（亩）', width: 110, align: 'right' }],
    s.quarters.map((q) => [q.quarter, ...gapCells(q), cumulative(q.cumulativeShortfallMu)]),
    { size: 7.5, keep: 80 },
  );
  return drawProjects(doc, at, s);
}
