import { bbox } from '@turf/turf';
import type { Geometry } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Right-panel width in CSS pixels: framed features are padded so they are not hidden under it. */
const DETAILS_PANEL_WIDTH = 380;

/** Frames `geometry` in the part of the map not covered by the details panel. */
export function flyToGeometry(map: MapLibreMap, geometry: Geometry, maxZoom = 16): void {
  fitBbox(map, bbox(geometry) as [number, number, number, number], maxZoom);
}

/**
 * Frames a [west, south, east, north] box (degrees) in the part of the map not covered by the details panel
 * (`panelOpen` false: no panel on the right, centre it).
 */
export function fitBbox(
  map: MapLibreMap,
  box: [number, number, number, number],
  maxZoom = 16,
  panelOpen = true,
): void {
  const [w, s, e, n] = box;
  const canvas = map.getCanvas();
  // Shrink padding on small canvases so fitBounds never gets a negative box.
  const side = panelOpen ? Math.min(DETAILS_PANEL_WIDTH + 40, Math.max(0, canvas.clientWidth - 200)) : 40;
  map.fitBounds(
    [
      [w, s],
      [e, n],
    ],
    { padding: { top: 60, bottom: 60, left: 40, right: side }, maxZoom, duration: 800 },
  );
}
