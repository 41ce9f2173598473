/**
 * Map source and layers of the land balance: the selected project's candidate parcels (orange, labelled with
 * their ranks) and its assigned site (green, thicker). Ids are exported for the component that shows and fills them.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export const LAND_BALANCE_LAYERS = {
  source: 'lb-sites',
  /** Label points of the candidate sites, clustered by maplibre so ranks never pile up at platform zoom. */
  pointSource: 'lb-site-points',
  clusterCircle: 'lb-cluster-circle',
  clusterCount: 'lb-cluster-count',
  /** The "拟配给 <project>" label of the site last opened from the tab. */
  proposedSource: 'lb-proposed',
  proposedLabel: 'lb-proposed-label',
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
  LAND_BALANCE_LAYERS.clusterCircle,
  LAND_BALANCE_LAYERS.clusterCount,
  LAND_BALANCE_LAYERS.proposedLabel,
] as const;

/** Cluster radius of the candidate label points, px: a rank label is ≈ 30 px wide at 12 px text. */
const CLUSTER_RADIUS_PX = 36;
/** Above this zoom every candidate is labelled on its own (parcels are large enough to tell apart). */
const CLUSTER_MAX_ZOOM = 14;

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
  addLabelLayers(map, assigned);
}

/** The clustered rank labels and the 拟配给 label (symbols from point sources of their own). */
function addLabelLayers(map: MapLibreMap, assigned: ['get', string]): void {
  const empty = { type: 'FeatureCollection' as const, features: [] };
  map.addSource(LAND_BALANCE_LAYERS.pointSource, {
    type: 'geojson',
    data: empty,
    cluster: true,
    clusterRadius: CLUSTER_RADIUS_PX,
    clusterMaxZoom: CLUSTER_MAX_ZOOM,
  });
  map.addSource(LAND_BALANCE_LAYERS.proposedSource, { type: 'geojson', data: empty });
  const clustered = ['has', 'point_count'] as ['has', string];
  map.addLayer({
    id: LAND_BALANCE_LAYERS.clusterCircle,
    type: 'circle',
    source: LAND_BALANCE_LAYERS.pointSource,
    filter: clustered,
    paint: {
      'circle-color': '#fff4e6',
      'circle-stroke-color': COLORS.candidate,
      'circle-stroke-width': 2,
      'circle-radius': 13,
    },
  });
  map.addLayer({
    id: LAND_BALANCE_LAYERS.clusterCount,
    type: 'symbol',
    source: LAND_BALANCE_LAYERS.pointSource,
    filter: clustered,
    layout: {
      'text-field': ['get', 'point_count_abbreviated'],
      'text-font': ['sans-serif'],
      'text-size': 12,
    },
    paint: { 'text-color': '#d9480f' },
  });
  map.addLayer({
    id: LAND_BALANCE_LAYERS.rankLabel,
    type: 'symbol',
    source: LAND_BALANCE_LAYERS.pointSource,
    filter: ['!', clustered],
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
  map.addLayer({
    id: LAND_BALANCE_LAYERS.proposedLabel,
    type: 'symbol',
    source: LAND_BALANCE_LAYERS.proposedSource,
    layout: {
      'text-field': ['get', 'label'],
      'text-font': ['sans-serif'],
      'text-size': 14,
      'text-offset': [0, -1.6],
      'text-max-width': 24,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': '#1864ab', 'text-halo-color': '#ffffff', 'text-halo-width': 2.5 },
  });
}
