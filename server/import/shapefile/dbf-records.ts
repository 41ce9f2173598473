/**
 * Reads a dBase III/IV `.dbf` table (the attributes of a shapefile). The text encoding comes, in this order,
 * from the `.cpg` file, the language driver byte (0x4D, 0x7A = code page 936 → GBK), and otherwise from the
 * bytes: UTF-8 when the records are valid UTF-8, else GBK — Chinese shapefiles without `.cpg` are usually GBK
 * (ArcGIS writes the Windows code page, 936 on Chinese Windows), and GBK text is almost never valid UTF-8. Field names are decoded the same way (GDAL writes Chinese names in GBK). Numbers
 * that do not parse are reported per record and kept as null; dates become ISO `YYYY-MM-DD`.
 */
import { UnreadableFileError } from '../import-errors.ts';
import type { AttributeValue, RecordProblem } from '../source-types.ts';
import { encodingOfCodePage, hasNonAscii, isUtf8 } from '../text-encoding.ts';

interface DbfField {
  name: string;
  type: string;
  offset: number;
  length: number;
}

/** The table: field names in order, one attribute object per record, the encoding used and any problems. */
export interface DbfTable {
  fields: string[];
  rows: Record<string, AttributeValue>[];
  encoding: string;
  problems: RecordProblem[];
}

function chooseEncoding(bytes: Uint8Array, headerLength: number, cpg: string | null): string {
  const fromCpg = cpg === null ? null : encodingOfCodePage(cpg);
  if (fromCpg) return fromCpg;
  const ldid = bytes[29];
  if (ldid === 0x4d || ldid === 0x7a) return 'gbk';
  const body = bytes.subarray(0, Math.min(bytes.length, headerLength + 4_000_000));
  return hasNonAscii(body) && isUtf8(body) ? 'utf-8' : 'gbk';
}

function readFields(bytes: Uint8Array, headerLength: number, decoder: TextDecoder): DbfField[] {
  const fields: DbfField[] = [];
  let offset = 1;
  for (let at = 32; at + 32 <= headerLength && bytes[at] !== 0x0d; at += 32) {
    const raw = bytes.subarray(at, at + 11);
    const nul = raw.indexOf(0);
    let name = decoder.decode(nul < 0 ? raw : raw.subarray(0, nul)).trim() || `FIELD${fields.length + 1}`;
    while (fields.some((f) => f.name === name)) name = `${name}_`;
    const length = bytes[at + 16] ?? 0;
    fields.push({ name, type: String.fromCharCode(bytes[at + 11] ?? 0x43).toUpperCase(), offset, length });
    offset += length;
  }
  return fields;
}

function fieldValue(field: DbfField, text: string): AttributeValue | undefined {
  const t = text.trim();
  switch (field.type) {
    case 'N':
    case 'F': {
      if (t === '' || /^[*?]+$/.test(t)) return null;
      const n = Number(t);
      return Number.isFinite(n) ? n : undefined;
    }
    case 'L':
      return /^[TtYy]$/.test(t) ? true : /^[FfNn]$/.test(t) ? false : null;
    case 'D':
      return /^\d{8}$/.test(t) ? `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}` : t === '' ? null : t;
    default:
      return t === '' ? null : t;
  }
}

/** Reads all records. `part` names the file in messages; `cpg` is the `.cpg` text when the set has one. */
export function readDbf(bytes: Uint8Array, part: string, cpg: string | null): DbfTable {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 32)
    throw new UnreadableFileError(part, '不是 dBase 文件', 'not a dBase file (too short)');
  const count = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  if (headerLength < 33 || headerLength > bytes.length || recordLength < 1) {
    throw new UnreadableFileError(part, '文件头损坏', 'corrupt dBase header');
  }
  const encoding = chooseEncoding(bytes, headerLength, cpg);
  const decoder = new TextDecoder(encoding);
  const fields = readFields(bytes, headerLength, decoder).filter((f) => f.offset + f.length <= recordLength);
  const available = Math.floor((bytes.length - headerLength) / recordLength);
  const rows: Record<string, AttributeValue>[] = [];
  const problems: RecordProblem[] = [];
  for (let r = 0; r < Math.min(count, available); r++) {
    const start = headerLength + r * recordLength;
    const row: Record<string, AttributeValue> = {};
    for (const f of fields) {
      const text = decoder.decode(bytes.subarray(start + f.offset, start + f.offset + f.length));
      const value = fieldValue(f, text);
      if (value === undefined) {
        problems.push({
          record: r + 1,
          code: 'bad_number',
          field: f.name,
          message: `第 ${r + 1} 条记录 ${f.name}：“${text.trim()}”不是数字。 Record ${r + 1}, ${f.name}: "${text.trim()}" is not a number.`,
        });
      }
      row[f.name] = value ?? null;
    }
    rows.push(row);
  }
  if (available < count) {
    problems.push({
      record: null,
      code: 'truncated',
      message: `${part} 声明 ${count} 条记录，实有 ${available} 条。 ${part} declares ${count} records but holds ${available}.`,
    });
  }
  return { fields: fields.map((f) => f.name), rows, encoding, problems };
}
