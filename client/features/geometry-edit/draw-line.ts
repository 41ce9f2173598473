/**
 * The split line drawn with terra-draw's linestring mode (a click per vertex; a click on the last vertex again,
 * or Enter, finishes). terra-draw and its maplibre adapter are loaded on first use, so the map's start-up does
 * not pay for them. The instance exists only while the line is being drawn: `stop` removes its layers and
 * listeners from the map.
 */
import type { LineString } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** A running line drawing. */
export interface LineDrawing {
  stop(): void;
}

/** Starts drawing one line on `map`; `onLine` hears the finished line (lon/lat). */
export async function startLineDrawing(
  map: MapLibreMap,
  onLine: (line: LineString) => void,
): Promise<LineDrawing> {
  const [td, adapter] = await Promise.all([import('terra-draw'), import('terra-draw-maplibre-gl-adapter')]);
  const draw = new td.TerraDraw({
    adapter: new adapter.TerraDrawMapLibreGLAdapter({ map }),
    modes: [new td.TerraDrawLineStringMode({ styles: { lineStringColor: '#d62728', lineStringWidth: 3 } })],
  });
  draw.start();
  draw.setMode('linestring');
  draw.on('finish', (id) => {
    const g = draw.getSnapshotFeature(id)?.geometry;
    if (g?.type === 'LineString') onLine({ type: 'LineString', coordinates: g.coordinates });
  });
  return {
    stop: () => {
      if (draw.enabled) draw.stop();
    },
  };
}
