/// <reference types="vite/client" />
/**
 * The app's maplibre map: its style (URL's theme and language), its opening view (the URL's, else 仲恺高新区
 * framed), controls, error handling and the start-up hooks. Used by the main layout's map (main-map.ts, created
 * before React renders) and by the import page's preview map (MapView.tsx).
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, NavigationControl, prewarm, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { getAppState } from '../state/app-store.ts';
import { markMapFirstIdle } from '../state/start-up.ts';
import { BASEMAP_SOURCE_PREFIX } from './basemaps.ts';
import { addHatchPattern } from './hatch-pattern.ts';
import { ZHONGKAI_BOUNDS } from './initial-view.ts';
import { parcelTileJsonUrl } from './parcel-tile-url.ts';
import { buildStyle } from './style.ts';

// Without the worker URL maplibre 6 cannot parse tiles and draws only the background.
setWorkerUrl(workerUrl);
// Start the workers (their 0.5 MB script) as soon as maplibre has loaded, not when the map is created.
prewarm();

/** Padding (px) around 仲恺高新区 when the map frames it. */
export const FRAME_PADDING = 24;

/**
 * Creates the map in `container` (which must already have its final size: the opening frame and the first tiles
 * are computed from it). `onLoad` runs once the map has loaded (its first tiles drawn), after the map is
 * exposed as `window.__zkMap`; the hatch pattern is added as soon as the style has loaded.
 */
export function createZkMap(container: HTMLElement, onLoad: (m: MapLibreMap) => void): MapLibreMap {
  const { view, lang, theme } = getAppState();
  const m = new MapLibreMap({
    container,
    // Today's tiles; MapLayers moves the source to a past date or a new data version once it knows them.
    style: buildStyle(lang, parcelTileJsonUrl(window.location.origin), theme),
    ...(view
      ? { center: [view.lon, view.lat] as [number, number], zoom: view.zoom }
      : { bounds: ZHONGKAI_BOUNDS, fitBoundsOptions: { padding: FRAME_PADDING } }),
    maxZoom: 19,
    minZoom: 6,
    attributionControl: { compact: true },
    // Planners compare with paper maps; north stays up.
    dragRotate: false,
    pitchWithRotate: false,
  });
  m.touchZoomRotate.disableRotation();
  m.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  m.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right');
  // With any 'error' listener maplibre stops console.error-ing by itself. Failed tiles of an online basemap
  // are expected offline and become a notice (useBasemapErrors); anything else is a real fault.
  m.on('error', (e) => {
    const sourceId = (e as { sourceId?: unknown }).sourceId;
    if (typeof sourceId === 'string' && sourceId.startsWith(BASEMAP_SOURCE_PREFIX)) return;
    console.error(e.error);
  });
  // The overview's charts and the basemap's labels wait for this (client/state/start-up.ts).
  m.once('idle', markMapFirstIdle);
  // The hatch before the first tiles are laid out: added later, the 三旧 sites would be laid out again.
  m.once('style.load', () => addHatchPattern(m));
  m.once('load', () => {
    window.__zkMap = m;
    onLoad(m);
  });
  return m;
}
