/**
 * The overview's layers over the parcel tiles (client/features/dashboard fills them): the idle-land shapes, shown
 * while the 闲置预警 tab is open, and the outline of the parcels a chart or list click highlighted. They are part
 * of the initial style, matching nothing, instead of being added once the overview mounts: adding a layer to a
 * source makes maplibre lay out every loaded tile of that source again, and at start-up that re-parsed every
 * parcel tile (≈ 0.3 s of worker time at 10,000 parcels, then another frame).
 */
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { PARCEL_SOURCE_LAYER, SOURCES } from '../layer-ids.ts';

/** Layer ids (the overview sets their filters and colours). */
export const OVERVIEW_PARCEL_LAYERS = {
  idleFill: 'dash-idle-fill',
  idleLine: 'dash-idle-line',
  parcelHighlight: 'dash-highlight-parcels',
  siteHighlight: 'dash-highlight-sites',
} as const;

/** A filter keeping the features whose `id` property is one of `ids`. */
export const idsFilter = (ids: readonly string[]): FilterSpecification => [
  'in',
  ['get', 'id'],
  ['literal', [...ids]],
];

/** Colour until the overview colours the listed parcels by clock status (可收回's purple). */
const IDLE_START_COLOR = '#862e9c';

/** The idle-land fill and outline (hidden, no parcel), to go under the labels. */
export function idleParcelLayers(): LayerSpecification[] {
  const common = {
    source: SOURCES.parcels,
    'source-layer': PARCEL_SOURCE_LAYER,
    filter: idsFilter([]),
    layout: { visibility: 'none' as const },
  };
  return [
    {
      id: OVERVIEW_PARCEL_LAYERS.idleFill,
      type: 'fill',
      ...common,
      paint: { 'fill-color': IDLE_START_COLOR, 'fill-opacity': 0.35 },
    },
    {
      id: OVERVIEW_PARCEL_LAYERS.idleLine,
      type: 'line',
      ...common,
      paint: { 'line-color': IDLE_START_COLOR, 'line-width': 2.5 },
    },
  ];
}

/** The highlight outline (no parcel until a chart or list click), to go on top. */
export function highlightParcelLayer(): LayerSpecification {
  return {
    id: OVERVIEW_PARCEL_LAYERS.parcelHighlight,
    type: 'line',
    source: SOURCES.parcels,
    'source-layer': PARCEL_SOURCE_LAYER,
    filter: idsFilter([]),
    paint: { 'line-color': '#0b7285', 'line-width': 3.5 },
  };
}

/**
 * The outline of the 三旧 sites a chart or list click highlighted (none until then), on top. In the initial style
 * for the same reason as the parcel layers: added when the overview mounted, it made maplibre lay out the 三旧
 * source again and draw one more frame at start-up.
 */
export function highlightSiteLayer(): LayerSpecification {
  return {
    id: OVERVIEW_PARCEL_LAYERS.siteHighlight,
    type: 'line',
    source: SOURCES.redevelopment,
    filter: idsFilter([]),
    paint: { 'line-color': '#0b7285', 'line-width': 3.5 },
  };
}
