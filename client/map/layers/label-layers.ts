/** The label layers, top of the style: roads, water, parcel codes, towns and platforms, in the UI language. */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { UiLang } from '../../i18n/index.ts';
import { PARCEL_SOURCE_LAYER } from '../layer-ids.ts';
import { FONT, isS357, nameExpression } from './expressions.ts';

/** Dark blue text on a pale-blue halo for the lake and the river. */
const WATER_TEXT = { 'text-color': '#1864ab', 'text-halo-color': '#e7f5ff', 'text-halo-width': 1.5 };

/** Every label layer in `lang`; names fall back to Chinese where a feature has no English name. */
export const labelLayers = (lang: UiLang): LayerSpecification[] => [
  ...lineLabelLayers(nameExpression(lang)),
  ...placeLabelLayers(nameExpression(lang)),
];

/** Road refs or names along the roads (from zoom 10), the lake's and the river's names. */
function lineLabelLayers(name: ExpressionSpecification): LayerSpecification[] {
  return [
    {
      id: 'roads-label',
      type: 'symbol',
      source: 'roads',
      minzoom: 10,
      layout: {
        'symbol-placement': 'line',
        'text-field': ['case', ['!=', ['get', 'ref'], ''], ['get', 'ref'], name],
        'text-font': FONT,
        'text-size': ['case', isS357, 13, 11],
        'symbol-spacing': 400,
      },
      paint: {
        'text-color': ['case', isS357, '#a63d00', '#6b6b6b'],
        'text-halo-color': '#ffffff',
        'text-halo-width': 2,
      },
    },
    {
      id: 'water-label',
      type: 'symbol',
      source: 'water',
      filter: ['==', ['geometry-type'], 'Polygon'],
      layout: { 'text-field': name, 'text-font': FONT, 'text-size': 13, 'text-letter-spacing': 0.2 },
      paint: WATER_TEXT,
    },
    {
      id: 'water-label-line',
      type: 'symbol',
      source: 'water',
      filter: ['==', ['geometry-type'], 'LineString'],
      layout: {
        'symbol-placement': 'line',
        'text-field': name,
        'text-font': FONT,
        'text-size': 13,
        'symbol-spacing': 500,
      },
      paint: WATER_TEXT,
    },
  ];
}

/** Parcel codes from the tiles (from zoom 14; one per polygon, at its pole of inaccessibility), town and station dots with names, platform names at one point each. */
function placeLabelLayers(name: ExpressionSpecification): LayerSpecification[] {
  return [
    {
      id: 'parcels-label',
      type: 'symbol',
      source: 'parcels',
      'source-layer': PARCEL_SOURCE_LAYER,
      minzoom: 14,
      layout: { 'text-field': ['get', 'code'], 'text-font': FONT, 'text-size': 11 },
      paint: { 'text-color': '#343a40', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
    {
      id: 'towns-dot',
      type: 'circle',
      source: 'towns',
      paint: {
        'circle-radius': ['case', ['==', ['get', 'kind'], 'station'], 4, 5],
        'circle-color': ['case', ['==', ['get', 'kind'], 'station'], '#495057', '#ffffff'],
        'circle-stroke-color': '#495057',
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: 'towns-label',
      type: 'symbol',
      source: 'towns',
      layout: {
        'text-field': name,
        'text-font': FONT,
        'text-size': ['case', ['==', ['get', 'kind'], 'station'], 11, 14],
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
      },
      paint: { 'text-color': '#212529', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
    {
      id: 'platforms-label',
      type: 'symbol',
      // Label points (one per platform) rather than the polygons: polygon labels repeat in every tile.
      source: 'platform-labels',
      layout: {
        'text-field': name,
        'text-font': FONT,
        'text-size': 14,
        'text-max-width': 8,
        'symbol-placement': 'point',
      },
      paint: { 'text-color': '#364fc7', 'text-halo-color': '#ffffff', 'text-halo-width': 2.2 },
    },
  ];
}
