import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { UiLang } from '../i18n/index.ts';
import type { BasemapId } from '../state/url-state.ts';
import { type BasemapSpec, basemapSpec } from './basemaps.ts';
import { FIRST_OVERLAY_LAYER } from './layer-ids.ts';
import { useMap } from './map-context.ts';

/** Removes an online basemap's layers and sources (stops its tile requests) and undims the offline water. */
function removeBasemap(map: MapLibreMap, spec: BasemapSpec): void {
  if (!map.getStyle()) return;
  for (const layer of spec.layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
  for (const sid of Object.keys(spec.sources)) if (map.getSource(sid)) map.removeSource(sid);
  map.setPaintProperty('water-fill', 'fill-opacity', 1);
}

/**
 * Adds the chosen online basemap under our layers and removes it when another is chosen. The offline basemap
 * (our own water/roads/towns) is always drawn, so an unreachable tile server leaves a usable map. On the first
 * tile that fails the basemap is removed at once — its tiles are not requested again on every pan — and
 * `onFail(id)` is called so the UI can switch back to the offline basemap and say why.
 */
export function useBasemap(
  id: BasemapId,
  tiandituKey: string | null,
  lang: UiLang,
  onFail: (id: BasemapId) => void,
): void {
  const map = useMap();
  const fail = useRef(onFail);
  fail.current = onFail;
  useEffect(() => {
    if (!map) return;
    const spec = basemapSpec(id, tiandituKey, lang);
    if (!spec) return;
    for (const [sid, src] of Object.entries(spec.sources)) map.addSource(sid, src);
    for (const layer of spec.layers) map.addLayer(layer, FIRST_OVERLAY_LAYER);
    // Over imagery the pale offline water and roads would hide what the photo shows; dim them instead.
    map.setPaintProperty('water-fill', 'fill-opacity', 0.35);
    let failed = false;
    const onError = (e: object) => {
      // Tile errors carry the id of the source whose tile failed.
      const sourceId = 'sourceId' in e ? e.sourceId : undefined;
      if (failed || typeof sourceId !== 'string' || !(sourceId in spec.sources)) return;
      failed = true;
      removeBasemap(map, spec);
      fail.current(id);
    };
    map.on('error', onError);
    return () => {
      map.off('error', onError);
      if (!failed) removeBasemap(map, spec);
    };
  }, [map, id, tiandituKey, lang]);
}
