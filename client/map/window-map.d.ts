import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /**
     * The map instance, exposed so that browser tests and the bench can wait for `idle` and query rendered
     * features (`queryRenderedFeatures`, `project`) — what the user sees, not only the DOM. Read-only use.
     */
    __zkMap?: MapLibreMap;
  }
}
