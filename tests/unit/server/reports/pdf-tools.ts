/**
 * Test helpers around poppler: text of a PDF (pdftotext), page count, and the share of non-white pixels of
 * a rendered page (pdftoppm -gray writes a binary PGM, trivial to parse).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

function withPdf<T>(pdf: Buffer, fn: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'report-test-'));
  try {
    const file = path.join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    return fn(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text of the PDF (or of one page), as a reader would copy it. */
export function pdfToText(pdf: Buffer, page?: number): string {
  return withPdf(pdf, (file) => {
    const range = page ? ['-f', String(page), '-l', String(page)] : [];
    return execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' });
  });
}

/** Number of pages (pdfinfo). */
export function pdfPageCount(pdf: Buffer): number {
  return withPdf(pdf, (file) => {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? Number.NaN);
  });
}

/** Fonts as listed by pdffonts: name, embedded, subset, has ToUnicode. */
export function pdfFonts(pdf: Buffer): { name: string; emb: boolean; sub: boolean; uni: boolean }[] {
  return withPdf(pdf, (file) => {
    const out = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2);
    return out
      .filter((l) => l.trim())
      .map((l) => {
        const cols = l.trim().split(/\s+/);
        // name … emb sub uni objectId gen
        const [emb, sub, uni] = cols.slice(-5, -2);
        return { name: cols[0] ?? '', emb: emb === 'yes', sub: sub === 'yes', uni: uni === 'yes' };
      });
  });
}

/** Fraction (0–1) of pixels darker than light grey on a page rendered at 40 dpi. */
export function inkFraction(pdf: Buffer, page = 1): number {
  return withPdf(pdf, (file, dir) => {
    const base = path.join(dir, 'page');
    execFileSync('pdftoppm', [
      '-gray',
      '-r',
      '40',
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      file,
      base,
    ]);
    const pgm = readFileSync(`${base}.pgm`);
    // Header: "P5\n<w> <h>\n<max>\n" then w*h bytes.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('not a binary PGM');
    const [w, h] = [Number(header[1]), Number(header[2])];
    const pixels = pgm.subarray(header[0].length);
    let ink = 0;
    for (let i = 0; i < w * h; i++) if ((pixels[i] ?? 255) < 230) ink++;
    return ink / (w * h);
  });
}
