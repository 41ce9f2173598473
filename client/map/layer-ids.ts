/** Source and layer ids of the map, shared by the style, the layer toggles, the tests and the bench. */
import type { OverlayId } from '../state/url-state.ts';

export const SOURCES = {
  water: 'water',
  roads: 'roads',
  towns: 'towns',
  platforms: 'platforms',
  platformLabels: 'platform-labels',
  /** Vector tiles of /api/tiles/parcels (one source layer, PARCEL_SOURCE_LAYER); feature ids are parcel ids. */
  parcels: 'parcels',
  /** The selected parcel's full geometry from /api/parcels/:id (tiles hold clipped pieces of it). */
  parcelSelection: 'parcel-selection',
  redevelopment: 'redevelopment',
} as const;

/** The source layer of the parcel tiles (needed with SOURCES.parcels in feature-state calls and queries). */
export const PARCEL_SOURCE_LAYER = 'parcels';

/** The layers drawing parcels from the tiles, which the UI's parcel filters apply to. */
export const PARCEL_TILE_LAYERS = [
  'parcels-fill',
  'parcels-outline',
  'parcels-highlight',
  'parcels-label',
] as const;

/** The first of our layers: online basemap rasters are inserted below it so our data stays on top. */
export const FIRST_OVERLAY_LAYER = 'water-fill';

/** Layers of each toggleable overlay. */
export const OVERLAY_LAYERS: Record<OverlayId, readonly string[]> = {
  water: ['water-fill', 'water-line', 'water-label', 'water-label-line'],
  roads: ['roads-casing', 'roads-line', 'roads-rail', 'roads-label'],
  towns: ['towns-dot', 'towns-label'],
  platforms: ['platforms-fill', 'platforms-outline', 'platforms-label'],
  parcels: ['parcels-fill', 'parcels-outline', 'parcels-highlight', 'parcels-selection', 'parcels-label'],
  redevelopment: ['redevelopment-fill', 'redevelopment-outline'],
};

/** Name of the 三旧 hatch pattern image (added with map.addImage, no network). */
export const HATCH_IMAGE = 'hatch-redevelopment';
