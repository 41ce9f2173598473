import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import { createZkMap } from './create-map.ts';
import { MapContext } from './map-context.ts';

interface Props {
  /** Components that add data and behaviour to the map; rendered once the style has loaded. */
  children?: ReactNode;
}

/**
 * A full-size map of its own, created when React mounts it (the import page's preview); provides the map to its
 * children via MapContext. The main layout's map is created earlier, outside React (main-map.ts, MainMapSlot).
 */
export function MapView({ children }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const m = createZkMap(container.current, setMap);
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
