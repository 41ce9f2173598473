import { describe, expect, it } from 'vitest';
import { SafeText, textProblem } from '../../../domain/safe-text.ts';

describe('textProblem — control, bidi and separator characters are refused', () => {
  it.each([
    ['a\u0000b', 'U+0000'],
    ['a\u0007b', 'U+0007'],
    ['a\u001bb', 'U+001B'],
    ['a\u007fb', 'U+007F'],
    ['a\u0085b', 'U+0085'],
    ['a\nb', 'U+000A'],
    ['a\tb', 'U+0009'],
  ])('single-line text %j names %s', (text, cp) => {
    expect(textProblem(text)).toContain(cp);
  });

  // Trojan Source (CVE-2021-42574): embedding, override and isolate controls, and the implicit marks.
  it.each([
    '\u202a',
    '\u202b',
    '\u202c',
    '\u202d',
    '\u202e',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\u200e',
    '\u200f',
    '\u061c',
  ])('refuses the bidi character %j', (ch) => {
    expect(textProblem(`gnp.${ch}exe`)).toMatch(/bidirectional formatting character U\+[0-9A-F]{4}/);
  });

  it('allows line feeds and tabs only in multi-line text, and CR LF there', () => {
    expect(textProblem('第一行\r\n第二行\t备注', { multiline: true })).toBeNull();
    expect(textProblem('a\rb', { multiline: true })).toContain('U+000D');
    expect(textProblem('a\u0000b', { multiline: true })).toContain('U+0000');
  });

  it('refuses unpaired surrogates and line/paragraph separators, accepts CJK and emoji', () => {
    expect(textProblem('a\ud800b')).toContain('unpaired surrogate');
    expect(textProblem('a\udc00')).toContain('unpaired surrogate');
    expect(textProblem('a\u2028b')).toContain('U+2028');
    expect(textProblem('仲恺 ㎡ 😀 Ünïcödé')).toBeNull();
  });
});

describe('SafeText', () => {
  it('normalises to NFC and trims; counts code points', () => {
    const name = SafeText({ min: 1, max: 3 });
    // e + COMBINING ACUTE ACCENT (2 code points) becomes é (1 code point).
    expect(name.parse('  Re\u0301  ')).toBe('R\u00e9');
    expect(name.parse('R\u00e9')).toBe('Ré');
    expect(name.safeParse('😀😀😀').success).toBe(true);
    expect(name.safeParse('😀😀😀😀').success).toBe(false);
    expect(name.safeParse('   ').success).toBe(false);
  });

  it('keeps line feeds in notes (CR LF becomes LF)', () => {
    expect(SafeText({ max: 100, multiline: true }).parse('a\r\nb ')).toBe('a\nb');
  });
});
