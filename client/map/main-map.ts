/**
 * The main layout's map, created once per page outside React (README, "Performance: map start-up"): as soon as
 * the map chunk has loaded and the account is known, into the container the page shell already laid out
 * (main-map-host.ts), so the style, the parcel TileJSON and the first tiles are asked while React renders the
 * panels. React adopts the container (MainMapSlot) and mounts the layers onto the map (MainMapProvider). The map
 * lives as long as the page: React StrictMode's double effects, or the layout making way for the sign-in page and
 * coming back, re-adopt the same map and never create a second one.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useSyncExternalStore } from 'react';
import { getAppState } from '../state/app-store.ts';
import { createZkMap, FRAME_PADDING } from './create-map.ts';
import { ZHONGKAI_BOUNDS } from './initial-view.ts';

let map: MapLibreMap | null = null;
let loaded: MapLibreMap | null = null;
/** The container's size when the map was created: its opening frame was computed for it. */
let createdSize = '';
let adoptedOnce = false;
const listeners = new Set<() => void>();

const sizeOf = (el: HTMLElement) => `${el.clientWidth}×${el.clientHeight}`;

/**
 * Creates the main map in `container` unless it exists. Not while the container has no size (outside the
 * document, or a layout not yet styled): tiles for a 0 × 0 view would be wasted and the frame wrong; the
 * container's adoption (mainMapAdopted) starts it then.
 */
export function startMainMap(container: HTMLElement): void {
  if (map || container.clientWidth === 0 || container.clientHeight === 0) return;
  createdSize = sizeOf(container);
  map = createZkMap(container, (m) => {
    loaded = m;
    for (const l of listeners) l();
  });
}

/**
 * Called each time React has put the container into its layout (MainMapSlot): creates the map if not yet, else
 * follows the container's size; if the layout gave the map another size than the shell did and the link named
 * no view, frames 仲恺高新区 again for the final size (once, before anyone could move the map).
 */
export function mainMapAdopted(container: HTMLElement): void {
  if (!map) {
    startMainMap(container);
    adoptedOnce = true;
    return;
  }
  const first = !adoptedOnce;
  adoptedOnce = true;
  if (sizeOf(container) === createdSize) return;
  map.resize();
  if (first && !getAppState().view) {
    map.fitBounds(ZHONGKAI_BOUNDS, { padding: FRAME_PADDING, duration: 0 });
  }
}

const subscribe = (l: () => void): (() => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const loadedMap = () => loaded;

/** The main map once its style has loaded; null before (re-renders then). */
export const useMainMap = (): MapLibreMap | null => useSyncExternalStore(subscribe, loadedMap, loadedMap);
