import type { MapGeoJSONFeature, MapLayerMouseEvent } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { SOURCES } from './layer-ids.ts';
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

const idOf = (f: MapGeoJSONFeature | undefined): string | null => {
  const id = f?.properties?.id ?? f?.id;
  return id == null ? null : String(id);
};

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
    let hovered: string | null = null;
    // The parcel just clicked: its details panel is opening, so its tooltip would only cover the map; it comes
    // back once the pointer has moved to another parcel.
    let clicked: string | null = null;
    const setHovered = (id: string | null) => {
      if (hovered === id) return;
      if (hovered != null && map.getSource(SOURCES.parcels)) {
        map.setFeatureState({ source: SOURCES.parcels, id: hovered }, { hover: false });
      }
      hovered = id;
      if (id != null) map.setFeatureState({ source: SOURCES.parcels, id }, { hover: true });
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
      // A platform label drawn over a parcel takes the click (its own handler opens the platform).
      if (
        map.getLayer('platforms-label') &&
        map.queryRenderedFeatures(e.point, { layers: ['platforms-label'] }).length
      ) {
        return;
      }
      const id = idOf(e.features?.[0]);
      if (!id) return;
      clicked = id;
      setHover(null);
      handlers.current.onParcelClick(id);
    };
    const onLabelClick = (e: MapLayerMouseEvent) => {
      const id = idOf(e.features?.[0]);
      if (id) handlers.current.onPlatformClick(id);
    };
    const pointer = () => {
      map.getCanvas().style.cursor = 'pointer';
    };
    const unpointer = () => {
      map.getCanvas().style.cursor = '';
    };
    map.on('mousemove', 'parcels-fill', onMove);
    map.on('mouseleave', 'parcels-fill', onLeave);
    // Leaving the map canvas (onto a panel) does not always leave the layer first.
    map.on('mouseout', onLeave);
    map.on('click', 'parcels-fill', onClick);
    map.on('click', 'platforms-label', onLabelClick);
    map.on('mouseenter', 'platforms-label', pointer);
    map.on('mouseleave', 'platforms-label', unpointer);
    return () => {
      map.off('mousemove', 'parcels-fill', onMove);
      map.off('mouseleave', 'parcels-fill', onLeave);
      map.off('mouseout', onLeave);
      map.off('click', 'parcels-fill', onClick);
      map.off('click', 'platforms-label', onLabelClick);
      map.off('mouseenter', 'platforms-label', pointer);
      map.off('mouseleave', 'platforms-label', unpointer);
    };
  }, [map]);

  return hover;
}
