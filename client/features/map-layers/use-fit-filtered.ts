import { bbox } from '@turf/turf';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { fitBbox } from '../../map/fly-to-geometry.ts';
import { getAppState, useAppState } from '../../state/app-store.ts';
import { useParcelLayerData } from './use-parcel-layer-data.ts';

type Box = [number, number, number, number];

// The state the page opened with: a link with a saved view (v=) or a selected parcel keeps its framing.
const START = getAppState();
const startKey = JSON.stringify(START.filters);

/** Whether a [w, s, e, n] box overlaps another (degrees; no antimeridian in 惠州). */
const overlaps = (a: Box, b: Box): boolean => a[2] >= b[0] && a[0] <= b[2] && a[3] >= b[1] && a[1] <= b[3];

/**
 * After the parcel filters change, frames the filtered parcels if none of them is in view — a filter that
 * leaves the visible part of the map empty otherwise looks like "no result". Once per filter set, once its
 * answer has arrived; not for the filters the page opened with when its link carried a view or a selection.
 */
export function useFitFilteredParcels(map: MapLibreMap | null): void {
  const key = useAppState((s) => JSON.stringify(s.filters));
  const { fc, isFetching } = useParcelLayerData();
  // The details panel floats over the map's right side while a parcel, project or platform is open.
  const panelOpen = useAppState(
    (s) => s.selectedParcelId != null || s.selectedProjectId != null || s.selectedPlatformId != null,
  );
  const handled = useRef<string | null>(
    START.view != null || START.selectedParcelId != null ? startKey : null,
  );

  useEffect(() => {
    if (!map || !fc || isFetching || handled.current === key) return;
    handled.current = key;
    // A fly already under way (a chart click framing its platform, a search result) has the last word.
    if (fc.features.length === 0 || map.isMoving()) return;
    const b = map.getBounds();
    const view: Box = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    if (fc.features.some((f) => overlaps(bbox(f) as Box, view))) return;
    fitBbox(map, bbox(fc) as Box, 16, panelOpen);
  }, [map, fc, isFetching, key, panelOpen]);
}
