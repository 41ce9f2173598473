/**
 * A zip reader that cannot be made to exhaust memory. It reads the central directory first and refuses, before
 * inflating anything, a zip with more entries than `maxZipFiles` or whose declared uncompressed sizes add up to
 * more than `maxUnzippedBytes`; then it inflates each entry with zlib's `maxOutputLength` set to the entry's
 * declared size, so an entry that lies about its size (the classic zip bomb) stops inflating one chunk past
 * the declared size and the zip is refused. CRC-32 is checked. Entry names are UTF-8 when the zip says so
 * (general-purpose flag bit 11), else UTF-8 if valid, else GBK (Chinese Windows' zip tools write GBK names).
 * ZIP64, encryption and methods other than stored/deflate are refused with a message.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { ImportLimitError, UnreadableFileError } from './import-errors.ts';
import type { ImportLimits } from './import-limits.ts';
import { isUtf8 } from './text-encoding.ts';

/** One file of a zip, inflated. */
export interface ZipEntry {
  /** Path inside the zip, `/`-separated. */
  name: string;
  bytes: Uint8Array;
}

interface CentralEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** True when the bytes start like a zip (local file header or empty-archive end record). */
export const looksLikeZip = (b: Uint8Array): boolean =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);

function findEndRecord(view: DataView, fileName: string): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new UnreadableFileError(
    fileName,
    '不是有效的 zip 文件',
    'not a valid zip file (no end of central directory)',
  );
}

function decodeName(raw: Uint8Array, utf8Flag: boolean): string {
  return new TextDecoder(utf8Flag || isUtf8(raw) ? 'utf-8' : 'gbk').decode(raw);
}

/** Reads the central directory, checking the entry count against the limit before reading the entries. */
function readCentral(
  bytes: Uint8Array,
  limits: Pick<ImportLimits, 'maxZipFiles'>,
  fileName: string,
): CentralEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view, fileName);
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    throw new UnreadableFileError(fileName, '不支持 ZIP64 压缩包', 'ZIP64 archives are not supported');
  }
  if (count > limits.maxZipFiles) throw new ImportLimitError('maxZipFiles', limits.maxZipFiles, fileName);
  const entries: CentralEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) {
      throw new UnreadableFileError(fileName, 'zip 目录损坏', `corrupt central directory at entry ${i + 1}`);
    }
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + 46 + skip > bytes.length) {
      throw new UnreadableFileError(fileName, 'zip 目录损坏', `corrupt central directory at entry ${i + 1}`);
    }
    const flags = view.getUint16(at + 8, true);
    entries.push({
      name: decodeName(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0),
      method: view.getUint16(at + 10, true),
      flags,
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return entries;
}

/** Inflates one entry, never past its declared size. */
function inflateEntry(bytes: Uint8Array, e: CentralEntry, fileName: string): Uint8Array {
  const part = `${fileName}/${e.name}`;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (e.localOffset + 30 > bytes.length || view.getUint32(e.localOffset, true) !== LOCAL) {
    throw new UnreadableFileError(part, '文件头损坏', 'corrupt local file header');
  }
  if (e.flags & 1) throw new UnreadableFileError(part, '文件已加密', 'the entry is encrypted');
  const start =
    e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
  if (start + e.compressedSize > bytes.length)
    throw new UnreadableFileError(part, '文件被截断', 'the entry is truncated');
  const data = bytes.subarray(start, start + e.compressedSize);
  let out: Uint8Array;
  if (e.method === 0) out = data;
  else if (e.method === 8) {
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(e.size, 1) });
    } catch (err) {
      const tooLarge = (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
      throw tooLarge
        ? new UnreadableFileError(
            part,
            '解压后超过声明的大小（疑似 zip 炸弹）',
            'inflates past its declared size (zip bomb?)',
          )
        : new UnreadableFileError(part, '解压失败', 'corrupt deflate data');
    }
  } else
    throw new UnreadableFileError(
      part,
      `不支持的压缩方法 ${e.method}`,
      `unsupported compression method ${e.method}`,
    );
  if (out.length !== e.size || crc32(out) !== e.crc) {
    throw new UnreadableFileError(part, '大小或校验和不符', 'size or CRC-32 does not match the directory');
  }
  return out;
}

/**
 * Reads every file of a zip (directories skipped), within `limits`. Throws ImportLimitError (413/422) or
 * UnreadableFileError (422); never anything else.
 */
export function readZip(
  bytes: Uint8Array,
  limits: Pick<ImportLimits, 'maxZipFiles' | 'maxUnzippedBytes'>,
  fileName: string,
): ZipEntry[] {
  const entries = readCentral(bytes, limits, fileName).filter((e) => !e.name.endsWith('/'));
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > limits.maxUnzippedBytes) {
    throw new ImportLimitError('maxUnzippedBytes', limits.maxUnzippedBytes, fileName);
  }
  return entries.map((e) => ({ name: e.name, bytes: inflateEntry(bytes, e, fileName) }));
}
