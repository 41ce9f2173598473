import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';

/**
 * True once a tile of the current online basemap failed to load (offline, blocked, bad key). Errors of other
 * sources are left to MapView's handling. A failure is remembered per basemap id.
 */
export function useBasemapErrors(map: MapLibreMap | null, sourcePrefix: string, basemap: string): boolean {
  const [failedBase, setFailedBase] = useState<string | null>(null);
  const current = useRef(basemap);
  current.current = basemap;
  useEffect(() => {
    if (!map) return;
    const onError = (e: object) => {
      // Tile errors carry the id of the source whose tile failed.
      const sourceId = 'sourceId' in e ? e.sourceId : undefined;
      if (typeof sourceId === 'string' && sourceId.startsWith(sourcePrefix)) setFailedBase(current.current);
    };
    map.on('error', onError);
    return () => {
      map.off('error', onError);
    };
  }, [map, sourcePrefix]);
  return failedBase === basemap;
}
