/**
 * Map source and layers of the land balance: the selected project's candidate parcels (orange, labelled with
 * their ranks) and its assigned site (green, thicker). Ids are exported for the component that shows and fills them.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export const LAND_BALANCE_LAYERS = {
  source: 'lb-sites',
  candidateFill: 'lb-candidates-fill',
  candidateLine: 'lb-candidates-line',
  assignedFill: 'lb-assigned-fill',
  assignedLine: 'lb-assigned-line',
  rankLabel: 'lb-rank-label',
} as const;

const COLORS = { candidate: '#f76707', assigned: '#2b8a3e' } as const;

/** Layers that are shown only while the land-balance tab is open. */
export const LAND_BALANCE_LAYER_IDS = [
  LAND_BALANCE_LAYERS.candidateFill,
  LAND_BALANCE_LAYERS.candidateLine,
  LAND_BALANCE_LAYERS.assignedFill,
  LAND_BALANCE_LAYERS.assignedLine,
  LAND_BALANCE_LAYERS.rankLabel,
] as const;

/** Adds the source and layers once (on top, so the highlight is never hidden under the parcel fills). */
export function addLandBalanceLayers(map: MapLibreMap): void {
  if (map.getSource(LAND_BALANCE_LAYERS.source)) return;
  map.addSource(LAND_BALANCE_LAYERS.source, {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
  });
  const candidate = ['!', ['get', 'assigned']] as ['!', ['get', string]];
  const assigned = ['get', 'assigned'] as ['get', string];
  map.addLayer({
    id: LAND_BALANCE_LAYERS.candidateFill,
    type: 'fill',
    source: LAND_BALANCE_LAYERS.source,
    filter: candidate,
    paint: { 'fill-color': COLORS.candidate, 'fill-opacity': 0.25 },
  });
  map.addLayer({
    id: LAND_BALANCE_LAYERS.candidateLine,
    type: 'line',
    source: LAND_BALANCE_LAYERS.source,
    filter: candidate,
    paint: { 'line-color': COLORS.candidate, 'line-width': 2, 'line-dasharray': [2, 1] },
  });
  map.addLayer({
    id: LAND_BALANCE_LAYERS.assignedFill,
    type: 'fill',
    source: LAND_BALANCE_LAYERS.source,
    filter: assigned,
    paint: { 'fill-color': COLORS.assigned, 'fill-opacity': 0.45 },
  });
  map.addLayer({
    id: LAND_BALANCE_LAYERS.assignedLine,
    type: 'line',
    source: LAND_BALANCE_LAYERS.source,
    filter: assigned,
    paint: { 'line-color': COLORS.assigned, 'line-width': 3.5 },
  });
  map.addLayer({
    id: LAND_BALANCE_LAYERS.rankLabel,
    type: 'symbol',
    source: LAND_BALANCE_LAYERS.source,
    layout: {
      'text-field': ['get', 'label'],
      'text-font': ['sans-serif'],
      'text-size': 12,
      'text-allow-overlap': true,
    },
    paint: {
      'text-color': ['case', assigned, COLORS.assigned, '#d9480f'],
      'text-halo-color': '#ffffff',
      'text-halo-width': 2,
    },
  });
}
