/**
 * The map style: an offline basemap drawn from our own context layers (water, roads with S357 emphasised,
 * towns) under the platforms, parcels and 三旧 sites. Parcels are vector tiles from the server (their TileJSON
 * URL is known at once, so they load in parallel with the rest); the other sources start empty and receive data
 * with setData.
 * No `glyphs`: since maplibre-gl 5.11 text is then drawn with local fonts, so labels (Chinese included) render
 * with no network; `sans-serif` resolves to the system CJK font (Noto Sans CJK on Debian).
 */
import type { GeoJSONSourceSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { UiLang } from '../i18n/index.ts';
import type { Theme } from '../state/url-state.ts';
import { basemapLayers } from './layers/basemap-layers.ts';
import { dataLayers } from './layers/data-layers.ts';
import { labelLayers } from './layers/label-layers.ts';
import {
  highlightParcelLayer,
  highlightSiteLayer,
  idleParcelLayers,
} from './layers/overview-parcel-layers.ts';
import { redevelopmentHighlightLayer } from './layers/redevelopment-layers.ts';
import { fillColorExpression, themeClasses } from './parcel-theme.ts';

/**
 * The initial style in `lang`: parcel tiles from `parcelTileJson` (a TileJSON URL) painted by `theme` (the
 * platform theme grey until the platforms are known), the other sources empty (filled later), no glyphs (local
 * fonts), no sprite. Every layer over the parcel tiles is here from the start (the overview's too), and so is
 * every layer over the 三旧 sites, since adding one later lays out every loaded tile of its source again.
 */
export function buildStyle(lang: UiLang, parcelTileJson: string, theme: Theme = 'state'): StyleSpecification {
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
      parcels: { type: 'vector', url: parcelTileJson, promoteId: 'id' },
      'parcel-selection': geojson(),
      redevelopment: geojson('id'),
    },
    layers: [
      ...basemapLayers(),
      ...dataLayers(fillColorExpression(theme, themeClasses(theme, []))),
      ...idleParcelLayers(),
      ...labelLayers(lang).map(deferLabel),
      highlightParcelLayer(),
      highlightSiteLayer(),
      redevelopmentHighlightLayer(),
    ],
  };
}

/**
 * The offline basemap's labels, hidden in the initial style and shown after the map's first idle
 * (useLayerVisibility): their glyphs are drawn with the browser's fonts on the main thread, which at start-up
 * delayed the first frame by ≈ 2.5 s. The parcel codes (from zoom 14) are not among them.
 */
export const DEFERRED_LABEL_LAYERS = [
  'roads-label',
  'water-label',
  'water-label-line',
  'towns-label',
  'platforms-label',
] as const;

function deferLabel(layer: LayerSpecification): LayerSpecification {
  if (!(DEFERRED_LABEL_LAYERS as readonly string[]).includes(layer.id) || layer.type !== 'symbol')
    return layer;
  return { ...layer, layout: { ...layer.layout, visibility: 'none' } };
}

/** Symbol layers whose text follows the UI language. */
export const NAMED_LAYERS = [
  'roads-label',
  'water-label',
  'water-label-line',
  'towns-label',
  'platforms-label',
] as const;
