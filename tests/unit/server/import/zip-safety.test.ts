import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS } from '../../../../server/import/import-limits.ts';
import { readImport } from '../../../../server/import/read-import.ts';
import { readZip } from '../../../../server/import/zip-reader.ts';

/** Raw deflate of `total` zero bytes, produced in 1 MB chunks (never holding the inflated data). */
async function deflatedZeros(total: number): Promise<Uint8Array> {
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (b: Buffer) => parts.push(b));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const chunk = Buffer.alloc(1 << 20);
  for (let written = 0; written < total; written += chunk.length) {
    if (!deflate.write(chunk)) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return new Uint8Array(Buffer.concat(parts));
}

/** A one-entry zip (PKWARE APPNOTE 4.3) whose directory declares `declaredSize` for `data`. */
function handMadeZip(name: string | Uint8Array, data: Uint8Array, declaredSize: number, crc = 0): Uint8Array {
  const n = typeof name === 'string' ? Buffer.from(name) : Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(n.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = local.length + n.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + n.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return new Uint8Array(Buffer.concat([local, n, data, central, n, end]));
}

const grownMb = (before: NodeJS.MemoryUsage) => {
  const now = process.memoryUsage();
  return (now.rss - before.rss + now.arrayBuffers - before.arrayBuffers) / 1e6;
};

describe('zip bombs and zip limits (refused before memory grows)', () => {
  it('an entry declaring 4 GB is refused from the directory alone: 413 unzipped_too_large names the limit', () => {
    const zip = handMadeZip('parcels.shp', new Uint8Array(100), 0xfffffff0);
    expect(() => readZip(zip, DEFAULT_IMPORT_LIMITS, 'bomb.zip')).toThrowError(/IMPORT_MAX_UNZIPPED_BYTES/);
    try {
      readZip(zip, DEFAULT_IMPORT_LIMITS, 'bomb.zip');
    } catch (e) {
      expect(e).toMatchObject({ status: 413, code: 'unzipped_too_large', field: 'file' });
    }
  });

  it('an entry that lies (declares 1 KB, inflates to 1 GB) stops one chunk past 1 KB: memory growth < 50 MB', async () => {
    const compressed = await deflatedZeros(1024 ** 3);
    expect(compressed.length).toBeLessThan(1_500_000);
    for (const name of ['bomb.zip', 'bomb.kmz', 'bomb.xlsx']) {
      const inner = name.endsWith('.kmz')
        ? 'doc.kml'
        : name.endsWith('.xlsx')
          ? 'xl/workbook.xml'
          : 'parcels.shp';
      const zip = handMadeZip(inner, compressed, 1024);
      const before = process.memoryUsage();
      await expect(readImport({ name, bytes: zip }, { limits: DEFAULT_IMPORT_LIMITS })).rejects.toMatchObject(
        { status: 422, code: 'unreadable_file', message: expect.stringContaining('zip bomb') },
      );
      // Memory, not time, is the oracle: inflating the whole gigabyte would grow it by ~1 GB.
      expect(grownMb(before)).toBeLessThan(50);
    }
    // Building the 1 GB bomb itself (deflating zeros) takes seconds on a loaded machine.
  }, 120_000);

  it('more entries than IMPORT_MAX_ZIP_FILES: 422 too_many_files before anything is inflated', () => {
    const files = Object.fromEntries(
      Array.from({ length: 101 }, (_, i) => [`f${i}.txt`, new Uint8Array([i])]),
    );
    const zip = zipSync(files);
    expect(() => readZip(zip, DEFAULT_IMPORT_LIMITS, 'many.zip')).toThrowError(
      expect.objectContaining({ status: 422, code: 'too_many_files' }),
    );
    expect(readZip(zip, { ...DEFAULT_IMPORT_LIMITS, maxZipFiles: 101 }, 'many.zip')).toHaveLength(101);
  });

  it('names in GBK (no UTF-8 flag, as Chinese Windows zip tools write them) are decoded; a bad CRC is refused', () => {
    const gbkName = new Uint8Array([0xd7, 0xda, 0xb5, 0xd8, 0x2e, 0x74, 0x78, 0x74]); // 宗地.txt in GBK
    const content = new TextEncoder().encode('[地块坐标]');
    const data = new Uint8Array(deflateRawSync(content));
    const good = handMadeZip(gbkName, data, content.length, crc32(content));
    const [entry] = readZip(good, DEFAULT_IMPORT_LIMITS, 'gbk.zip');
    expect(entry?.name).toBe('宗地.txt');
    expect(new TextDecoder().decode(entry?.bytes)).toBe('[地块坐标]');
    const bad = handMadeZip(gbkName, data, content.length, (crc32(content) ^ 1) >>> 0);
    expect(() => readZip(bad, DEFAULT_IMPORT_LIMITS, 'crc.zip')).toThrowError(/CRC-32/);
  });

  it('uploads, features and vertices over their limits are refused with the limit named', async () => {
    const bytes = new TextEncoder().encode('{"type":"FeatureCollection","features":[]}');
    await expect(
      readImport({ name: 'a.geojson', bytes }, { limits: { ...DEFAULT_IMPORT_LIMITS, maxUploadBytes: 10 } }),
    ).rejects.toMatchObject({
      status: 413,
      code: 'file_too_large',
      message: expect.stringContaining('IMPORT_MAX_UPLOAD_BYTES'),
    });
    const point = '{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[114.3,23]}}';
    const three = new TextEncoder().encode(
      `{"type":"FeatureCollection","features":[${[point, point, point].join(',')}]}`,
    );
    await expect(
      readImport(
        { name: 'b.geojson', bytes: three },
        { limits: { ...DEFAULT_IMPORT_LIMITS, maxFeatures: 2 } },
      ),
    ).rejects.toMatchObject({
      status: 422,
      code: 'too_many_features',
      message: expect.stringContaining('IMPORT_MAX_FEATURES'),
    });
    await expect(
      readImport(
        { name: 'b.geojson', bytes: three },
        { limits: { ...DEFAULT_IMPORT_LIMITS, maxVertices: 2 } },
      ),
    ).rejects.toMatchObject({
      status: 422,
      code: 'too_many_vertices',
      message: expect.stringContaining('IMPORT_MAX_VERTICES'),
    });
  });
});
