import { describe, expect, it } from 'vitest';
import { asciiFallback, contentDisposition, fileName } from '../../../../server/reports/filename.ts';

describe('download file names', () => {
  it('joins the parts with _ and removes characters file systems refuse', () => {
    expect(fileName(['仲恺地块', '357创新产业带', '2018-03-09'], 'xlsx')).toBe(
      '仲恺地块_357创新产业带_2018-03-09.xlsx',
    );
    expect(fileName(['a/b', 'c:d*?', ''], 'csv')).toBe('a-b_c-d-.csv');
  });

  it('sends the UTF-8 name in filename* (RFC 8187) with an ASCII fallback', () => {
    const name = '仲恺地块_357创新产业带_2018-03-09.xlsx';
    const header = contentDisposition(name, 'zhongkai-parcels_belt-357_2018-03-09.xlsx');
    expect(header).toBe(
      `attachment; filename="zhongkai-parcels_belt-357_2018-03-09.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    const encoded = /filename\*=UTF-8''(.+)$/.exec(header)?.[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe(name);
    expect(header).toMatch(/^[\x20-\x7e]+$/); // header values must be ASCII
  });

  it('derives an ASCII fallback and escapes characters special in the header', () => {
    expect(asciiFallback('仲恺地块_357创新产业带_2018-03-09.xlsx')).toBe('357_2018-03-09.xlsx');
    expect(asciiFallback('地块.pdf')).toBe('download.pdf');
    expect(contentDisposition("it's (1).pdf")).toContain("filename*=UTF-8''it%27s%20%281%29.pdf");
  });
});
