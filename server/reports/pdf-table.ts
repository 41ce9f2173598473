/**
 * Tables drawn with pdfkit primitives: cells wrap, rows never split, and a table that reaches the bottom of
 * the page continues on the next page with its header row repeated.
 */
import type { LandState } from '../../domain/enums.ts';
import { labelOf } from '../../domain/format.ts';
import { STATE_COLORS } from '../../domain/palette.ts';
import { A4, MARGIN, type PdfDoc } from './pdf-doc.ts';
import { FONT_BOLD, FONT_REGULAR, pdfText } from './pdf-font.ts';

/** Lowest y content may reach, leaving room for the footer. */
export const CONTENT_BOTTOM = A4.height - MARGIN - 22;

/** A table column: header text, width (pt) and alignment. */
export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

/** A cell: text, optionally with a colour swatch drawn before it (e.g. a land state). */
export type Cell = string | { text: string; swatch: string };

/** A land-state cell: the state's Chinese label after a swatch of its map colour. */
export function stateCell(state: LandState): Cell {
  return { text: labelOf('landState', state, 'zh-CN'), swatch: STATE_COLORS[state] };
}

const PAD = 3;

function cellText(c: Cell): string {
  return pdfText(typeof c === 'string' ? c : c.text);
}

function rowHeight(
  doc: PdfDoc,
  columns: readonly Column[],
  cells: readonly Cell[],
  font: string,
  size: number,
): number {
  doc.font(font).fontSize(size);
  let h = 0;
  columns.forEach((col, i) => {
    const c = cells[i] ?? '';
    const extra = typeof c === 'string' ? 0 : 10;
    h = Math.max(h, doc.heightOfString(cellText(c), { width: col.width - 2 * PAD - extra }));
  });
  return h + 2 * PAD;
}

function drawRow(
  doc: PdfDoc,
  x: number,
  y: number,
  columns: readonly Column[],
  cells: readonly Cell[],
  opts: { font: string; size: number; height: number; fill?: string },
): void {
  const total = columns.reduce((s, c) => s + c.width, 0);
  if (opts.fill) doc.rect(x, y, total, opts.height).fill(opts.fill);
  let cx = x;
  columns.forEach((col, i) => {
    const c = cells[i] ?? '';
    let tx = cx + PAD;
    let w = col.width - 2 * PAD;
    if (typeof c !== 'string') {
      doc
        .rect(tx, y + PAD + 1.5, 7, 7)
        .lineWidth(0.4)
        .fillAndStroke(c.swatch, '#666666');
      tx += 10;
      w -= 10;
    }
    doc.font(opts.font).fontSize(opts.size).fillColor('#222222');
    doc.text(cellText(c), tx, y + PAD, { width: w, align: col.align ?? 'left' });
    cx += col.width;
  });
  doc
    .moveTo(x, y + opts.height)
    .lineTo(x + total, y + opts.height)
    .lineWidth(0.3)
    .strokeColor('#bbbbbb')
    .stroke();
}

/**
 * Draws a table starting at `y` and returns the y below it. Adds pages as needed (calling `onNewPage`, which
 * returns the y where content starts on the new page) and repeats the header on each.
 */
export function drawTable(
  doc: PdfDoc,
  y: number,
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  opts: { size?: number; x?: number; onNewPage?: () => number } = {},
): number {
  const size = opts.size ?? 7.5;
  const x = opts.x ?? MARGIN;
  const headers = columns.map((c) => c.header);
  const headerH = rowHeight(doc, columns, headers, FONT_BOLD, size);
  const newPage = (): number => {
    doc.addPage();
    return opts.onNewPage ? opts.onNewPage() : MARGIN;
  };
  const header = (at: number): number => {
    drawRow(doc, x, at, columns, headers, { font: FONT_BOLD, size, height: headerH, fill: '#e8eef5' });
    return at + headerH;
  };
  if (y + headerH * 2 > CONTENT_BOTTOM) y = newPage();
  y = header(y);
  rows.forEach((cells, i) => {
    const h = rowHeight(doc, columns, cells, FONT_REGULAR, size);
    if (y + h > CONTENT_BOTTOM) y = header(newPage());
    drawRow(doc, x, y, columns, cells, {
      font: FONT_REGULAR,
      size,
      height: h,
      ...(i % 2 === 1 ? { fill: '#f7f7f7' } : {}),
    });
    y += h;
  });
  return y;
}

/** A label/value pair of an attribute grid; `warn` prints the value in red. */
export interface KeyValue {
  label: string;
  value: string;
  warn?: boolean;
}

/** Draws label/value pairs two per row across `width`; returns the y below. */
export function drawKeyValues(doc: PdfDoc, y: number, items: readonly KeyValue[], width: number): number {
  const labelW = 66;
  const half = width / 2;
  const size = 8.5;
  let at = y;
  for (let i = 0; i < items.length; i += 2) {
    const pair = items.slice(i, i + 2);
    doc.font(FONT_REGULAR).fontSize(size);
    const h =
      Math.max(...pair.map((kv) => doc.heightOfString(pdfText(kv.value), { width: half - labelW - 6 }))) + 5;
    if (at + h > CONTENT_BOTTOM) {
      doc.addPage();
      at = MARGIN;
    }
    pair.forEach((kv, j) => {
      const x = MARGIN + j * half;
      doc.font(FONT_REGULAR).fontSize(size).fillColor('#666666');
      doc.text(pdfText(kv.label), x, at + 2, { width: labelW - 4, lineBreak: false });
      doc.font(kv.warn ? FONT_BOLD : FONT_REGULAR).fillColor(kv.warn ? '#c00000' : '#111111');
      doc.text(pdfText(kv.value), x + labelW, at + 2, { width: half - labelW - 6 });
    });
    doc
      .moveTo(MARGIN, at + h)
      .lineTo(MARGIN + width, at + h)
      .lineWidth(0.3)
      .strokeColor('#dddddd')
      .stroke();
    at += h;
  }
  return at;
}
