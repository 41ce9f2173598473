import { useEffect, useRef } from 'react';
import { bindRedevelopmentPointer, moveState } from '../../map/layers/redevelopment-layers.ts';
import { useMap } from '../../map/map-context.ts';
import { useAppState } from '../../state/app-store.ts';
import { openRedevelopment } from '../details/navigate.ts';

/** Makes the 三旧改造 hatch inspectable: hover outline and pointer, click opens the site, the open site outlined. */
export function RedevelopmentMapLayers() {
  const map = useMap();
  const selectedId = useAppState((s) => s.selectedRedevelopmentId);
  const shown = useRef<string | null>(null);

  useEffect(() => {
    if (!map) return;
    return bindRedevelopmentPointer(map, openRedevelopment);
  }, [map]);

  useEffect(() => {
    if (!map) return;
    // The sites arrive after the style: re-apply the selection when their data lands.
    const apply = () => {
      shown.current = moveState(map, 'selected', shown.current, selectedId);
    };
    apply();
    const onData = (e: { sourceId?: string; isSourceLoaded?: boolean }) => {
      if (e.sourceId === 'redevelopment' && e.isSourceLoaded) {
        shown.current = null;
        apply();
      }
    };
    map.on('sourcedata', onData);
    return () => {
      map.off('sourcedata', onData);
    };
  }, [map, selectedId]);

  return null;
}
