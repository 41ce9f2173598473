/**
 * The drawn query area (polygon, rectangle or buffer around a line) that selects parcels for the attribute
 * table, the result count, the exports and the printed map. Not in the URL: a polygon of up to 500 vertices
 * would make every shared link kilobytes long.
 */
import { useSyncExternalStore } from 'react';
import type { DrawnArea } from '../../api/parcel-table.ts';

let area: DrawnArea | null = null;
const listeners = new Set<() => void>();

/** The drawn area (outside React). */
export const getQueryArea = (): DrawnArea | null => area;

/** Sets (or clears, with null) the drawn area. */
export function setQueryArea(next: DrawnArea | null): void {
  area = next;
  for (const l of listeners) l();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The drawn area, re-rendering when it changes. */
export const useQueryArea = (): DrawnArea | null =>
  useSyncExternalStore(subscribe, getQueryArea, getQueryArea);
