import type { MapGeoJSONFeature, MapLayerMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { getMapTool } from '../state/map-tool.ts';
import { PARCEL_SOURCE_LAYER, SOURCES } from './layer-ids.ts';
import { useMap } from './map-context.ts';

/** The parcel under the pointer: its light properties and the pointer's position in map pixels. */
export interface HoverInfo {
  id: string;
  props: Record<string, unknown>;
  x: number;
  y: number;
}

interface Handlers {
  onParcelClick: (id: string) => void;
  onPlatformClick: (id: string) => void;
}

const PARCEL_FILL = 'parcels-fill';
const PLATFORM_LABELS = 'platforms-label';
/** Layers drawn over the parcels that take a click themselves. */
const ON_TOP = [PLATFORM_LABELS, 'redevelopment-fill'];

const idOf = (f: MapGeoJSONFeature | undefined): string | null => {
  const id = f?.properties?.id ?? f?.id;
  return id == null ? null : String(id);
};

/**
 * Pointer handlers of the parcel fill: hover sets feature-state `hover` and reports the parcel for the tooltip;
 * a click selects (unless a platform label drawn over the parcel takes it).
 */
function parcelPointer(
  map: MapLibreMap,
  setHover: (h: HoverInfo | null) => void,
  onParcelClick: (id: string) => void,
) {
  let hovered: string | null = null;
  // The parcel just clicked: its details panel is opening, so its tooltip would only cover the map; it comes
  // back once the pointer has moved to another parcel.
  let clicked: string | null = null;
  const setHovered = (id: string | null) => {
    if (hovered === id) return;
    const target = (fid: string) => ({ source: SOURCES.parcels, sourceLayer: PARCEL_SOURCE_LAYER, id: fid });
    if (hovered != null && map.getSource(SOURCES.parcels))
      map.setFeatureState(target(hovered), { hover: false });
    hovered = id;
    if (id != null) map.setFeatureState(target(id), { hover: true });
  };
  const onMove = (e: MapLayerMouseEvent) => {
    const f = e.features?.[0];
    const id = idOf(f);
    setHovered(id);
    map.getCanvas().style.cursor = id ? 'pointer' : '';
    if (id !== clicked) clicked = null;
    setHover(
      id && f && id !== clicked ? { id, props: f.properties ?? {}, x: e.point.x, y: e.point.y } : null,
    );
  };
  const onLeave = () => {
    clicked = null;
    setHovered(null);
    map.getCanvas().style.cursor = '';
    setHover(null);
  };
  const onClick = (e: MapLayerMouseEvent) => {
    // While a measure/query/edit tool draws, clicks place its vertices, not select parcels.
    if (getMapTool() !== 'none') return;
    // A platform label or a 三旧 hatch drawn over a parcel takes the click (their own handlers open them).
    const above = ON_TOP.filter((l) => map.getLayer(l));
    const labels = above.length ? map.queryRenderedFeatures(e.point, { layers: above }) : [];
    const id = idOf(e.features?.[0]);
    if (labels.length || !id) return;
    clicked = id;
    setHover(null);
    onParcelClick(id);
  };
  return { onMove, onLeave, onClick };
}

/**
 * Hover and click on parcels and platform labels. Hover sets feature-state `hover` (no data change) and
 * returns the hovered parcel for a tooltip; a click selects. Returns null when nothing is hovered.
 */
export function useMapInteraction({ onParcelClick, onPlatformClick }: Handlers): HoverInfo | null {
  const map = useMap();
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const handlers = useRef({ onParcelClick, onPlatformClick });
  handlers.current = { onParcelClick, onPlatformClick };

  useEffect(() => {
    if (!map) return;
    const { onMove, onLeave, onClick } = parcelPointer(map, setHover, (id) =>
      handlers.current.onParcelClick(id),
    );
    map.on('mousemove', PARCEL_FILL, onMove);
    map.on('mouseleave', PARCEL_FILL, onLeave);
    // Leaving the map canvas (onto a panel) does not always leave the layer first.
    map.on('mouseout', onLeave);
    map.on('click', PARCEL_FILL, onClick);
    return () => {
      map.off('mousemove', PARCEL_FILL, onMove);
      map.off('mouseleave', PARCEL_FILL, onLeave);
      map.off('mouseout', onLeave);
      map.off('click', PARCEL_FILL, onClick);
    };
  }, [map]);

  useEffect(() => {
    if (!map) return;
    const onClick = (e: MapLayerMouseEvent) => {
      const id = idOf(e.features?.[0]);
      if (id) handlers.current.onPlatformClick(id);
    };
    const pointer = () => {
      map.getCanvas().style.cursor = 'pointer';
    };
    const unpointer = () => {
      map.getCanvas().style.cursor = '';
    };
    map.on('click', PLATFORM_LABELS, onClick);
    map.on('mouseenter', PLATFORM_LABELS, pointer);
    map.on('mouseleave', PLATFORM_LABELS, unpointer);
    return () => {
      map.off('click', PLATFORM_LABELS, onClick);
      map.off('mouseenter', PLATFORM_LABELS, pointer);
      map.off('mouseleave', PLATFORM_LABELS, unpointer);
    };
  }, [map]);

  return hover;
}
