/**
 * The parcel list as an Excel workbook (opens in Excel and WPS): sheet 地块 with Chinese headers, ㎡ and 亩
 * number formats, real dates, a frozen header row and an autofilter; sheet 项目 with the projects on those
 * parcels. Formula injection: every text value is written as a string cell (a shared string, never a
 * formula) in a column of Text format (`@`), so a cell reading `=HYPERLINK(…)` shows exactly that, without
 * the apostrophe the CSV export needs (server/reports/neutralise.ts), and stays text when edited. (Excel's
 * `quotePrefix` cell attribute would do the same, but exceljs 4.4 cannot write it.)
 */
import ExcelJS from 'exceljs';
import type { ParcelListModel } from './models.ts';
import { type ColumnKind, type ListColumn, PARCEL_COLUMNS, projectColumns } from './parcel-columns.ts';
import { appNameZh } from './zone-name.ts';

const NUM_FMT: Record<ColumnKind, string | undefined> = {
  // Text format: Excel, WPS and LibreOffice keep what is typed into such a cell as text, so `=1+1` stays
  // text even when a user edits the cell and presses Enter (see the file comment).
  text: '@',
  m2: '#,##0',
  mu: '#,##0.0',
  ratio: '0.0#',
  wan: '#,##0',
  date: 'yyyy-mm-dd',
};

function cellValue(kind: ColumnKind, v: string | number | null): ExcelJS.CellValue {
  if (v == null) return null;
  // Dates as real Excel dates (UTC midnight, which exceljs converts to a serial without time zone shift).
  if (kind === 'date' && typeof v === 'string') return new Date(`${v}T00:00:00Z`);
  return v;
}

/** Adds a sheet of `rows` under `columns` (Chinese headers, number formats, frozen header, autofilter). */
export function addSheet<T>(
  wb: ExcelJS.Workbook,
  name: string,
  columns: readonly ListColumn<T>[],
  rows: readonly T[],
): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    ...(NUM_FMT[c.kind] ? { style: { numFmt: NUM_FMT[c.kind] } } : {}),
  }));
  for (const r of rows) ws.addRow(columns.map((c) => cellValue(c.kind, c.value(r))));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle' };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + rows.length, column: columns.length } };
}

/** XLSX bytes of a parcel list. */
export async function parcelListXlsx(list: ParcelListModel): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const at = new Date(list.generatedAt);
  wb.creator = appNameZh(list.zoneNameZh);
  wb.created = at;
  wb.modified = at;
  wb.title = `${list.zoneNameZh}地块 ${list.filterLabelZh}（数据截至 ${list.asOf}）`;
  addSheet(wb, '地块', PARCEL_COLUMNS, list.rows);
  addSheet(wb, '项目', projectColumns(list), list.projects);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
