/**
 * Writes the vector tiles of a layer, zooms `minZoom`–`maxZoom` over the parcels' extent, into a PMTiles
 * archive — the same tiles GET /api/tiles serves, so a read-only map can be published as one static file
 * (a web server or CDN answering HTTP range requests) and opened with `pmtiles://`.
 */
import type { Database } from 'better-sqlite3';
import { currentDataVersion, getDatasetInfo } from '../db/queries/meta.ts';
import { parcelsExtent } from '../db/queries/tiles.ts';
import { TILE_MAX_ZOOM } from './encode-tile.ts';
import { tileId } from './pmtiles-format.ts';
import { PmtilesWriter } from './pmtiles-writer.ts';
import { TileCache } from './tile-cache.ts';
import { TILE_FIELDS, type TileLayerName } from './tile-layers.ts';
import { type TileAddress, tileRange } from './tile-math.ts';

/** What to export. */
export type ExportOptions = { layer: TileLayerName; minZoom: number; maxZoom: number };

/** Default export: parcels at every zoom the server serves. */
export const DEFAULT_EXPORT: ExportOptions = { layer: 'parcels', minZoom: 0, maxZoom: TILE_MAX_ZOOM };

/** Every tile of zooms min–max that meets `bbox`, in tile-id order (the archive's clustered order). */
function tilesInOrder(bbox: [number, number, number, number], o: ExportOptions) {
  const tiles: (TileAddress & { id: number })[] = [];
  for (let z = o.minZoom; z <= o.maxZoom; z++) {
    const r = tileRange(bbox, z);
    for (let x = r.minX; x <= r.maxX; x++) {
      for (let y = r.minY; y <= r.maxY; y++) tiles.push({ z, x, y, id: tileId(z, x, y) });
    }
  }
  return tiles.sort((a, b) => a.id - b.id);
}

/** Writes the archive to `path`; returns counts and size. Throws when the database holds no parcels. */
export async function exportPmtiles(db: Database, path: string, o: ExportOptions = DEFAULT_EXPORT) {
  const bbox = parcelsExtent(db);
  if (!bbox) throw new Error('the database holds no parcels to export');
  const cache = new TileCache(db);
  const writer = new PmtilesWriter(path);
  for (const t of tilesInOrder(bbox, o)) {
    const gzip = cache.build(o.layer, t);
    if (gzip.byteLength) writer.add(t.id, gzip);
  }
  const info = getDatasetInfo(db);
  const centerZoom = Math.min(o.maxZoom, Math.max(o.minZoom, 12));
  return writer.finish({
    minZoom: o.minZoom,
    maxZoom: o.maxZoom,
    bounds: bbox,
    centerZoom,
    center: [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2],
    metadata: {
      name: info.title || o.layer,
      format: 'pbf',
      dataVersion: currentDataVersion(db),
      asOf: info.asOf,
      vector_layers: [{ id: o.layer, fields: TILE_FIELDS[o.layer], minzoom: o.minZoom, maxzoom: o.maxZoom }],
    },
  });
}
