/**
 * Map source and layers of the open project's parcels: a thick near-black outline (and a faint wash) so the land a project
 * holds stands out on any theme. The source is fed from the API's parcel geometries, not from the parcel layer
 * (which may be vector tiles holding only what is in view).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { OVERLAY_COLORS } from '../../../domain/palette.ts';

export const PROJECT_OUTLINE_LAYERS = {
  source: 'project-parcels',
  fill: 'project-parcels-fill',
  line: 'project-parcels-line',
} as const;

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
    paint: { 'fill-color': OVERLAY_COLORS.projectOutline, 'fill-opacity': 0.12 },
  });
  map.addLayer({
    id: PROJECT_OUTLINE_LAYERS.line,
    type: 'line',
    source: PROJECT_OUTLINE_LAYERS.source,
    paint: { 'line-color': OVERLAY_COLORS.projectOutline, 'line-width': 3.5 },
  });
}
