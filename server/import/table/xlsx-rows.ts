/**
 * The first worksheet of an XLSX file as rows of cell values (exceljs). The file is a zip, so it goes through
 * the bounded zip reader first (entry count, declared and actual inflated sizes, CRC) before exceljs — whose
 * own unzipping has no such limits — is given it. Formulas give their cached result, rich text its plain text,
 * dates an ISO date.
 */
import ExcelJS from 'exceljs';
import { UnreadableFileError } from '../import-errors.ts';
import type { ImportLimits } from '../import-limits.ts';
import { readZip } from '../zip-reader.ts';

/** A cell as imports see it. */
export type Cell = string | number | boolean | null;

const isoDate = (d: Date) => (Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10));

/** An exceljs cell value as a plain value. */
export function plainCell(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return isoDate(v);
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return plainCell((v.result ?? null) as ExcelJS.CellValue);
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('error' in v) return null;
  }
  return null;
}

/** Reads the first worksheet (at most `maxRows` rows). */
export async function readXlsxRows(
  bytes: Uint8Array,
  fileName: string,
  limits: ImportLimits,
  maxRows: number,
): Promise<Cell[][]> {
  const entries = readZip(bytes, limits, fileName);
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    throw new UnreadableFileError(fileName, '不是 XLSX 工作簿', 'not an XLSX workbook (no xl/workbook.xml)');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch (err) {
    throw new UnreadableFileError(
      fileName,
      '无法读取工作簿',
      `the workbook cannot be read (${String((err as Error)?.message ?? err).slice(0, 120)})`,
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableFileError(fileName, '工作簿没有工作表', 'the workbook has no worksheet');
  const rows: Cell[][] = [];
  const last = Math.min(sheet.rowCount, maxRows);
  for (let r = 1; r <= last; r++) {
    const row = sheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(plainCell(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}
