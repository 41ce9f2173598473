/**
 * Tiles built on demand and kept twice: a least-recently-used map in memory (bounded by bytes) and the
 * `tile_cache` table, which survives restarts. Both hold gzip-compressed MVT bytes. An edit calls
 * `invalidateBBox` (inside its write transaction) with the box of what it changed; every cached tile of every
 * zoom that box (plus the tile buffer) touches is dropped, and every other tile stays byte-identical.
 * Tiles of a past date (`asOf`) are kept in memory only, keyed by the date and the data version: any edit
 * (a new version) may rewrite history (a back-dated event), so they are dropped as soon as the version moves.
 * A built tile is answered at once and written to the table shortly after (PERSIST_DELAY_MS), with the others
 * built meanwhile, in one transaction: a write per tile cost 0.15–0.6 ms, and the WAL checkpoints it set off
 * up to 13 ms, on the request's path. An invalidation drops the pending writes it covers, so a tile built
 * before an edit is never stored after it.
 */
import { gzipSync } from 'node:zlib';
import type { Database } from 'better-sqlite3';
import {
  clearTileCache,
  deleteCachedTiles,
  keepCachedLayers,
  readCachedTile,
  writeCachedTile,
} from '../db/queries/tiles.ts';
import { standingOn } from '../read-models/parcels-as-of.ts';
import type { BBox } from '../seed/dataset.ts';
import { encodeTile, TILE_BUFFER, TILE_EXTENT, TILE_MAX_ZOOM } from './encode-tile.ts';
import {
  layerFeatures,
  type StandingOn,
  TILE_LAYERS,
  TILE_RULES,
  type TileLayerName,
} from './tile-layers.ts';
import { growByTileFraction, type TileAddress, tileBBox, tileRange } from './tile-math.ts';

/** Default memory budget of the LRU, bytes of compressed tiles (≈ 6,000 typical zoom-14 tiles). */
export const TILE_MEMORY_BYTES = 64 * 1024 * 1024;

/**
 * zlib level of the stored tiles: 1, the fastest. Measured on zoom-12 to 16 tiles of a 100,000-parcel zone, level
 * 6 (zlib's default) made them 43–59 % of their size in 3× the time of level 1 (46–61 %): at zoom 13, 4.4 against
 * 1.4 ms of a tile built cold, for 7 % more bytes sent once per tile and browser (they are cached for a year).
 */
export const TILE_GZIP_LEVEL = 1;

/** How long (ms) built tiles wait in memory before they are written to the tile table together. */
export const PERSIST_DELAY_MS = 250;
/**
 * Most built tiles waiting for that write: one more writes them all at once, so a burst of builds with no pause
 * for the timer (a script calling `get` in a loop) holds at most this many tiles (≤ 128 MB at the 500 kB cap).
 */
export const MAX_PENDING_TILES = 256;

/** Where a tile came from, for the `X-Tile-Cache` header and the benchmarks. */
export type TileSource = 'memory' | 'disk' | 'built';

/** A tile's gzip-compressed bytes (empty for a tile with no features) and where it came from. */
export type CachedTile = { gzip: Bytes; source: TileSource };

/** Bytes on a plain ArrayBuffer (what a Response body takes; node's Buffer may sit on a shared pool). */
type Bytes = Uint8Array<ArrayBuffer>;

const keyOf = (layer: string, { z, x, y }: TileAddress) => `${layer}/${z}/${x}/${y}`;
/** A layer's name in the tile table: with the tile rules' version, so rows built by other rules are never read. */
const stored = (layer: TileLayerName) => `${layer}@${TILE_RULES}`;
const EMPTY: Bytes = new Uint8Array(0);

