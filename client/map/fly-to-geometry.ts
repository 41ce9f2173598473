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
  // The compact layout (styles.css, under 900 px) shows the details panel as a sheet over the lower half of the
  // map: frame the feature in the upper half instead of beside the panel.
  const sheet = panelOpen && window.matchMedia('(max-width: 899.98px)').matches;
  const padding = sheet
    ? { top: 30, bottom: Math.round(canvas.clientHeight * 0.5) + 30, left: 30, right: 30 }
    : { top: 60, bottom: 60, left: 40, right: side };
  map.fitBounds(
    [
      [w, s],
      [e, n],
    ],
    { padding, maxZoom, duration: 800 },
  );
}
