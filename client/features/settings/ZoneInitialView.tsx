import { useEffect, useRef } from 'react';
import { usePlatforms } from '../../api/hooks.ts';
import { useSettings } from '../../api/settings.ts';
import { useMap } from '../../map/map-context.ts';
import { getAppState } from '../../state/app-store.ts';

/**
 * Opens the map on the zone's view (zone settings `mapView`) once, when the link names no view: a fixed centre and
 * zoom, or — "fit to the data" — the platforms' extent when it lies outside the map's opening frame (a zone other
 * than the one the map frames by default). Renders nothing.
 */
export function ZoneInitialView() {
  const map = useMap();
  const settings = useSettings();
  const platforms = usePlatforms();
  const done = useRef(false);
  useEffect(() => {
    if (done.current || !map || !settings.data || getAppState().view) return;
    const view = settings.data.mapView;
    if (view.mode === 'fixed') {
      done.current = true;
      map.jumpTo({ center: view.center, zoom: view.zoom });
      return;
    }
    if (!platforms.data?.length) return;
    done.current = true;
    const w = Math.min(...platforms.data.map((p) => p.bbox[0]));
    const s = Math.min(...platforms.data.map((p) => p.bbox[1]));
    const e = Math.max(...platforms.data.map((p) => p.bbox[2]));
    const n = Math.max(...platforms.data.map((p) => p.bbox[3]));
    const frame = map.getBounds();
    const inside = frame.contains([w, s]) && frame.contains([e, n]);
    if (!inside) map.fitBounds([w, s, e, n], { padding: 24, duration: 0 });
  }, [map, settings.data, platforms.data]);
  return null;
}
