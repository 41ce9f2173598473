import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import { useEffect } from 'react';
import { useMap } from './map-context.ts';
import { holdsData, noteData } from './source-data.ts';

/**
 * Puts `data` into the GeoJSON source `sourceId` whenever it changes (undefined = leave as is); not when the
 * source already holds that very object (the initial style's data, source-data.ts).
 */
export function useGeoJsonData(sourceId: string, data: FeatureCollection | undefined): void {
  const map = useMap();
  useEffect(() => {
    if (!map || !data || holdsData(map, sourceId, data)) return;
    const source = map.getSource<GeoJSONSource>(sourceId);
    if (!source) return;
    source.setData(data);
    noteData(map, sourceId, data);
  }, [map, sourceId, data]);
}
