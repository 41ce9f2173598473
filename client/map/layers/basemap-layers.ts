/** The offline basemap's own layers, bottom of the style: paper background, water, roads (S357 emphasised), rail. */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { OVERLAY_COLORS } from '../../../domain/palette.ts';
import { isS357 } from './expressions.ts';

/** Background colour of the offline basemap (light paper). */
const LAND_COLOR = '#f4f2ec';

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

/** Background, water areas and rivers, roads (casing under line) and railways. */
export function basemapLayers(): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': LAND_COLOR } },
    {
      id: 'water-fill',
      type: 'fill',
      source: 'water',
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': OVERLAY_COLORS.water, 'fill-outline-color': '#7fb6dc' },
    },
    {
      id: 'water-line',
      type: 'line',
      source: 'water',
      filter: ['==', ['geometry-type'], 'LineString'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': OVERLAY_COLORS.water,
        'line-width': ['interpolate', ['exponential', 1.6], ['zoom'], 9, 3, 13, 14, 16, 60],
      },
    },
    // A white-ish line on a darker casing; S357 is wider and orange, expressways pale yellow.
    roadLayer('roads-casing', ['case', isS357, '#b8501e', '#c9c3b5'], [4, 2], [14, 8]),
    roadLayer(
      'roads-line',
      [
        'case',
        isS357,
        OVERLAY_COLORS.s357,
        ['==', ['get', 'kind'], 'expressway'],
        OVERLAY_COLORS.expressway,
        '#ffffff',
      ],
      [2.5, 1],
      [10, 5],
    ),
    {
      id: 'roads-rail',
      type: 'line',
      source: 'roads',
      filter: ['==', ['get', 'kind'], 'railway'],
      paint: { 'line-color': OVERLAY_COLORS.railway, 'line-width': 2, 'line-dasharray': [3, 2] },
    },
  ];
}
