/**
 * Start-up order: the map draws first, the rest after it. The overview's charts (ECharts layout and text
 * measuring) and the offline basemap's labels (every glyph rasterised with the browser's fonts) each cost the one
 * main thread more than a second at start-up and slowed the map's first frame by as much (README, "Performance:
 * map start-up"). They wait for the map's first `idle`: the map reports it here (`markMapFirstIdle`), charts and
 * labels subscribe (`useAfterMapIdle`). The gate opens in the first idle period of the main thread after that
 * idle (requestIdleCallback), so the map's own last work of the frame goes first.
 */
import { useSyncExternalStore } from 'react';

/**
 * If the map never becomes idle (no WebGL, a tile server that never answers), the charts and labels come anyway
 * this many ms after the shell started (this module loads with it): later than any first idle measured on this machine under load (≈ 7 s at
 * 10k parcels before the deferral), early enough that a map-less failure still shows the figures.
 */
export const MAP_IDLE_FALLBACK_MS = 12_000;

let idle = false;
const listeners = new Set<() => void>();

function open(): void {
  if (idle) return;
  idle = true;
  for (const l of listeners) l();
}

/** The User Timing mark (performance.mark) set at the map's first `idle`. */
export const MAP_FIRST_IDLE_MARK = 'zk-map-first-idle';

/** Longest wait (ms) for an idle period of the main thread once the map is idle (requestIdleCallback timeout). */
const IDLE_CALLBACK_TIMEOUT_MS = 500;

/** Called by the map on its first `idle` (everything in view drawn); opens the gate for the deferred work. */
export function markMapFirstIdle(): void {
  // For the start-up bench and real-user timing: when the map first drew everything in view.
  performance.mark(MAP_FIRST_IDLE_MARK);
  if (idle) return;
  // Safari has no requestIdleCallback; a macrotask is the next best "after this frame".
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(open, { timeout: IDLE_CALLBACK_TIMEOUT_MS });
  } else window.setTimeout(open, 0);
}

/** Whether the map has drawn its first frame (or the fallback has passed). */
export const isAfterMapIdle = (): boolean => idle;

if (typeof window !== 'undefined') window.setTimeout(open, MAP_IDLE_FALLBACK_MS);

const subscribe = (l: () => void): (() => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** True once the map's first idle has passed; re-renders at that moment. */
export const useAfterMapIdle = (): boolean => useSyncExternalStore(subscribe, isAfterMapIdle, isAfterMapIdle);
