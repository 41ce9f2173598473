/**
 * The data layers over the basemap: platform boundaries, parcels (coloured later by the theme; hover and selection
 * through feature-state), 三旧 sites (hatched), the hover outline and the selected parcel's outline (its whole
 * shape from the API, since a tile holds only the piece of a parcel inside it).
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { HATCH_IMAGE, PARCEL_SOURCE_LAYER } from '../layer-ids.ts';

/**
 * Zoom from which parcels get line outlines (white, and dark around the hovered one). Below it (a zone-wide view,
 * where the map opens) a tile holds thousands of parcels a few pixels wide, and each line layer over them is one
 * more tessellation of every parcel in the worker and more vertices in every frame, for lines under a pixel
 * wide; the fill's own 1-px outline (drawn with the fill anyway) does their work there. Measured with software
 * WebGL, time to the first idle, median of 5 interleaved runs: 10,000 parcels 3.3 → 2.4 s, 100,000 3.2 → 2.8 s.
 */
export const OUTLINE_MIN_ZOOM = 12;

/**
 * Platforms, parcels, 三旧 sites, the hover and the selection outlines, bottom to top; the parcels painted with
 * `parcelFill` (the start-up theme, so the theme hook's first call changes nothing: a new data-driven colour
 * re-parses every parcel tile).
 */
export function dataLayers(parcelFill: ExpressionSpecification | string = '#adb5bd'): LayerSpecification[] {
  return [
    {
      id: 'platforms-fill',
      type: 'fill',
      source: 'platforms',
      paint: {
        'fill-color': '#4263eb',
        'fill-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 0.12, 0.04],
      },
    },
    {
      id: 'platforms-outline',
      type: 'line',
      source: 'platforms',
      paint: {
        'line-color': '#364fc7',
        'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 1.6],
        'line-dasharray': [4, 2],
      },
    },
    {
      id: 'parcels-fill',
      type: 'fill',
      source: 'parcels',
      'source-layer': PARCEL_SOURCE_LAYER,
      paint: {
        'fill-color': parcelFill,
        // Below OUTLINE_MIN_ZOOM the fill's own 1-px outline separates parcels and marks the hovered one.
        'fill-outline-color': ['case', ['boolean', ['feature-state', 'hover'], false], '#212529', '#ffffff'],
        'fill-opacity': [
          'case',
          ['boolean', ['feature-state', 'selected'], false],
          0.95,
          ['boolean', ['feature-state', 'hover'], false],
          0.9,
          0.72,
        ],
      },
    },
    {
      id: 'parcels-outline',
      type: 'line',
      source: 'parcels',
      'source-layer': PARCEL_SOURCE_LAYER,
      minzoom: OUTLINE_MIN_ZOOM,
      paint: {
        'line-color': '#ffffff',
        'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.4, 15, 1.5],
      },
    },
    {
      id: 'redevelopment-fill',
      type: 'fill',
      source: 'redevelopment',
      paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.9 },
    },
    {
      id: 'redevelopment-outline',
      type: 'line',
      source: 'redevelopment',
      paint: { 'line-color': '#c92a2a', 'line-width': 1.5, 'line-dasharray': [2, 1] },
    },
    {
      id: 'parcels-highlight',
      type: 'line',
      source: 'parcels',
      'source-layer': PARCEL_SOURCE_LAYER,
      minzoom: OUTLINE_MIN_ZOOM,
      paint: {
        'line-color': '#212529',
        'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2, 0],
      },
    },
    {
      id: 'parcels-selection',
      type: 'line',
      source: 'parcel-selection',
      paint: { 'line-color': '#d6336c', 'line-width': 3.5 },
    },
  ];
}
