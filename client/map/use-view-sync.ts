import { useEffect } from 'react';
import { update } from '../state/app-store.ts';
import { useMap } from './map-context.ts';

/** Mirrors the map's centre and zoom into the UI state (and so the URL) after every move. */
export function useViewSync(): void {
  const map = useMap();
  useEffect(() => {
    if (!map) return;
    const onMove = () => {
      const c = map.getCenter();
      update({ view: { lon: c.lng, lat: c.lat, zoom: map.getZoom() } });
    };
    onMove();
    map.on('moveend', onMove);
    return () => {
      map.off('moveend', onMove);
    };
  }, [map]);
}
