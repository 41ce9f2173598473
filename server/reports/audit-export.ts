/**
 * The audit trail as a download: XLSX (sheet 审计日志, through the list writer of xlsx.ts) or CSV (csv.ts, UTF-8
 * with BOM), one row per recorded write, newest first, times in Beijing time (UTC+8), before/after as JSON text.
 * Text cells are neutralised against formula injection by both writers.
 */
import ExcelJS from 'exceljs';
import type { AuditRow } from '../db/queries/audit.ts';
import { toCsv } from './csv.ts';
import type { ListColumn } from './parcel-columns.ts';
import { addSheet } from './xlsx.ts';
import { appNameZh } from './zone-name.ts';

const BEIJING_OFFSET_MS = 8 * 3600 * 1000;

/** `YYYY-MM-DD HH:MM:SS` in Beijing time of an ISO timestamp. */
export const beijingTime = (iso: string): string =>
  new Date(new Date(iso).getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');

const json = (v: unknown): string | null => (v == null ? null : JSON.stringify(v));

/** Columns of the audit list. */
export const AUDIT_COLUMNS: readonly ListColumn<AuditRow>[] = [
  { header: '编号', kind: 'text', width: 8, value: (r) => r.id },
  { header: '时间（北京时间）', kind: 'text', width: 20, value: (r) => beijingTime(r.at) },
  { header: '用户', kind: 'text', width: 14, value: (r) => r.userName },
  { header: '登录名', kind: 'text', width: 14, value: (r) => r.userLogin },
  { header: '操作', kind: 'text', width: 22, value: (r) => r.action },
  { header: '对象类型', kind: 'text', width: 10, value: (r) => r.entityType },
  { header: '对象编号', kind: 'text', width: 16, value: (r) => r.entityId },
  { header: '平台', kind: 'text', width: 14, value: (r) => r.platformId },
  { header: '变更前', kind: 'text', width: 40, value: (r) => json(r.before) },
  { header: '变更后', kind: 'text', width: 40, value: (r) => json(r.after) },
  { header: '请求编号', kind: 'text', width: 24, value: (r) => r.requestId },
  { header: '客户端地址', kind: 'text', width: 16, value: (r) => r.address },
];

/** CSV text (with BOM) of audit rows. */
export const auditCsv = (rows: readonly AuditRow[]): string =>
  toCsv(
    AUDIT_COLUMNS.map((c) => c.header),
    rows.map((r) => AUDIT_COLUMNS.map((c) => c.value(r))),
  );

/** XLSX bytes of audit rows; `generatedAt` (ISO) stamps the workbook, `zoneNameZh` (zone settings) signs it. */
export async function auditXlsx(
  rows: readonly AuditRow[],
  generatedAt: string,
  zoneNameZh: string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = appNameZh(zoneNameZh);
  wb.created = new Date(generatedAt);
  wb.modified = wb.created;
  wb.title = '审计日志';
  addSheet(wb, '审计日志', AUDIT_COLUMNS, rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
