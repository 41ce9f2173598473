import { useEffect } from 'react';
import { useMap } from './map-context.ts';

/**
 * Sets feature-state `{ [flag]: true }` on feature `id` of `sourceId` (and `sourceLayer`, for a vector-tile
 * source) and clears it when `id` changes — the selection/hover highlight without touching the data (no
 * re-tiling). Feature-state outlives tile reloads, so tiles loaded later show it too.
 */
export function useFeatureFlag(
  sourceId: string,
  id: string | null,
  flag: 'selected' | 'hover',
  sourceLayer?: string,
): void {
  const map = useMap();
  useEffect(() => {
    if (!map || id == null) return;
    const target = { source: sourceId, id, ...(sourceLayer ? { sourceLayer } : {}) };
    map.setFeatureState(target, { [flag]: true });
    return () => {
      // The map may already be gone on unmount.
      if (map.getSource(sourceId)) map.setFeatureState(target, { [flag]: false });
    };
  }, [map, sourceId, id, flag, sourceLayer]);
}
