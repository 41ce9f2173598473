/**
 * A4 pdfkit documents with the CJK font registered, deterministic metadata (CreationDate = the model's
 * generation time, so the same model gives the same bytes) and collection into a Buffer.
 */
import PDFDocument from 'pdfkit';
import { registerCjkFonts } from './pdf-font.ts';
import { appNameZh } from './zone-name.ts';

/** A pdfkit document. */
export type PdfDoc = PDFKit.PDFDocument;

/** A4 in PostScript points. */
export const A4 = { width: 595.28, height: 841.89 } as const;
/** Page margin, pt (≈ 14 mm). */
export const MARGIN = 40;

/**
 * A new A4 document with buffered pages (footers are drawn at the end, when the page count is known); the
 * author is the app under the zone's name (`zoneNameZh`, zone settings).
 */
export function createPdf(meta: {
  title: string;
  subject: string;
  generatedAt: string;
  zoneNameZh: string;
}): PdfDoc {
  const created = new Date(meta.generatedAt);
  if (Number.isNaN(created.getTime())) throw new RangeError(`invalid generatedAt: ${meta.generatedAt}`);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: meta.title,
      Subject: meta.subject,
      Author: appNameZh(meta.zoneNameZh),
      Creator: 'zhongkai-land-map',
      Producer: 'pdfkit',
      CreationDate: created,
      ModDate: created,
    },
  });
  registerCjkFonts(doc);
  return doc;
}

/** Ends the document and resolves with its bytes. */
export function pdfToBuffer(doc: PdfDoc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
