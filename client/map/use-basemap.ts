import { useEffect } from 'react';
import type { UiLang } from '../i18n/index.ts';
import type { BasemapId } from '../state/url-state.ts';
import { basemapSpec } from './basemaps.ts';
import { FIRST_OVERLAY_LAYER } from './layer-ids.ts';
import { useMap } from './map-context.ts';

/**
 * Adds the chosen online basemap under our layers and removes it when another is chosen. The offline basemap
 * (our own water/roads/towns) is always drawn, so an unreachable tile server leaves a usable map.
 */
export function useBasemap(id: BasemapId, tiandituKey: string | null, lang: UiLang): void {
  const map = useMap();
  useEffect(() => {
    if (!map) return;
    const spec = basemapSpec(id, tiandituKey, lang);
    if (!spec) return;
    for (const [sid, src] of Object.entries(spec.sources)) map.addSource(sid, src);
    for (const layer of spec.layers) map.addLayer(layer, FIRST_OVERLAY_LAYER);
    // Over imagery the pale offline water and roads would hide what the photo shows; dim them instead.
    map.setPaintProperty('water-fill', 'fill-opacity', 0.35);
    return () => {
      if (!map.getStyle()) return;
      for (const layer of spec.layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
      for (const sid of Object.keys(spec.sources)) if (map.getSource(sid)) map.removeSource(sid);
      map.setPaintProperty('water-fill', 'fill-opacity', 1);
    };
  }, [map, id, tiandituKey, lang]);
}
