/// <reference types="vite/client" />
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, NavigationControl, prewarm, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import { getAppState } from '../state/app-store.ts';
import { markMapFirstIdle } from '../state/start-up.ts';
import { BASEMAP_SOURCE_PREFIX } from './basemaps.ts';
import { addHatchPattern } from './hatch-pattern.ts';
import { ZHONGKAI_BOUNDS } from './initial-view.ts';
import { MapContext } from './map-context.ts';
import { parcelTileJsonUrl } from './parcel-tile-url.ts';
import { buildStyle } from './style.ts';

// Without the worker URL maplibre 6 cannot parse tiles and draws only the background.
setWorkerUrl(workerUrl);
// Start the workers (their 0.5 MB script) as soon as maplibre has loaded, not when the map is created after the
// app's first render: at start-up that render took ≈ 1 s of main thread and the worker script came last.
prewarm();

interface Props {
  /** Components that add data and behaviour to the map; rendered once the style has loaded. */
  children?: ReactNode;
}

/** The full-size map with navigation and scale controls; provides the map to its children via MapContext. */
export function MapView({ children }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const { view, lang, theme } = getAppState();
    const m = new MapLibreMap({
      container: container.current,
      // Today's tiles; MapLayers moves the source to a past date or a new data version once it knows them.
      style: buildStyle(lang, parcelTileJsonUrl(window.location.origin), theme),
      ...(view
        ? { center: [view.lon, view.lat] as [number, number], zoom: view.zoom }
        : { bounds: ZHONGKAI_BOUNDS, fitBoundsOptions: { padding: 24 } }),
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
    m.on('load', () => {
      addHatchPattern(m);
      window.__zkMap = m;
      setMap(m);
    });
    return () => {
      setMap(null);
      if (window.__zkMap === m) window.__zkMap = undefined;
      m.remove();
    };
  }, []);

  return (
    <div className="map-wrap">
      <div className="map-view" ref={container} data-testid="map" />
      {map ? <MapContext.Provider value={map}>{children}</MapContext.Provider> : null}
    </div>
  );
}
