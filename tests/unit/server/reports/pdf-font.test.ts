import { describe, expect, it } from 'vitest';
import { LABELS_ZH } from '../../../../domain/enums.ts';
import { fontHasGlyph, pdfText } from '../../../../server/reports/pdf-font.ts';

describe('embedded CJK font', () => {
  it('has ㎡ in this version; a font without it would print m²', () => {
    expect(fontHasGlyph(0x33a1)).toBe(true);
    expect(pdfText('70,110 ㎡（105.2 亩）')).toBe('70,110 ㎡（105.2 亩）');
    const noSquareMetre = (cp: number) => cp !== 0x33a1 && fontHasGlyph(cp);
    expect(pdfText('70,110 ㎡（105.2 亩）', noSquareMetre)).toBe('70,110 m²（105.2 亩）');
  });

  it('has every character of every Chinese label the reports print', () => {
    const labels = Object.values(LABELS_ZH).flatMap((t) => Object.values<string>(t));
    const fixed =
      '仲恺高新区地块报告平台报告357创新产业带中韩（惠州）产业园国家自主创新示范区东江科技园惠南陈江惠环沥林潼湖潼侨—·、；：％%→北米公里亩万元亿元第页';
    const missing = [...labels.join(''), ...fixed].filter((ch) => !fontHasGlyph(ch.codePointAt(0)!));
    expect(missing).toEqual([]);
  });

  it('replaces other missing glyphs with ? rather than printing an empty box', () => {
    expect(pdfText('a\u{1F600}b')).toBe('a?b');
  });
});
