/**
 * RFC 4180 CSV: CRLF line ends, fields quoted when they hold `"`, `,`, CR or LF (quotes doubled), and a UTF-8
 * byte-order mark so that Excel and WPS open Chinese text as UTF-8 instead of the system code page (GBK).
 * Text cells are neutralised against formula injection.
 */
import { neutralise } from './neutralise.ts';

/** A CSV cell: text, a number (written as is, `.` decimal, no grouping), or empty. */
export type CsvCell = string | number | null;

const NEEDS_QUOTES = /[",\r\n]/;

function field(cell: CsvCell): string {
  if (cell == null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = neutralise(cell);
  // Neutralised text starting with an apostrophe is quoted too, so no program trims or re-reads it.
  return NEEDS_QUOTES.test(text) || text !== cell ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The UTF-8 byte-order mark. */
export const UTF8_BOM = '\uFEFF';

/** CSV text (with BOM) of a header row and data rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(field).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