/** The tile store of one database. */
export class TileCache {
  private readonly memory = new Map<string, Bytes>();
  private memoryBytes = 0;
  /** Data version of the past-date tiles and states held; another version drops them. */
  private pastVersion: string | null = null;
  /** Each past date's parcel states (one read of the event history per date and version). */
  private readonly standings = new Map<string, StandingOn>();
  /** Built tiles not yet in the table, by key. */
  private readonly pending = new Map<string, { layer: TileLayerName; t: TileAddress; gzip: Bytes }>();
  private persistTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Database,
    private readonly maxMemoryBytes = TILE_MEMORY_BYTES,
  ) {
    // Tiles another version of the rules built (before an upgrade) are dropped once.
    keepCachedLayers(db, TILE_LAYERS.map(stored));
  }

  /** Tile `t` of `layer`: from memory, else the table, else built (and stored in both). */
  get(layer: TileLayerName, t: TileAddress): CachedTile {
    const key = keyOf(layer, t);
    const hit = this.memory.get(key);
    if (hit) {
      // Re-insert: a Map iterates in insertion order, so the first key is the least recently used.
      this.memory.delete(key);
      this.memory.set(key, hit);
      return { gzip: hit, source: 'memory' };
    }
    const row = readCachedTile(this.db, stored(layer), t.z, t.x, t.y);
    if (row) {
      const bytes = Uint8Array.from(row);
      this.remember(key, bytes);
      return { gzip: bytes, source: 'disk' };
    }
    const gzip = this.build(layer, t);
    this.persistSoon(key, layer, t, gzip);
    this.remember(key, gzip);
    return { gzip, source: 'built' };
  }

  /**
   * Parcel tile `t` as the ledger stood on `date` (ISO) under data version `version`: from memory, else built
   * (never stored in the table).
   */
  getAsOf(t: TileAddress, date: string, version: string): CachedTile {
    if (this.pastVersion !== version) {
      for (const key of [...this.memory.keys()]) if (key.startsWith('@')) this.forget(key);
      this.standings.clear();
      this.pastVersion = version;
    }
    const key = `@${date}/${keyOf('parcels', t)}`;
    const hit = this.memory.get(key);
    if (hit) {
      this.memory.delete(key);
      this.memory.set(key, hit);
      return { gzip: hit, source: 'memory' };
    }
    let standing = this.standings.get(date);
    if (!standing) {
      const at = standingOn(this.db, date);
      standing = (id) => {
        const s = at(id);
        return s.exists ? s.state : null;
      };
      this.standings.set(date, standing);
    }
    const gzip = this.build('parcels', t, { date, standing });
    this.remember(key, gzip);
    return { gzip, source: 'built' };
  }

  /** Builds tile `t` of `layer` from the database, gzip-compressed (TILE_GZIP_LEVEL). */
  build(layer: TileLayerName, t: TileAddress, asOf?: { date: string; standing: StandingOn }): Bytes {
    const bbox = tileBBox(t, TILE_BUFFER / TILE_EXTENT);
    const { data } = encodeTile(layerFeatures(this.db, layer, bbox, t.z, asOf), layer, t);
    return data.byteLength ? Uint8Array.from(gzipSync(data, { level: TILE_GZIP_LEVEL })) : EMPTY;
  }

  /**
   * Drops every cached tile of `layer` at zooms 0–TILE_MAX_ZOOM that `bbox` (lon/lat; the changed features'
   * box, old and new) reaches with the tile buffer. Call inside the write's transaction so the table and the
   * data commit together; the memory copies go at once (dropping one too many only costs a rebuild).
   */
  invalidateBBox(layer: TileLayerName, bbox: BBox): number {
    let dropped = 0;
    for (let z = 0; z <= TILE_MAX_ZOOM; z++) {
      const range = tileRange(growByTileFraction(bbox, z, TILE_BUFFER / TILE_EXTENT), z);
      dropped += deleteCachedTiles(this.db, stored(layer), z, range);
      for (let x = range.minX; x <= range.maxX; x++) {
        for (let y = range.minY; y <= range.maxY; y++) {
          const key = keyOf(layer, { z, x, y });
          this.forget(key);
          this.pending.delete(key);
        }
      }
    }
    return dropped;
  }

  /** Drops every cached tile (after a bulk change such as an import). */
  clear(layer?: TileLayerName): void {
    clearTileCache(this.db, layer && stored(layer));
    for (const key of [...this.memory.keys()]) if (!layer || key.startsWith(`${layer}/`)) this.forget(key);
    for (const [key, p] of [...this.pending]) if (!layer || p.layer === layer) this.pending.delete(key);
  }

  /**
   * Writes the built tiles still waiting to the tile table now, in one transaction. A failure (the database
   * closed, read-only or locked by another process past its busy timeout) drops them: they are a cache, built
   * again on the next miss, and the requests that built them were answered already.
   */
  flush(): void {
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = null;
    const tiles = [...this.pending.values()];
    this.pending.clear();
    if (tiles.length === 0 || !this.db.open) return;
    try {
      this.db.transaction(() => {
        for (const p of tiles) writeCachedTile(this.db, stored(p.layer), p.t.z, p.t.x, p.t.y, p.gzip);
      })();
    } catch {
      // Dropped (see above).
    }
  }

  private persistSoon(key: string, layer: TileLayerName, t: TileAddress, gzip: Bytes): void {
    this.pending.set(key, { layer, t, gzip });
    if (this.pending.size >= MAX_PENDING_TILES) {
      this.flush();
      return;
    }
    if (this.persistTimer) return;
    this.persistTimer = setTimeout(() => this.flush(), PERSIST_DELAY_MS);
    // A pending write never keeps a process (a CLI, a test) alive.
    this.persistTimer.unref();
  }

  private remember(key: string, gzip: Bytes): void {
    this.memory.set(key, gzip);
    this.memoryBytes += gzip.byteLength;
    for (const [k] of this.memory) {
      if (this.memoryBytes <= this.maxMemoryBytes) break;
      this.forget(k);
    }
  }

  private forget(key: string): void {
    const v = this.memory.get(key);
    if (!v) return;
    this.memoryBytes -= v.byteLength;
    this.memory.delete(key);
  }
}

const caches = new WeakMap<Database, TileCache>();

/**
 * The tile cache of `db`, shared by every route and app over the same handle, so an edit made through one
 * app invalidates what another serves. Write routes call `tileCache(db).invalidateBBox(…)`.
 */
export function tileCache(db: Database): TileCache {
  let c = caches.get(db);
  if (!c) {
    c = new TileCache(db);
    caches.set(db, c);
  }
  return c;
}
