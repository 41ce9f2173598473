/**
 * One terra-draw session on the map: created when a measure/query tool starts and removed when it stops
 * (client/state/map-tool.ts says which tool owns the map). terra-draw is loaded on first use, so the map's
 * start-up does not pay for it. The session keeps the last finished shape on the map and removes it when the
 * next one starts.
 */
import type { LineString, Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** The terra-draw mode a tool draws with. */
export type DrawKind = 'linestring' | 'polygon' | 'rectangle';

/** A shape being drawn (`done` false, for live measures) or finished. */
export type DrawnShape = { geometry: LineString | Polygon; done: boolean };

/** A running session; `stop` removes terra-draw's layers and listeners from the map. */
export interface DrawSession {
  stop(): void;
  /** Removes every drawn shape (the session stays active). */
  clear(): void;
}

/** Starts drawing `kind` on `map`; `onShape` hears every change of the current shape and its finish. */
export async function startDrawSession(
  map: MapLibreMap,
  kind: DrawKind,
  onShape: (shape: DrawnShape) => void,
): Promise<DrawSession> {
  const [td, adapter] = await Promise.all([import('terra-draw'), import('terra-draw-maplibre-gl-adapter')]);
  const draw = new td.TerraDraw({
    adapter: new adapter.TerraDrawMapLibreGLAdapter({ map }),
    modes: [
      new td.TerraDrawLineStringMode(),
      new td.TerraDrawPolygonMode({
        validation: (feature) => td.ValidateNotSelfIntersecting(feature),
      }),
      new td.TerraDrawRectangleMode(),
    ],
  });
  draw.start();
  draw.setMode(kind);
  let finished: (string | number)[] = [];
  const shapeOf = (id: string | number): DrawnShape['geometry'] | null => {
    const g = draw.getSnapshotFeature(id)?.geometry;
    return g && (g.type === 'LineString' || g.type === 'Polygon') ? g : null;
  };
  draw.on('change', (ids, type) => {
    const current = ids.find((id) => !finished.includes(id));
    if (current == null || type === 'delete') return;
    // A new shape replaces the last finished one.
    if (finished.length) {
      draw.removeFeatures(finished.filter((id) => draw.hasFeature(id)));
      finished = [];
    }
    const g = shapeOf(current);
    if (g) onShape({ geometry: g, done: false });
  });
  draw.on('finish', (id) => {
    finished = [id];
    const g = shapeOf(id);
    if (g) onShape({ geometry: g, done: true });
  });
  return {
    stop: () => draw.stop(),
    clear: () => {
      draw.clear();
      finished = [];
    },
  };
}
