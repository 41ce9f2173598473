/**
 * Text decoding of Chinese GIS files. Shapefile `.dbf`, CSV saved by Excel and 国土 TXT are commonly GBK
 * (code page 936); newer tools write UTF-8. Node 20 ships full ICU, so `TextDecoder('gbk')` decodes GBK (the
 * WHATWG decoder for the `gbk` label is GB18030's, a superset).
 */

/** Canonical decoder label for a `.cpg` / code-page name, or null when the name is not understood. */
export function encodingOfCodePage(raw: string): 'utf-8' | 'gbk' | string | null {
  const s = raw
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');
  if (s === '') return null;
  if (s === 'utf8' || s === '65001') return 'utf-8';
  if (['gbk', '936', 'cp936', 'gb2312', 'gb18030', 'ansi936', '54936', 'ms936'].includes(s)) return 'gbk';
  if (s === '88591' || s === 'iso88591' || s === 'latin1' || s === '1252' || s === 'cp1252')
    return 'windows-1252';
  if (s === 'big5' || s === '950' || s === 'cp950') return 'big5';
  try {
    return new TextDecoder(raw.trim()).encoding;
  } catch {
    return null;
  }
}

/** True when `bytes` are valid UTF-8 (a BOM counts as UTF-8). */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** True when some byte is outside ASCII. */
export const hasNonAscii = (bytes: Uint8Array): boolean => bytes.some((b) => b > 0x7f);

/**
 * Decodes a whole text file whose encoding is not stated: UTF-8 when the bytes are valid UTF-8 (BOM or not),
 * else GBK — GBK-encoded Chinese is almost never valid UTF-8.
 */
export function decodeUnlabelledText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gbk' } {
  if (isUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' };
}
