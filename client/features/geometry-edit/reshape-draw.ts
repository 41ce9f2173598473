/**
 * Moving a parcel's vertices with terra-draw's select mode (guides/4.MODES.md, "Selection mode"): the parcel's
 * outline is loaded as a `polygon` feature and selected; its corners can be dragged, a click on an edge's
 * midpoint inserts a vertex, a right-click on a corner deletes it. The feature itself is not draggable and cannot
 * be deselected, so the editor only reshapes. terra-draw and its maplibre adapter are loaded on first use;
 * `stop` removes their layers and listeners from the map.
 */
import type { Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** A running vertex edit. */
export interface ReshapeDrawing {
  stop(): void;
}

/** Quiet time after the last change before `onShape` hears the outline, ms (a drag fires many changes). */
export const RESHAPE_SETTLE_MS = 200;
/** terra-draw refuses coordinates with more decimals than its precision (9 for the maplibre adapter). */
const PRECISION = 1e9;

const rounded = (p: Polygon): Polygon => ({
  type: 'Polygon',
  coordinates: [
    p.coordinates[0]!.map(([x, y]) => [
      Math.round(x! * PRECISION) / PRECISION,
      Math.round(y! * PRECISION) / PRECISION,
    ]),
  ],
});

/** Starts editing `outline` (one outer ring) on `map`; `onShape` hears each settled new outline. */
export async function startReshape(
  map: MapLibreMap,
  outline: Polygon,
  onShape: (p: Polygon) => void,
): Promise<ReshapeDrawing> {
  const [td, adapter] = await Promise.all([import('terra-draw'), import('terra-draw-maplibre-gl-adapter')]);
  const draw = new td.TerraDraw({
    adapter: new adapter.TerraDrawMapLibreGLAdapter({ map }),
    modes: [
      new td.TerraDrawPolygonMode(),
      new td.TerraDrawSelectMode({
        allowManualDeselection: false,
        flags: {
          polygon: {
            feature: {
              draggable: false,
              coordinates: { draggable: true, midpoints: true, deletable: true },
            },
          },
        },
        styles: { selectedPolygonColor: '#d62728', selectedPolygonFillOpacity: 0.15 },
      }),
    ],
  });
  draw.start();
  const id = draw.getFeatureId();
  const [added] = draw.addFeatures([
    { id, type: 'Feature', geometry: rounded(outline), properties: { mode: 'polygon' } },
  ]);
  if (!added?.valid) {
    draw.stop();
    throw new Error(`terra-draw refused the outline: ${added?.reason ?? 'unknown'}`);
  }
  draw.setMode('select');
  draw.selectFeature(id);
  let timer: ReturnType<typeof setTimeout> | undefined;
  draw.on('change', (ids) => {
    if (!ids.includes(id)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const g = draw.getSnapshotFeature(id)?.geometry;
      if (g?.type === 'Polygon') onShape({ type: 'Polygon', coordinates: g.coordinates });
    }, RESHAPE_SETTLE_MS);
  });
  return {
    stop: () => {
      clearTimeout(timer);
      if (draw.enabled) draw.stop();
    },
  };
}
