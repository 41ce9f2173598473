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

type CjkFont = fontkit.Font;
let fonts: { regular: CjkFont; bold: CjkFont } | undefined;

// Parsing an 8 MB OTF takes ~170 ms, so each weight is parsed once per process and the parsed font is handed
// to every document (pdfkit accepts a fontkit font; each document still makes its own subset).
function parsedFonts(): { regular: CjkFont; bold: CjkFont } {
  const parse = (weight: 'Regular' | 'Bold'): CjkFont => {
    const font = fontkit.create(readFileSync(cjkFontPath(weight)));
    if (!('hasGlyphForCodePoint' in font))
      throw new Error(`expected a single font in NotoSansHans-${weight}`);
    return font;
  };
  fonts ??= { regular: parse('Regular'), bold: parse('Bold') };
  return fonts;
}

/** Registers the regular and bold CJK fonts on a pdfkit document. */
export function registerCjkFonts(doc: PdfDoc): void {
  const f = parsedFonts();
  // @types/pdfkit lists only byte sources, but pdfkit's font factory also takes a parsed fontkit font.
  doc.registerFont(FONT_REGULAR, f.regular as unknown as Buffer);
  doc.registerFont(FONT_BOLD, f.bold as unknown as Buffer);
}

/** True when the embedded font has a glyph for the code point (regular and bold share one character set). */
export function fontHasGlyph(codePoint: number): boolean {
  return parsedFonts().regular.hasGlyphForCodePoint(codePoint);
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
