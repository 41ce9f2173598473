/**
 * The map style: an offline basemap drawn from our own context layers (water, roads with S357 emphasised,
 * towns) under the platforms, parcels and 三旧 sites. Sources start empty and receive data with setData.
 * No `glyphs`: since maplibre-gl 5.11 text is then drawn with local fonts, so labels (Chinese included) render
 * with no network; `sans-serif` resolves to the system CJK font (Noto Sans CJK on Debian).
 */
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { UiLang } from '../i18n/index.ts';
import { HATCH_IMAGE } from './layer-ids.ts';

const FONT = ['sans-serif'];

/** Background colour of the offline basemap (light paper). */
export const LAND_COLOR = '#f4f2ec';

/** The label expression of a context/platform feature in `lang` (`nameZh` / `nameEn`). */
export const nameExpression = (lang: UiLang): ExpressionSpecification => [
  'coalesce',
  ['get', lang === 'en' ? 'nameEn' : 'nameZh'],
  ['get', 'nameZh'],
];

const isS357: ExpressionSpecification = ['==', ['get', 'ref'], 'S357'];

/**
 * A line layer of the non-rail roads; widths in px as [S357, other roads] at zoom 9 and at zoom 15,
 * interpolated between.
 */
function roadLayer(
  id: string,
  color: ExpressionSpecification,
  atZoom9: [number, number],
  atZoom15: [number, number],
): LayerSpecification {
  return {
    id,
    type: 'line',
    source: 'roads',
    filter: ['!=', ['get', 'kind'], 'railway'],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': color,
      'line-width': [
        'interpolate',
        ['linear'],
        ['zoom'],
        9,
        ['case', isS357, ...atZoom9],
        15,
        ['case', isS357, ...atZoom15],
      ],
    },
  };
}

/** Dark blue text on a pale-blue halo for the lake and the river. */
const WATER_TEXT = { 'text-color': '#1864ab', 'text-halo-color': '#e7f5ff', 'text-halo-width': 1.5 };

function layers(lang: UiLang): LayerSpecification[] {
  const name = nameExpression(lang);
  return [
    { id: 'background', type: 'background', paint: { 'background-color': LAND_COLOR } },
    {
      id: 'water-fill',
      type: 'fill',
      source: 'water',
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': '#a5d0ec', 'fill-outline-color': '#7fb6dc' },
    },
    {
      id: 'water-line',
      type: 'line',
      source: 'water',
      filter: ['==', ['geometry-type'], 'LineString'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': '#a5d0ec',
        'line-width': ['interpolate', ['exponential', 1.6], ['zoom'], 9, 3, 13, 14, 16, 60],
      },
    },
    // A white-ish line on a darker casing; S357 is wider and orange, expressways pale yellow.
    roadLayer('roads-casing', ['case', isS357, '#b8501e', '#c9c3b5'], [4, 2], [14, 8]),
    roadLayer(
      'roads-line',
      ['case', isS357, '#ff9f43', ['==', ['get', 'kind'], 'expressway'], '#ffd58a', '#ffffff'],
      [2.5, 1],
      [10, 5],
    ),
    {
      id: 'roads-rail',
      type: 'line',
      source: 'roads',
      filter: ['==', ['get', 'kind'], 'railway'],
      paint: { 'line-color': '#7a7a7a', 'line-width': 2, 'line-dasharray': [3, 2] },
    },
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
      paint: {
        'fill-color': '#adb5bd',
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
      paint: {
        'line-color': ['case', ['boolean', ['feature-state', 'selected'], false], '#d6336c', '#212529'],
        'line-width': [
          'case',
          ['boolean', ['feature-state', 'selected'], false],
          3.5,
          ['boolean', ['feature-state', 'hover'], false],
          2,
          0,
        ],
      },
    },
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
    {
      id: 'parcels-label',
      type: 'symbol',
      source: 'parcel-labels',
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

/** The initial style in `lang`: all sources empty (filled later), no glyphs (local fonts), no sprite. */
export function buildStyle(lang: UiLang): StyleSpecification {
  const geojson = (promoteId?: string): GeoJSONSourceSpecification => ({
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    ...(promoteId ? { promoteId } : {}),
  });
  return {
    version: 8,
    name: 'zhongkai-offline',
    sources: {
      water: geojson(),
      roads: geojson(),
      towns: geojson(),
      platforms: geojson('id'),
      'platform-labels': geojson('id'),
      // promoteId makes the parcel id the feature id, so hover/selection use feature-state without re-tiling.
      parcels: geojson('id'),
      'parcel-labels': geojson(),
      redevelopment: geojson('id'),
    },
    layers: layers(lang),
  };
}

/** Symbol layers whose text follows the UI language. */
export const NAMED_LAYERS = [
  'roads-label',
  'water-label',
  'water-label-line',
  'towns-label',
  'platforms-label',
] as const;
