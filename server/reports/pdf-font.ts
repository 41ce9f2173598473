/**
 * The CJK font embedded in every PDF: Noto Sans Hans (SIL OFL) from the npm package `@embedpdf/fonts-sc`,
 * regular and bold. pdfkit embeds a subset (only the glyphs used) as a CID font with a ToUnicode map, so the
 * text stays selectable and searchable. No system font is assumed.
 *
 * The font covers GB2312 and some symbols (this version does have `㎡` U+33A1 and `㎢`, checked with fontkit
 * in tests/unit/reports/pdf-font.test.ts), but not everything the data may hold, so every string goes
 * through `pdfText`: a character without a glyph gets a known equivalent (㎡ → m²) or `?`, never an empty box.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import type { PdfDoc } from './pdf-doc.ts';

/** pdfkit font names registered by `registerCjkFonts`. */
export const FONT_REGULAR = 'cjk-regular';
export const FONT_BOLD = 'cjk-bold';

const require = createRequire(import.meta.url);

/** Absolute path of a font file of `@embedpdf/fonts-sc` (its `exports` hide the folder, so go via main). */
export function cjkFontPath(weight: 'Regular' | 'Bold'): string {
  const main = require.resolve('@embedpdf/fonts-sc');
  return path.join(path.dirname(main), '..', 'fonts', `NotoSansHans-${weight}.otf`);
}

let regular: Buffer | undefined;
let bold: Buffer | undefined;
let glyphs: { hasGlyphForCodePoint(cp: number): boolean } | undefined;

function fontBuffers(): { regular: Buffer; bold: Buffer } {
  regular ??= readFileSync(cjkFontPath('Regular'));
  bold ??= readFileSync(cjkFontPath('Bold'));
  return { regular, bold };
}

/** Registers the regular and bold CJK fonts on a pdfkit document (file bytes are read once per process). */
export function registerCjkFonts(doc: PdfDoc): void {
  const f = fontBuffers();
  doc.registerFont(FONT_REGULAR, f.regular);
  doc.registerFont(FONT_BOLD, f.bold);
}

/** True when the embedded font has a glyph for the code point (regular and bold share one character set). */
export function fontHasGlyph(codePoint: number): boolean {
  if (!glyphs) {
    const font = fontkit.create(fontBuffers().regular);
    if (!('hasGlyphForCodePoint' in font)) throw new Error('expected a single font, got a collection');
    glyphs = font;
  }
  return glyphs.hasGlyphForCodePoint(codePoint);
}

// What to print for symbols the formatters use when a font lacks them (the substitutes are plain Latin-1).
const SUBSTITUTES: Record<string, string> = { '㎡': 'm²', '㎢': 'km²', '\u00a0': ' ', '\u202f': ' ' };

/** Text printable with the embedded font: characters without a glyph get a substitute or `?`. */
export function pdfText(text: string, hasGlyph: (codePoint: number) => boolean = fontHasGlyph): string {
  let out = '';
  for (const ch of text) {
    if (ch === '\n' || hasGlyph(ch.codePointAt(0) ?? 0)) out += ch;
    else out += SUBSTITUTES[ch] ?? '?';
  }
  return out;
}
