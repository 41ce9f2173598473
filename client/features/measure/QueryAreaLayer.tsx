import type { GeoJSONSource } from 'maplibre-gl';
import { useEffect } from 'react';
import { useMap } from '../../map/map-context.ts';
import { useQueryArea } from './query-area-store.ts';

const SOURCE = 'query-area';
const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/** Draws the drawn query area on the map (a dashed outline over a light wash), above the parcels. */
export function QueryAreaLayer() {
  const map = useMap();
  const area = useQueryArea();
  useEffect(() => {
    if (!map) return;
    map.addSource(SOURCE, { type: 'geojson', data: EMPTY });
    map.addLayer({
      id: 'query-area-fill',
      type: 'fill',
      source: SOURCE,
      paint: { 'fill-color': '#1c64d8', 'fill-opacity': 0.06 },
    });
    map.addLayer({
      id: 'query-area-line',
      type: 'line',
      source: SOURCE,
      paint: { 'line-color': '#1c64d8', 'line-width': 2, 'line-dasharray': [3, 2] },
    });
    return () => {
      if (!map.getStyle()) return;
      for (const id of ['query-area-line', 'query-area-fill']) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(SOURCE)) map.removeSource(SOURCE);
    };
  }, [map]);
  useEffect(() => {
    const src = map?.getSource(SOURCE) as GeoJSONSource | undefined;
    src?.setData(area ? { type: 'Feature', properties: {}, geometry: area.polygon } : EMPTY);
  }, [map, area]);
  return null;
}
