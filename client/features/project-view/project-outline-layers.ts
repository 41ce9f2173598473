/**
 * Map source and layers of the open project's parcels: a thick outline (and a faint fill) so the land a project
 * holds stands out on any theme. The source is fed from the API's parcel geometries, not from the parcel layer
 * (which may be vector tiles holding only what is in view).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export const PROJECT_OUTLINE_LAYERS = {
  source: 'project-parcels',
  fill: 'project-parcels-fill',
  line: 'project-parcels-line',
} as const;

/** Outline colour: magenta, a hue no parcel theme uses for a class, so it reads as "this project". */
export const PROJECT_OUTLINE_COLOR = '#c2255c';

/** Adds the source and layers once, on top of the parcel layers. */
export function addProjectOutlineLayers(map: MapLibreMap): void {
  if (map.getSource(PROJECT_OUTLINE_LAYERS.source)) return;
  map.addSource(PROJECT_OUTLINE_LAYERS.source, {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
  });
  map.addLayer({
    id: PROJECT_OUTLINE_LAYERS.fill,
    type: 'fill',
    source: PROJECT_OUTLINE_LAYERS.source,
    paint: { 'fill-color': PROJECT_OUTLINE_COLOR, 'fill-opacity': 0.15 },
  });
  map.addLayer({
    id: PROJECT_OUTLINE_LAYERS.line,
    type: 'line',
    source: PROJECT_OUTLINE_LAYERS.source,
    paint: { 'line-color': PROJECT_OUTLINE_COLOR, 'line-width': 3.5 },
  });
}
