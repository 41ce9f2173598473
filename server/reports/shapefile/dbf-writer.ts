/**
 * Writes a dBase III `.dbf` table in UTF-8 (declared by the `.cpg` written beside it): text fields `C` sized to
 * their longest value in bytes (at most 254; longer text is cut at a character boundary), numbers `N` right-
 * aligned with fixed decimals, dates `D` as YYYYMMDD. Field names must be ASCII and at most 10 characters.
 */

/** A column of the table. */
export interface DbfColumn {
  /** ASCII, ≤ 10 characters. */
  name: string;
  type: 'C' | 'N' | 'D';
  /** Width of `N` fields (digits, sign and point). */
  width?: number;
  decimals?: number;
}

/** A value of a cell: text for C, number for N, ISO date for D; null for blank. */
export type DbfValue = string | number | null;

const MAX_TEXT_BYTES = 254;

/** `text` as UTF-8 bytes, cut to at most `max` bytes without splitting a character. */
export function utf8Cut(text: string, max: number): Buffer {
  const b = Buffer.from(text, 'utf8');
  if (b.length <= max) return b;
  let end = max;
  while (end > 0 && (b[end]! & 0xc0) === 0x80) end--;
  return b.subarray(0, end);
}

function widthOf(c: DbfColumn, values: DbfValue[]): number {
  if (c.type === 'D') return 8;
  if (c.type === 'N') return c.width ?? 18;
  const longest = Math.max(1, ...values.map((v) => (v === null ? 0 : Buffer.byteLength(String(v), 'utf8'))));
  return Math.min(MAX_TEXT_BYTES, longest);
}

function cell(c: DbfColumn, width: number, v: DbfValue): Buffer {
  const out = Buffer.alloc(width, 0x20);
  if (v === null) return out;
  if (c.type === 'N') {
    const text = Number(v).toFixed(c.decimals ?? 0);
    if (text.length <= width) out.write(text, width - text.length, 'latin1');
    else out.fill('*');
  } else if (c.type === 'D') out.write(String(v).replace(/-/g, '').slice(0, 8), 0, 'latin1');
  else utf8Cut(String(v), width).copy(out);
  return out;
}

/** The `.dbf` bytes for `rows` (values in column order); `date` is the table's last-update date (ISO). */
export function writeDbf(columns: readonly DbfColumn[], rows: readonly DbfValue[][], date: string): Buffer {
  const widths = columns.map((c, i) =>
    widthOf(
      c,
      rows.map((r) => r[i] ?? null),
    ),
  );
  const headerLength = 32 + 32 * columns.length + 1;
  const recordLength = 1 + widths.reduce((a, b) => a + b, 0);
  const h = Buffer.alloc(headerLength);
  const [y = 2000, m = 1, d = 1] = date.slice(0, 10).split('-').map(Number);
  h.writeUInt8(0x03, 0);
  h.writeUInt8(y - 1900, 1);
  h.writeUInt8(m, 2);
  h.writeUInt8(d, 3);
  h.writeUInt32LE(rows.length, 4);
  h.writeUInt16LE(headerLength, 8);
  h.writeUInt16LE(recordLength, 10);
  columns.forEach((c, i) => {
    const at = 32 + 32 * i;
    h.write(c.name.slice(0, 10), at, 'latin1');
    h.write(c.type, at + 11, 'latin1');
    h.writeUInt8(widths[i]!, at + 16);
    h.writeUInt8(c.type === 'N' ? (c.decimals ?? 0) : 0, at + 17);
  });
  h.writeUInt8(0x0d, headerLength - 1);
  const body = rows.map((r) =>
    Buffer.concat([Buffer.from([0x20]), ...columns.map((c, i) => cell(c, widths[i]!, r[i] ?? null))]),
  );
  return Buffer.concat([h, ...body, Buffer.from([0x1a])]);
}
