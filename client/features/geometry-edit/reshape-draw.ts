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

/**
 * Calls `emit` once the outline has settled: RESHAPE_SETTLE_MS after the last change, and never while a mouse
 * button or finger is down on the map — a slow drag (a loaded machine, a hesitant hand) pauses longer than the
 * quiet time, and its half-way outline is not what the editor means.
 */
function settled(map: MapLibreMap, emit: () => void) {
  const target = map.getCanvasContainer();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pressed = false;
  let dirty = false;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(emit, RESHAPE_SETTLE_MS);
  };
  const down = () => {
    pressed = true;
  };
  const up = () => {
    pressed = false;
    if (dirty) later();
    dirty = false;
  };
  target.addEventListener('pointerdown', down);
  window.addEventListener('pointerup', up);
  window.addEventListener('pointercancel', up);
  return {
    changed() {
      if (pressed) dirty = true;
      else later();
    },
    stop() {
      clearTimeout(timer);
      target.removeEventListener('pointerdown', down);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
    },
  };
}
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
  const settle = settled(map, () => {
    const g = draw.getSnapshotFeature(id)?.geometry;
    if (g?.type === 'Polygon') onShape({ type: 'Polygon', coordinates: g.coordinates });
  });
  draw.on('change', (ids) => {
    if (ids.includes(id)) settle.changed();
  });
  return {
    stop: () => {
      settle.stop();
      if (draw.enabled) draw.stop();
    },
  };
}
