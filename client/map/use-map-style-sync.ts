import { useEffect } from 'react';
import type { UiLang } from '../i18n/index.ts';
import type { Filters, OverlayId, Theme } from '../state/url-state.ts';
import { OVERLAYS } from '../state/url-state.ts';
import { OVERLAY_LAYERS, PARCEL_TILE_LAYERS } from './layer-ids.ts';
import { nameExpression } from './layers/expressions.ts';
import { useMap } from './map-context.ts';
import { parcelFilterExpression } from './parcel-filter-expression.ts';
import type { ThemeClass } from './parcel-theme.ts';
import { fillColorExpression } from './parcel-theme.ts';
import { NAMED_LAYERS } from './style.ts';

/** Shows/hides overlay layers: every overlay not in `hidden` is visible. */
export function useLayerVisibility(hidden: readonly OverlayId[]): void {
  const map = useMap();
  useEffect(() => {
    if (!map) return;
    for (const overlay of OVERLAYS) {
      const visibility = hidden.includes(overlay) ? 'none' : 'visible';
      for (const layer of OVERLAY_LAYERS[overlay]) {
        if (map.getLayer(layer)) map.setLayoutProperty(layer, 'visibility', visibility);
      }
    }
  }, [map, hidden]);
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
    for (const layer of PARCEL_TILE_LAYERS) if (map.getLayer(layer)) map.setFilter(layer, expression);
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
