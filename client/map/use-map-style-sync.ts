import { useEffect } from 'react';
import type { UiLang } from '../i18n/index.ts';
import { useAfterMapIdle } from '../state/start-up.ts';
import type { Filters, OverlayId, Theme } from '../state/url-state.ts';
import { OVERLAYS } from '../state/url-state.ts';
import { OVERLAY_LAYERS, PARCEL_TILE_LAYERS } from './layer-ids.ts';
import { nameExpression } from './layers/expressions.ts';
import { useMap } from './map-context.ts';
import { parcelFilterExpression } from './parcel-filter-expression.ts';
import type { ThemeClass } from './parcel-theme.ts';
import { fillColorExpression } from './parcel-theme.ts';
import { DEFERRED_LABEL_LAYERS, NAMED_LAYERS } from './style.ts';

const deferred: readonly string[] = DEFERRED_LABEL_LAYERS;

/**
 * Shows/hides overlay layers: every overlay not in `hidden` is visible, except the basemap's labels until the
 * map's first idle (they start hidden in the style; see client/state/start-up.ts). Once they are shown the map
 * container carries `data-labels="shown"` (browser tests wait for it before reading labels).
 */
export function useLayerVisibility(hidden: readonly OverlayId[]): void {
  const map = useMap();
  const labelsDue = useAfterMapIdle();
  useEffect(() => {
    if (!map) return;
    for (const overlay of OVERLAYS) {
      const shown = !hidden.includes(overlay);
      for (const layer of OVERLAY_LAYERS[overlay]) {
        const visible = shown && (labelsDue || !deferred.includes(layer));
        const visibility = visible ? 'visible' : 'none';
        // Only on a change: maplibre re-lays out a layer's whole source on every set, even to the same value
        // (a layer without a `visibility` reports undefined), and for the parcels that re-parses every tile.
        if (map.getLayer(layer) && (map.getLayoutProperty(layer, 'visibility') ?? 'visible') !== visibility) {
          map.setLayoutProperty(layer, 'visibility', visibility);
        }
      }
    }
    if (labelsDue) map.getContainer().dataset.labels = 'shown';
  }, [map, hidden, labelsDue]);
}

/** Paints parcels by `theme` with `classes`' colours (a paint-property change only; the data stays). */
export function useParcelTheme(theme: Theme, classes: readonly ThemeClass[]): void {
  const map = useMap();
  useEffect(() => {
    if (!map) return;
    map.setPaintProperty('parcels-fill', 'fill-color', fillColorExpression(theme, classes));
  }, [map, theme, classes]);
}

/** Draws only the parcels matching `filters` (a layer-filter change on the loaded tiles; nothing refetched). */
export function useParcelFilter(filters: Filters): void {
  const map = useMap();
  useEffect(() => {
    if (!map) return;
    const expression = parcelFilterExpression(filters);
    const wanted = JSON.stringify(expression);
    for (const layer of PARCEL_TILE_LAYERS) {
      // A layer without a filter draws everything (`true`); setting it anyway would re-parse every tile.
      if (map.getLayer(layer) && JSON.stringify(map.getFilter(layer) ?? true) !== wanted) {
        map.setFilter(layer, expression);
      }
    }
  }, [map, filters]);
}

/** Switches map labels (towns, water, roads, platforms) to `lang`. */
export function useLabelLanguage(lang: UiLang): void {
  const map = useMap();
  useEffect(() => {
    if (!map) return;
    for (const layer of NAMED_LAYERS) {
      if (layer === 'roads-label') {
        map.setLayoutProperty(layer, 'text-field', [
          'case',
          ['!=', ['get', 'ref'], ''],
          ['get', 'ref'],
          nameExpression(lang),
        ]);
      } else {
        map.setLayoutProperty(layer, 'text-field', nameExpression(lang));
      }
    }
  }, [map, lang]);
}
