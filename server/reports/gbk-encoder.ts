/**
 * Encodes text as GBK (code page 936), the encoding 国土 software expects in TXT exchange files. Node has no GBK
 * encoder, but its ICU decoder knows the mapping: the reverse table is built once from decoding every two-byte
 * GBK code (lead 0x81–0xFE, trail 0x40–0xFE except 0x7F). Characters GBK lacks become `?` and are reported.
 */

let table: Map<string, number> | null = null;

function reverseTable(): Map<string, number> {
  if (table) return table;
  const decoder = new TextDecoder('gbk');
  const map = new Map<string, number>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\uFFFD' && !map.has(ch)) map.set(ch, (lead << 8) | trail);
    }
  }
  table = map;
  return map;
}

/** GBK bytes of `text` and the characters that could not be encoded (written as `?`). */
export function encodeGbk(text: string): { bytes: Buffer; unencodable: string[] } {
  const map = reverseTable();
  const out: number[] = [];
  const unencodable: string[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const gbk = map.get(ch);
      if (gbk === undefined) {
        unencodable.push(ch);
        out.push(0x3f);
      } else out.push(gbk >> 8, gbk & 0xff);
    }
  }
  return { bytes: Buffer.from(out), unencodable };
}
