/**
 * The PMTiles v3 writer, read back with the `pmtiles` package (the reader maplibre's pmtiles:// protocol uses):
 * tile ids against the package's own zxyToTileId, the header, metadata, every tile's bytes, run-length and
 * deduplicated entries, and an archive big enough to need leaf directories.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { PMTiles, type Source, zxyToTileId } from 'pmtiles';
import { afterAll, describe, expect, it } from 'vitest';
import { Compression, tileId } from '../../../../server/tiles/pmtiles-format.ts';
import { PmtilesWriter } from '../../../../server/tiles/pmtiles-writer.ts';

const dir = mkdtempSync(join(tmpdir(), 'zk-pmtiles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A `pmtiles` Source over a file on disk. */
const fileSource = (path: string): Source => {
  const bytes = readFileSync(path);
  return {
    getKey: () => path,
    getBytes: async (offset, length) => ({
      data: bytes.buffer.slice(
        bytes.byteOffset + offset,
        bytes.byteOffset + Math.min(offset + length, bytes.length),
      ),
    }),
  };
};

const INFO = {
  minZoom: 0,
  maxZoom: 9,
  bounds: [114.1, 22.9, 114.5, 23.2] as [number, number, number, number],
  centerZoom: 5,
  center: [114.3, 23.05] as [number, number],
  metadata: { name: 'test', vector_layers: [{ id: 'parcels', fields: {} }] },
};

describe('tileId', () => {
  it('matches the pmtiles package for every tile of zooms 0–6 and samples up to zoom 16', () => {
    for (let z = 0; z <= 6; z++) {
      for (let x = 0; x < 2 ** z; x++)
        for (let y = 0; y < 2 ** z; y++) expect(tileId(z, x, y)).toBe(zxyToTileId(z, x, y));
    }
    for (const [z, x, y] of [
      [12, 3348, 1780],
      [14, 13_581, 7_119],
      [16, 54_327, 28_479],
      [16, 65_535, 0],
    ] as const) {
      expect(tileId(z, x, y)).toBe(zxyToTileId(z, x, y));
    }
  });
});

describe('PmtilesWriter', () => {
  it('writes an archive the pmtiles reader opens: header, metadata, tiles, shared and repeated contents', async () => {
    const path = `${dir}/small.pmtiles`;
    const w = new PmtilesWriter(path);
    const tiles = new Map<string, Uint8Array>();
    const same = gzipSync('the same bytes');
    const list: [number, number, number, Uint8Array][] = [
      [0, 0, 0, gzipSync('root')],
      [1, 0, 0, same],
      [1, 0, 1, same], // consecutive ids with identical bytes: one run-length entry
      [1, 1, 1, gzipSync('z1 (1,1)')],
      [5, 26, 14, same], // identical bytes far away: stored once
      [9, 416, 222, gzipSync('deep')],
    ];
    for (const [z, x, y, b] of [...list].sort(
      (a, b) => tileId(a[0], a[1], a[2]) - tileId(b[0], b[1], b[2]),
    )) {
      w.add(tileId(z, x, y), b);
      tiles.set(`${z}/${x}/${y}`, b);
    }
    const r = await w.finish(INFO);
    expect(r).toMatchObject({ tiles: 6, contents: 4 });
    const pm = new PMTiles(fileSource(path));
    const h = await pm.getHeader();
    expect(h).toMatchObject({ specVersion: 3, minZoom: 0, maxZoom: 9, tileType: 1, tileCompression: 2 });
    expect(h).toMatchObject({ numAddressedTiles: 6, numTileContents: 4, numTileEntries: 5, clustered: true });
    expect([h.minLon, h.minLat, h.maxLon, h.maxLat]).toEqual([114.1, 22.9, 114.5, 23.2]);
    expect(await pm.getMetadata()).toEqual(INFO.metadata);
    for (const [z, x, y] of list) {
      const got = await pm.getZxy(z, x, y);
      const want = tiles.get(`${z}/${x}/${y}`)!;
      // The reader decompresses gzip tiles.
      expect(Buffer.from(got!.data)).toEqual(gunzipSync(want));
    }
    expect(await pm.getZxy(1, 1, 0)).toBeUndefined();
    expect(await pm.getZxy(9, 0, 0)).toBeUndefined();
  });

  it('splits a large directory into leaf directories that the reader follows', async () => {
    const path = `${dir}/large.pmtiles`;
    const w = new PmtilesWriter(path, Compression.none);
    // Every zoom-8 tile (65,536), each with distinct bytes of uneven length: a directory far over 16 KiB.
    const ids: [number, number, number][] = [];
    for (let x = 0; x < 256; x++) for (let y = 0; y < 256; y++) ids.push([tileId(8, x, y), x, y]);
    ids.sort((a, b) => a[0] - b[0]);
    const bytes = (x: number, y: number) =>
      Buffer.from(`${x},${y};`.padEnd(((x * 7919 + y * 104_729) % 900) + 8, '.'));
    for (const [id, x, y] of ids) w.add(id, bytes(x, y));
    await w.finish({ ...INFO, minZoom: 8, maxZoom: 8 });
    const pm = new PMTiles(fileSource(path));
    const h = await pm.getHeader();
    expect(h.leafDirectoryLength).toBeGreaterThan(0);
    expect(h.rootDirectoryOffset + h.rootDirectoryLength).toBeLessThanOrEqual(16_384);
    for (const [x, y] of [
      [0, 0],
      [255, 255],
      [17, 200],
      [128, 64],
      [200, 3],
    ]) {
      const got = await pm.getZxy(8, x!, y!);
      expect(Buffer.from(got!.data)).toEqual(bytes(x!, y!));
    }
  });

  it('refuses tile ids out of order', () => {
    const w = new PmtilesWriter(`${dir}/order.pmtiles`);
    w.add(5, gzipSync('a'));
    expect(() => w.add(5, gzipSync('b'))).toThrow(/must increase/);
  });
});
