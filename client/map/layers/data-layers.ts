/**
 * The data layers over the basemap: platform boundaries, parcels (coloured later by the theme; hover and selection
 * through feature-state), 三旧 sites (hatched), the hover outline and the selected parcel's outline (its whole
 * shape from the API, since a tile holds only the piece of a parcel inside it).
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { HATCH_IMAGE, PARCEL_SOURCE_LAYER } from '../layer-ids.ts';

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
