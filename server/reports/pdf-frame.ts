/**
 * Shared page furniture of the reports: title block, section headings, and the footer with generation time,
 * the data's as-of date, the data-version hash, page numbers and the illustrative-geometry note.
 */
import { beijingDateTime } from '../../domain/beijing-time.ts';
import { formatDate } from '../../domain/format.ts';
import type { ReportProvenance } from './models.ts';
import { A4, MARGIN, type PdfDoc } from './pdf-doc.ts';
import { FONT_BOLD, FONT_REGULAR, pdfText } from './pdf-font.ts';
import { type Cell, CONTENT_BOTTOM, type Column, drawTable } from './pdf-table.ts';

/** Content width of an A4 page, pt. */
export const CONTENT_WIDTH = A4.width - 2 * MARGIN;

/** Draws the title and a grey subtitle at the top margin; returns the y below them. */
export function drawTitle(doc: PdfDoc, title: string, subtitle: string): number {
  doc.font(FONT_BOLD).fontSize(17).fillColor('#111111');
  doc.text(pdfText(title), MARGIN, MARGIN, { width: CONTENT_WIDTH });
  doc.font(FONT_REGULAR).fontSize(9.5).fillColor('#555555');
  doc.text(pdfText(subtitle), MARGIN, doc.y + 2, { width: CONTENT_WIDTH });
  const y = doc.y + 4;
  doc
    .moveTo(MARGIN, y)
    .lineTo(A4.width - MARGIN, y)
    .lineWidth(1)
    .strokeColor('#1f4e79')
    .stroke();
  return y + 8;
}

/** Draws a section heading at `y` (moving to a new page if fewer than `keep` pt remain); returns the y below. */
export function drawSection(doc: PdfDoc, y: number, text: string, keep = 60): number {
  let at = y;
  if (at + keep > CONTENT_BOTTOM) {
    doc.addPage();
    at = MARGIN;
  }
  doc.rect(MARGIN, at + 1, 3, 11).fill('#1f4e79');
  doc
    .font(FONT_BOLD)
    .fontSize(10.5)
    .fillColor('#1f4e79')
    .text(pdfText(text), MARGIN + 7, at, { lineBreak: false });
  return at + 17;
}

/** Draws the footer on every buffered page (call once, after all content). */
export function drawFooters(doc: PdfDoc, prov: ReportProvenance): void {
  const range = doc.bufferedPageRange();
  const left = `生成时间 ${beijingDateTime(new Date(prov.generatedAt))}（北京时间） · 数据截至 ${formatDate(prov.asOf, 'zh-CN')} · 数据版本 ${prov.dataVersion}`;
  const note = prov.illustrativeGeometry
    ? '注：地块与平台边界等几何图形为示意，仅供参考，不作为权属或测绘依据。'
    : '';
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would make pdfkit add a page; lift the margin while drawing the footer.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = A4.height - MARGIN - 14;
    doc
      .moveTo(MARGIN, y - 4)
      .lineTo(A4.width - MARGIN, y - 4)
      .lineWidth(0.4)
      .strokeColor('#999999')
      .stroke();
    doc.font(FONT_REGULAR).fontSize(6.8).fillColor('#555555');
    doc.text(pdfText(left), MARGIN, y, { width: CONTENT_WIDTH - 60, lineBreak: false });
    doc.text(`第 ${i - range.start + 1} / ${range.count} 页`, A4.width - MARGIN - 60, y, {
      width: 60,
      align: 'right',
      lineBreak: false,
    });
    if (note) doc.text(pdfText(note), MARGIN, y + 9, { width: CONTENT_WIDTH, lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

/** Space (pt) left below a section's table before the next section. */
const SECTION_GAP = 8;

/**
 * A section heading (kept on the page with `keep` pt below it, see `drawSection`) followed by its table;
 * returns the y where the next section starts.
 */
export function drawTableSection(
  doc: PdfDoc,
  y: number,
  title: string,
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  opts: { size?: number; keep?: number } = {},
): number {
  const at = drawSection(doc, y, title, opts.keep);
  return drawTable(doc, at, columns, rows, opts.size == null ? {} : { size: opts.size }) + SECTION_GAP;
}

/**
 * Draws a paragraph of small grey (or, with `warn`, dark red) text across the content width at `y`, on the
 * next page when it does not fit; returns the y below it.
 */
export function drawNote(doc: PdfDoc, y: number, text: string, opts: { warn?: boolean } = {}): number {
  doc.font(FONT_REGULAR).fontSize(8);
  const h = doc.heightOfString(pdfText(text), { width: CONTENT_WIDTH });
  let at = y;
  if (at + h > CONTENT_BOTTOM) {
    doc.addPage();
    at = MARGIN;
  }
  doc.fillColor(opts.warn ? '#9b1c1c' : '#444444').text(pdfText(text), MARGIN, at, { width: CONTENT_WIDTH });
  return at + h + 4;
}
