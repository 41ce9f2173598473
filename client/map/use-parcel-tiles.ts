import type { VectorTileSource } from 'maplibre-gl';
import { useEffect } from 'react';
import { SOURCES } from './layer-ids.ts';
import { useMap } from './map-context.ts';

/**
 * Points the parcel tile source at `tileJsonUrl` when it changes (another data version after an edit, or
 * another past date): maplibre reloads the TileJSON and then the tiles; feature-state (selection) is kept.
 */
export function useParcelTiles(tileJsonUrl: string): void {
  const map = useMap();
  useEffect(() => {
    const source = map?.getSource<VectorTileSource>(SOURCES.parcels);
    if (source && source.url !== tileJsonUrl) source.setUrl(tileJsonUrl);
  }, [map, tileJsonUrl]);
}
