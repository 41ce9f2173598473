import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import { useEffect } from 'react';
import { useMap } from './map-context.ts';

/** Puts `data` into the GeoJSON source `sourceId` whenever it changes (undefined = leave as is). */
export function useGeoJsonData(sourceId: string, data: FeatureCollection | undefined): void {
  const map = useMap();
  useEffect(() => {
    if (!map || !data) return;
    const source = map.getSource<GeoJSONSource>(sourceId);
    source?.setData(data);
  }, [map, sourceId, data]);
}
