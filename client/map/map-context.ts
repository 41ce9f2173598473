import type { Map as MapLibreMap } from 'maplibre-gl';
import { createContext, useContext } from 'react';

/** The live map once its style has loaded; null before. Provided by MapView. */
export const MapContext = createContext<MapLibreMap | null>(null);

/** The map (null until loaded). Components that draw on it render inside MapView. */
export const useMap = (): MapLibreMap | null => useContext(MapContext);
