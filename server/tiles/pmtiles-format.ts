/**
 * The PMTiles version 3 format, written from its specification (github.com/protomaps/PMTiles, spec/v3):
 * tile ids on the Hilbert curve, the 127-byte header, and directories (varint columns: id deltas, run
 * lengths, lengths, offsets with 0 meaning "right after the previous tile"). The `pmtiles` npm package only
 * reads archives; a test reads what this writes back with it.
 */

/** Compression codes of the header. */
export const Compression = { none: 1, gzip: 2 } as const;
/** Tile type code of Mapbox Vector Tiles. */
export const TILE_TYPE_MVT = 1;
/** Header size, bytes. */
export const HEADER_BYTES = 127;
/** Header plus root directory must fit in the first 16 KiB, so a reader gets both with one request. */
export const ROOT_BYTES_MAX = 16_384;

/** One directory entry: `runLength` tiles from `tileId` share the bytes at offset/length; 0 = a leaf directory. */
export type Entry = { tileId: number; offset: number; length: number; runLength: number };

/** The header fields (offsets and lengths in bytes; lon/lat in degrees). */
export type Header = {
  rootOffset: number;
  rootLength: number;
  metadataOffset: number;
  metadataLength: number;
  leafOffset: number;
  leafLength: number;
  dataOffset: number;
  dataLength: number;
  addressedTiles: number;
  tileEntries: number;
  tileContents: number;
  clustered: boolean;
  internalCompression: number;
  tileCompression: number;
  tileType: number;
  minZoom: number;
  maxZoom: number;
  bounds: [number, number, number, number];
  centerZoom: number;
  center: [number, number];
};

/** The Hilbert-curve tile id of z/x/y: the tiles of all lower zooms ((4^z − 1) / 3) plus the curve index. */
export function tileId(z: number, x: number, y: number): number {
  let id = (4 ** z - 1) / 3;
  const n = 2 ** z;
  let tx = x;
  let ty = y;
  for (let s = n / 2; s >= 1; s /= 2) {
    const rx = (tx & s) > 0 ? 1 : 0;
    const ry = (ty & s) > 0 ? 1 : 0;
    id += s * s * ((3 * rx) ^ ry);
    // Rotate the quadrant so the curve stays continuous (the classic xy → d conversion).
    if (ry === 0) {
      if (rx === 1) {
        tx = n - 1 - tx;
        ty = n - 1 - ty;
      }
      [tx, ty] = [ty, tx];
    }
  }
  return id;
}

/** Appends `v` (a non-negative integer below 2^53) as a protobuf-style varint. */
function pushVarint(out: number[], v: number): void {
  let n = v;
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
}

/** A directory's bytes before compression. `entries` must be sorted by tile id. */
export function encodeDirectory(entries: readonly Entry[]): Uint8Array {
  const out: number[] = [];
  pushVarint(out, entries.length);
  let last = 0;
  for (const e of entries) {
    pushVarint(out, e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) pushVarint(out, e.runLength);
  for (const e of entries) pushVarint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    pushVarint(out, prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return Uint8Array.from(out);
}

/** The 127-byte header (little-endian integers, coordinates as degrees × 10^7). */
export function encodeHeader(h: Header): Uint8Array {
  const buf = new Uint8Array(HEADER_BYTES);
  const v = new DataView(buf.buffer);
  buf.set(new TextEncoder().encode('PMTiles'), 0);
  v.setUint8(7, 3);
  const u64 = (at: number, n: number) => v.setBigUint64(at, BigInt(n), true);
  u64(8, h.rootOffset);
  u64(16, h.rootLength);
  u64(24, h.metadataOffset);
  u64(32, h.metadataLength);
  u64(40, h.leafOffset);
  u64(48, h.leafLength);
  u64(56, h.dataOffset);
  u64(64, h.dataLength);
  u64(72, h.addressedTiles);
  u64(80, h.tileEntries);
  u64(88, h.tileContents);
  v.setUint8(96, h.clustered ? 1 : 0);
  v.setUint8(97, h.internalCompression);
  v.setUint8(98, h.tileCompression);
  v.setUint8(99, h.tileType);
  v.setUint8(100, h.minZoom);
  v.setUint8(101, h.maxZoom);
  const e7 = (at: number, deg: number) => v.setInt32(at, Math.round(deg * 1e7), true);
  e7(102, h.bounds[0]);
  e7(106, h.bounds[1]);
  e7(110, h.bounds[2]);
  e7(114, h.bounds[3]);
  v.setUint8(118, h.centerZoom);
  e7(119, h.center[0]);
  e7(123, h.center[1]);
  return buf;
}
