/**
 * The 三旧改造 section of the platform report: the platform's 三旧 sites (type, mode, stage, areas ㎡, target
 * year) with their totals, and its 三旧改造面积 targets against the completed area of their year's sites (the
 * dashboard's definition, domain/dashboard/target-progress.ts).
 */
import { formatNumber, labelOf } from '../../domain/format.ts';
import type { RedevelopmentSite } from '../../domain/schemas.ts';
import type { RedevelopmentTarget } from './models.ts';
import type { PdfDoc } from './pdf-doc.ts';
import { drawNote, drawSection, drawTableSection } from './pdf-frame.ts';
import { drawTable } from './pdf-table.ts';

const zh = 'zh-CN';
const m2 = (v: number) => formatNumber(v, zh);
const sum = (sites: readonly RedevelopmentSite[], f: (s: RedevelopmentSite) => number) =>
  sites.reduce((a, s) => a + f(s), 0);

/** Draws the 三旧改造 section at `y`; returns the y below it. */
export function drawRedevelopmentSection(
  doc: PdfDoc,
  y: number,
  sites: readonly RedevelopmentSite[],
  targets: readonly RedevelopmentTarget[],
): number {
  let at = drawSection(doc, y, `三旧改造（${sites.length} 个地块）`, 90);
  if (sites.length === 0) at = drawNote(doc, at, '本平台没有三旧改造地块。');
  else {
    const rows = sites.map((s) => [
      s.code,
      s.name,
      labelOf('redevelopmentType', s.type, zh),
      labelOf('redevelopmentMode', s.mode, zh),
      labelOf('redevelopmentStage', s.stage, zh),
      m2(s.areaM2),
      m2(s.completedAreaM2),
      m2(s.landOutputM2),
      String(s.targetYear),
    ]);
    rows.push([
      '合计',
      '',
      '',
      '',
      '',
      m2(sum(sites, (s) => s.areaM2)),
      m2(sum(sites, (s) => s.completedAreaM2)),
      m2(sum(sites, (s) => s.landOutputM2)),
      '',
    ]);
    at = drawTable(
      doc,
      at,
      [
        { header: '编号', width: 70 },
        { header: '名称', width: 105 },
        { header: '类型', width: 40 },
        { header: '模式', width: 44 },
        { header: '阶段', width: 44 },
        { header: '面积（㎡）', width: 54, align: 'right' },
        { header: '已完成改造（㎡）', width: 58, align: 'right' },
        { header: '释放用地（㎡）', width: 56, align: 'right' },
        { header: '目标年度', width: 44, align: 'right' },
      ],
      rows,
      { size: 7 },
    );
    at += 8;
  }
  if (targets.length === 0) return drawNote(doc, at, '本平台没有三旧改造面积目标。') + 6;
  return drawTableSection(
    doc,
    at,
    '三旧改造面积目标（目标年度地块的已完成改造面积）',
    [
      { header: '目标年度', width: 60 },
      { header: '目标（㎡）', width: 90, align: 'right' },
      { header: '已完成改造（㎡）', width: 100, align: 'right' },
      { header: '完成率', width: 60, align: 'right' },
      { header: '计划改造面积（㎡）', width: 110, align: 'right' },
      { header: '地块数', width: 50, align: 'right' },
    ],
    targets.map((t) => [
      `${t.year}年`,
      m2(t.targetM2),
      m2(t.completedM2),
      t.targetM2 > 0 ? `${formatNumber((100 * t.completedM2) / t.targetM2, zh, 1)}%` : '',
      m2(t.plannedM2),
      String(t.siteCount),
    ]),
    { size: 7.5, keep: 60 },
  );
}
