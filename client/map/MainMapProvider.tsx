import type { ReactNode } from 'react';
import { useMainMap } from './main-map.ts';
import { MapContext } from './map-context.ts';

/** Provides the main map (main-map.ts) to its children via MapContext once its style has loaded. */
export function MainMapProvider({ children }: { children?: ReactNode }) {
  const map = useMainMap();
  return map ? <MapContext.Provider value={map}>{children}</MapContext.Provider> : null;
}
