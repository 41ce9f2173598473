import { useEffect } from 'react';
import { useMap } from './map-context.ts';

/**
 * Sets feature-state `{ [flag]: true }` on feature `id` of `sourceId` and clears it when `id` changes — the
 * selection/hover highlight without touching the data (no re-tiling).
 */
export function useFeatureFlag(sourceId: string, id: string | null, flag: 'selected' | 'hover'): void {
  const map = useMap();
  useEffect(() => {
    if (!map || id == null) return;
    map.setFeatureState({ source: sourceId, id }, { [flag]: true });
    return () => {
      // The map may already be gone on unmount.
      if (map.getSource(sourceId)) map.setFeatureState({ source: sourceId, id }, { [flag]: false });
    };
  }, [map, sourceId, id, flag]);
}
