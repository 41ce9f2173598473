/**
 * A new parcel's outline drawn with terra-draw's polygon mode (a click per corner; a click on the first corner, or
 * Enter, closes it). terra-draw and its maplibre adapter are loaded on first use; `stop` removes their layers and
 * listeners from the map. Coordinates are kept to terra-draw's precision (9 decimals).
 */
import type { Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** A running polygon drawing. */
export interface PolygonDrawing {
  stop(): void;
}

/** Starts drawing one polygon on `map`; `onPolygon` hears the closed outline (lon/lat). */
export async function startPolygonDrawing(
  map: MapLibreMap,
  onPolygon: (p: Polygon) => void,
): Promise<PolygonDrawing> {
  const [td, adapter] = await Promise.all([import('terra-draw'), import('terra-draw-maplibre-gl-adapter')]);
  const draw = new td.TerraDraw({
    adapter: new adapter.TerraDrawMapLibreGLAdapter({ map }),
    modes: [
      new td.TerraDrawPolygonMode({
        styles: { fillColor: '#d62728', fillOpacity: 0.15, outlineColor: '#d62728', outlineWidth: 2 },
      }),
    ],
  });
  draw.start();
  draw.setMode('polygon');
  draw.on('finish', (id) => {
    const g = draw.getSnapshotFeature(id)?.geometry;
    if (g?.type === 'Polygon') onPolygon({ type: 'Polygon', coordinates: g.coordinates });
  });
  return {
    stop: () => {
      if (draw.enabled) draw.stop();
    },
  };
}
