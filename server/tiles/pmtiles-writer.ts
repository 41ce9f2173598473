/**
 * Writes a PMTiles v3 archive in one pass: tiles are added in tile-id order and their bytes streamed to a
 * temporary file (identical tiles stored once, consecutive identical ids run-length encoded), and `finish`
 * writes header, root directory, metadata, leaf directories and the tile data. Root directories over the
 * 16 KiB budget are split into leaf directories, as the specification requires.
 */

import { createHash } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, openSync, rmSync, writeSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { gzipSync } from 'node:zlib';
import {
  Compression,
  type Entry,
  encodeDirectory,
  encodeHeader,
  HEADER_BYTES,
  type Header,
  ROOT_BYTES_MAX,
  TILE_TYPE_MVT,
} from './pmtiles-format.ts';

/** What the header and metadata say about the archive. */
export type ArchiveInfo = Pick<Header, 'minZoom' | 'maxZoom' | 'bounds' | 'centerZoom' | 'center'> & {
  /** Stored as the archive's JSON metadata (TileJSON-like: name, vector_layers, attribution …). */
  metadata: Record<string, unknown>;
};

/** Root directory and leaf directories (bytes, gzip-compressed) for `entries`. */
function directories(entries: Entry[]): { root: Uint8Array; leaves: Uint8Array } {
  const whole = gzipSync(encodeDirectory(entries));
  if (whole.byteLength <= ROOT_BYTES_MAX - HEADER_BYTES) return { root: whole, leaves: new Uint8Array(0) };
  // Grow the leaf size until the root (one entry per leaf) fits.
  for (let leafSize = 4096; ; leafSize *= 2) {
    const rootEntries: Entry[] = [];
    const parts: Uint8Array[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const leaf = gzipSync(encodeDirectory(entries.slice(i, i + leafSize)));
      rootEntries.push({ tileId: entries[i]!.tileId, offset, length: leaf.byteLength, runLength: 0 });
      parts.push(leaf);
      offset += leaf.byteLength;
    }
    const root = gzipSync(encodeDirectory(rootEntries));
    if (root.byteLength <= ROOT_BYTES_MAX - HEADER_BYTES) return { root, leaves: Buffer.concat(parts) };
  }
}

/** A PMTiles archive being written to `path`. */
export class PmtilesWriter {
  private readonly dataPath: string;
  private readonly data: number;
  private dataLength = 0;
  private readonly entries: Entry[] = [];
  private readonly byHash = new Map<string, { offset: number; length: number }>();
  private addressed = 0;
  private lastId = -1;

  /** `tileCompression`: how the added tile bytes are compressed (the server's tiles are gzip). */
  constructor(
    private readonly path: string,
    private readonly tileCompression: number = Compression.gzip,
  ) {
    this.dataPath = `${path}.tiledata.tmp`;
    this.data = openSync(this.dataPath, 'w');
  }

  /** Adds tile `id` (ids strictly increasing) with its bytes; empty tiles are simply not added. */
  add(id: number, bytes: Uint8Array): void {
    if (id <= this.lastId) throw new Error(`tile ids must increase: ${id} after ${this.lastId}`);
    this.lastId = id;
    this.addressed++;
    const hash = createHash('sha256').update(bytes).digest('base64');
    let at = this.byHash.get(hash);
    if (!at) {
      at = { offset: this.dataLength, length: bytes.byteLength };
      writeSync(this.data, bytes);
      this.dataLength += bytes.byteLength;
      this.byHash.set(hash, at);
    }
    const prev = this.entries[this.entries.length - 1];
    if (prev && prev.offset === at.offset && prev.tileId + prev.runLength === id) {
      prev.runLength++;
      return;
    }
    this.entries.push({ tileId: id, offset: at.offset, length: at.length, runLength: 1 });
  }

  /** Writes the archive and removes the temporary tile data; returns the number of tiles addressed. */
  async finish(info: ArchiveInfo): Promise<{ tiles: number; contents: number; bytes: number }> {
    closeSync(this.data);
    const { root, leaves } = directories(this.entries);
    const metadata = gzipSync(JSON.stringify(info.metadata));
    const rootOffset = HEADER_BYTES;
    const metadataOffset = rootOffset + root.byteLength;
    const leafOffset = metadataOffset + metadata.byteLength;
    const dataOffset = leafOffset + leaves.byteLength;
    const header = encodeHeader({
      ...info,
      rootOffset,
      rootLength: root.byteLength,
      metadataOffset,
      metadataLength: metadata.byteLength,
      leafOffset,
      leafLength: leaves.byteLength,
      dataOffset,
      dataLength: this.dataLength,
      addressedTiles: this.addressed,
      tileEntries: this.entries.length,
      tileContents: this.byHash.size,
      clustered: true,
      internalCompression: Compression.gzip,
      tileCompression: this.tileCompression,
      tileType: TILE_TYPE_MVT,
    });
    const out = openSync(this.path, 'w');
    for (const part of [header, root, metadata, leaves]) writeSync(out, part);
    closeSync(out);
    await pipeline(createReadStream(this.dataPath), createWriteStream(this.path, { flags: 'a' }));
    rmSync(this.dataPath);
    return { tiles: this.addressed, contents: this.byHash.size, bytes: dataOffset + this.dataLength };
  }
}
