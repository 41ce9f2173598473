/**
 * GET /api/print/map.pdf: the printed sheet's text (pdftotext), its scale bar measured on a 254 dpi raster
 * (pdftoppm: 10 pixels per millimetre) and in the PDF's content stream, and the 400s of bad input.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfToText } from '../unit/server/reports/pdf-tools.ts';
import { REAL_GEODATA, testApp } from './helpers/test-app.ts';

const { app, cleanup } = testApp({ geodataDir: REAL_GEODATA });
afterAll(cleanup);

async function print(query: string): Promise<Buffer> {
  const res = await app.request(`/api/print/map.pdf?${query}`);
  expect(res.status, res.status === 200 ? '' : await res.clone().text()).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  return Buffer.from(await res.arrayBuffer());
}

/** Longest horizontal run of pure black pixels on page 1 rendered at 254 dpi (10 px per mm), in mm. */
function longestBlackRunMm(pdf: Buffer): number {
  const dir = mkdtempSync(path.join(tmpdir(), 'print-test-'));
  try {
    writeFileSync(path.join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', ['-gray', '-r', '254', '-f', '1', '-l', '1', 'in.pdf', 'page'], { cwd: dir });
    const pgm = readFileSync(path.join(dir, 'page-1.pgm'));
    // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
    const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 50).toString('latin1'));
    const [w, h, headerLen] = [Number(m![1]), Number(m![2]), m![0].length];
    let best = 0;
    for (let y = 0; y < h; y++) {
      let run = 0;
      for (let x = 0; x < w; x++) {
        run = pgm[headerLen + y * w + x] === 0 ? run + 1 : 0;
        if (run > best) best = run;
      }
    }
    return best / 10;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Widths (pt) of every rectangle (`x y w h re`) in the PDF's content streams. */
function rectangleWidths(pdf: Buffer): number[] {
  const out: number[] = [];
  const text = pdf.toString('latin1');
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = text.indexOf('endstream', start);
    let body: string;
    try {
      body = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue; // fonts and other binary streams
    }
    for (const r of body.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re/g)) out.push(Number(r[3]));
  }
  return out;
}

describe('GET /api/print/map.pdf', () => {
  it('A4 landscape at 1:10,000: title, legend, scale text, date and data version; a 200 m bar printed 20 mm long', async () => {
    const pdf = await print(
      'paper=a4&orientation=landscape&scale=10000&center=114.25,23.0&title=S357沿线用地',
    );
    const text = pdfToText(pdf);
    for (const s of [
      'S357沿线用地',
      '图例',
      '规划',
      '平台边界',
      '铁路',
      '比例尺 1:10,000',
      '200 m',
      '制图日期 2018-03-09',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).toMatch(/数据版本 [0-9a-f]{6,}/);
    // 200 m at 1:10,000 = 20 mm (hand-computed) = 56.69 pt.
    expect(Math.abs(longestBlackRunMm(pdf) - 20)).toBeLessThanOrEqual(0.2);
    expect(rectangleWidths(pdf).some((w) => Math.abs(w - (20 * 72) / 25.4) < 0.01)).toBe(true);
    const info = execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
    // 297 × 210 mm = 841.89 × 595.28 pt, which poppler names A4.
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.2\d* pts \(A4\)/);
  });

  it('A3 portrait at 1:50,000 in English, coloured by platform: a 2 km bar printed 40 mm long', async () => {
    const pdf = await print(
      'paper=a3&orientation=portrait&scale=50000&center=114.30,23.03&theme=platform&lang=en',
    );
    const text = pdfToText(pdf);
    for (const s of ['Legend', 'Scale 1:50,000', '2 km', '357 Innovation Industry Belt', 'data version']) {
      expect(text).toContain(s);
    }
    expect(Math.abs(longestBlackRunMm(pdf) - 40)).toBeLessThanOrEqual(0.2);
    const info = execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.89 x 1190\.5\d* pts \(A3\)/);
  });

  it('shows only the filtered parcels’ classes in the legend', async () => {
    const text = pdfToText(await print('scale=25000&center=114.25,23.0&state=ready'));
    expect(text).toContain('净地可供');
    expect(text).not.toContain('规划');
  });

  it('400 naming the field for a scale off the list, a bad centre or an unknown paper', async () => {
    for (const [q, field] of [
      ['scale=3000&center=114.25,23', 'scale'],
      ['scale=10000&center=114.25', 'center'],
      ['scale=10000&center=114.25,95', 'center'],
      ['scale=10000&center=114.25,23&paper=a0', 'paper'],
      ['center=114.25,23', 'scale'],
    ] as const) {
      const res = await app.request(`/api/print/map.pdf?${q}`);
      expect(res.status, q).toBe(400);
      expect(((await res.json()) as { error: { field: string } }).error.field, q).toBe(field);
    }
  });
});
