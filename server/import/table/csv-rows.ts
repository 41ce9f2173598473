/**
 * CSV text → rows of cells (RFC 4180: quoted fields, doubled quotes, CRLF or LF, line breaks inside quotes).
 * The delimiter is sniffed from the first line (comma, tab, semicolon, or the Chinese full-width comma). The
 * encoding is UTF-8 when the bytes are valid UTF-8 (with or without BOM) and GBK otherwise — the encoding Excel
 * uses when a Chinese Windows user saves "CSV (逗号分隔)".
 */
import { decodeUnlabelledText } from '../text-encoding.ts';

const DELIMITERS = [',', '\t', ';', '，'] as const;

function sniffDelimiter(text: string): string {
  const first = text.slice(0, text.search(/\r|\n/) < 0 ? text.length : text.search(/\r|\n/));
  let best: string = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const n = first.split(d).length - 1;
    if (n > most) {
      most = n;
      best = d;
    }
  }
  return best;
}

/** Parses CSV text into rows; `maxRows` stops early (the caller's feature limit + header). */
export function parseCsv(text: string, maxRows: number): string[][] {
  const d = sniffDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === d) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      if (rows.length > maxRows) return rows;
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Decodes and parses a CSV file. */
export function readCsvRows(bytes: Uint8Array, maxRows: number): { rows: string[][]; encoding: string } {
  const { text, encoding } = decodeUnlabelledText(bytes);
  return { rows: parseCsv(text.replace(/^\uFEFF/, ''), maxRows), encoding };
}
