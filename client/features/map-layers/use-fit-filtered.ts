import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { fitBbox } from '../../map/fly-to-geometry.ts';
import { getAppState, useAppState } from '../../state/app-store.ts';
import { useMapParcels } from './use-map-parcels.ts';

type Box = [number, number, number, number];

// The state the page opened with: a link with a saved view (v=) or a selected parcel keeps its framing.
const START = getAppState();
const startKey = JSON.stringify(START.filters);

/** Whether a [w, s, e, n] box overlaps another (degrees; no antimeridian in 惠州). */
const overlaps = (a: Box, b: Box): boolean => a[2] >= b[0] && a[0] <= b[2] && a[3] >= b[1] && a[1] <= b[3];

/** The map's visible [w, s, e, n] box. */
function viewBox(map: MapLibreMap): Box {
  const b = map.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
}

/**
 * After the parcel filters change, frames the filtered parcels if none of them is in view — a filter that
 * leaves the visible part of the map empty otherwise looks like "no result". Once per filter set, once the
 * API's count and extent of the filtered parcels have arrived: when that extent misses the view, at once;
 * otherwise once the filtered tiles are drawn and show no parcel. Not for the filters the page opened with
 * when its link carried a view or a selection.
 */
export function useFitFilteredParcels(map: MapLibreMap | null): void {
  const key = useAppState((s) => JSON.stringify(s.filters));
  const { summary, isFetching } = useMapParcels();
  // The details panel floats over the map's right side while a parcel, project or platform is open.
  const panelOpen = useAppState(
    (s) => s.selectedParcelId != null || s.selectedProjectId != null || s.selectedPlatformId != null,
  );
  const handled = useRef<string | null>(
    START.view != null || START.selectedParcelId != null ? startKey : null,
  );

  useEffect(() => {
    if (!map || !summary || isFetching || handled.current === key) return;
    handled.current = key;
    const box = summary.bbox as Box | null;
    // A fly already under way (a chart click framing its platform, a search result) has the last word.
    if (!box || summary.total === 0 || map.isMoving()) return;
    if (!overlaps(box, viewBox(map))) {
      fitBbox(map, box, 16, panelOpen);
      return;
    }
    const check = () => {
      if (handled.current !== key || map.isMoving()) return;
      if (map.queryRenderedFeatures({ layers: ['parcels-fill'] }).length === 0)
        fitBbox(map, box, 16, panelOpen);
    };
    // The new layer filter is applied as the tiles are re-laid out; 'idle' follows once they are drawn.
    map.once('idle', check);
    map.triggerRepaint();
    return () => {
      map.off('idle', check);
    };
  }, [map, summary, isFetching, key, panelOpen]);
}
