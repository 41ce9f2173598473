import type { VectorTileSource } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { SOURCES } from './layer-ids.ts';
import { useMap } from './map-context.ts';
import { parcelTileJsonUrl } from './parcel-tile-url.ts';

/**
 * Keeps the parcel tile source on the right tiles: the ledger of `asOf` (null = today) under data version
 * `dataVersion` (from /api/config; null while unknown). The style starts on today's TileJSON, which already
 * names the current version, so the first version seen changes nothing (a new URL would reload every tile);
 * a later one (after an edit) or another date points the source at a new TileJSON URL, and maplibre reloads
 * it and then the tiles; feature-state (selection) is kept.
 */
export function useParcelTiles(dataVersion: string | null, asOf: string | null): void {
  const map = useMap();
  const first = useRef<string | null>(null);
  if (first.current == null && dataVersion != null) first.current = dataVersion;
  const version = dataVersion !== first.current ? dataVersion : null;
  const url = parcelTileJsonUrl(window.location.origin, { version, asOf });
  useEffect(() => {
    const source = map?.getSource<VectorTileSource>(SOURCES.parcels);
    if (source && source.url !== url) source.setUrl(url);
  }, [map, url]);
}
