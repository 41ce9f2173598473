/**
 * The 闲置土地 section of the platform report: the platform's idle-land watch list on the reference date (the
 * rows and totals of GET /api/idle-land?platform=&refDate=) — parcels past or near their agreed construction
 * start with the days, the idle and reclaim dates, and the 20 % fee as exposure or owed (万元). Rule:
 * 《闲置土地处置办法》（国土资源部令第53号）第二条、第八条、第十四条.
 */
import type { IdleStatus } from '../../domain/contract-clock/index.ts';
import type { IdleLandRow, IdleLandSummary } from '../../domain/dashboard/idle-land.ts';
import { formatDate, formatMoneyWan, formatNumber, MISSING } from '../../domain/format.ts';
import { IDLE_RULE_ZH } from './idle-summary.ts';
import type { PdfDoc } from './pdf-doc.ts';
import { drawNote, drawSection } from './pdf-frame.ts';
import { drawTable } from './pdf-table.ts';

const zh = 'zh-CN';

/** Chinese names of the watch-list statuses (as the dashboard's idle-land card). */
export const IDLE_STATUS_ZH: Partial<Record<IdleStatus, string>> = {
  due_soon: '即将到期',
  overdue: '已逾期',
  government_delay: '交地逾期（政府原因）',
  partial_idle: '部分开发后中止',
  idle: '疑似闲置',
  reclaimable: '可收回',
};

/** Days to or past the agreed start, or the government's delivery delay. */
function daysCell(r: IdleLandRow): string {
  if (r.status === 'government_delay') return `交地逾期 ${r.delivery.overdueDays} 天`;
  if (r.daysToStart == null) return MISSING;
  return r.daysToStart >= 0 ? `距动工 ${r.daysToStart} 天` : `逾期 ${-r.daysToStart} 天`;
}

/** The fee: owed under a decision, else the exposure (not owed before 认定 and the 征缴 decision). */
function feeCell(r: IdleLandRow): string {
  if (r.compliance.owedWan > 0) return `已征缴 ${formatMoneyWan(r.compliance.owedWan, zh)}`;
  if (r.compliance.exposureWan > 0) return `风险 ${formatMoneyWan(r.compliance.exposureWan, zh)}`;
  return r.feeWan == null ? MISSING : `（${formatMoneyWan(r.feeWan, zh)}）`;
}

function summaryLine(s: IdleLandSummary, count: number, listed: number): string {
  const byStatus = Object.entries(s.byStatus)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${IDLE_STATUS_ZH[k as IdleStatus] ?? k} ${n} 宗`)
    .join('、');
  return `共 ${count} 宗（${byStatus || '无'}），${formatNumber(s.areaMu, zh, 1)} 亩；闲置费风险 ${formatMoneyWan(s.feeExposureWan, zh)}，已征缴 ${formatMoneyWan(s.feeOwedWan, zh)}。${listed < count ? `下表列出最紧迫的 ${listed} 宗。` : ''}`;
}

/** Draws the 闲置土地 section at `y` for the watch list on `refDate`; returns the y below it. */
export function drawIdleSection(
  doc: PdfDoc,
  y: number,
  idle: { rows: IdleLandRow[]; total: number; summary: IdleLandSummary },
  refDate: string,
): number {
  let at = drawSection(doc, y, `闲置土地（参考日 ${formatDate(refDate, zh)}）`, 90);
  if (idle.rows.length === 0)
    return drawNote(doc, at, '本平台在参考日没有临近或超过约定动工日期的已出让地块。') + 6;
  at = drawNote(doc, at, summaryLine(idle.summary, idle.total, idle.rows.length), {
    warn: idle.summary.feeExposureWan > 0,
  });
  at = drawNote(
    doc,
    at,
    `${IDLE_RULE_ZH}政府原因交地逾期属第八条情形，不计闲置、不征闲置费。“闲置费”列为出让价款的20%：认定并作出征缴决定前为风险，决定后为已征缴。`,
  );
  at = drawTable(
    doc,
    at,
    [
      { header: '地块编号', width: 66 },
      { header: '状态', width: 78 },
      { header: '面积（亩）', width: 44, align: 'right' },
      { header: '约定动工', width: 62 },
      { header: '天数', width: 64 },
      { header: '满一年（闲置）', width: 62 },
      { header: '满两年（收回）', width: 62 },
      { header: '闲置费', width: 77, align: 'right' },
    ],
    idle.rows.map((r) => [
      r.code,
      IDLE_STATUS_ZH[r.status] ?? r.status,
      formatNumber(r.areaMu, zh, 1),
      formatDate(r.agreedStart, zh),
      daysCell(r),
      formatDate(r.idleDate, zh),
      formatDate(r.reclaimDate, zh),
      feeCell(r),
    ]),
    { size: 7 },
  );
  return at + 8;
}
