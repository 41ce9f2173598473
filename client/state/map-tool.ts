/**
 * Which drawing tool owns the map's pointer right now. Measuring, drawing a query area and editing parcel
 * geometry each use terra-draw; only one may be active at a time, so starting one stops the others.
 */
import { useSyncExternalStore } from 'react';

/** The map tools that draw on the map: none, measure (distance/area), query (select parcels by area), edit. */
export type MapTool = 'none' | 'measure' | 'query' | 'edit';

let active: MapTool = 'none';
const listeners = new Set<() => void>();

/** The active tool (outside React). */
export const getMapTool = (): MapTool => active;

/** Makes `tool` the active one; subscribers of the previous tool see the change and stop their drawing. */
export function setMapTool(tool: MapTool): void {
  if (tool === active) return;
  active = tool;
  for (const l of listeners) l();
}

const subscribe = (l: () => void): (() => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The active tool, re-rendering when it changes. */
export const useMapTool = (): MapTool => useSyncExternalStore(subscribe, getMapTool, getMapTool);
