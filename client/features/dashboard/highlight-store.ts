/**
 * What the overview asks the map to highlight after a chart or list click: parcels (of projects at a funnel
 * stage) or 三旧 sites, with a caption for the notice and optionally the box to frame. Not part of the URL:
 * a shared link reproduces filters, not a transient highlight.
 */
import { useSyncExternalStore } from 'react';

/** A highlight request; `seq` increments on every request so asking twice frames twice. */
export interface Highlight {
  kind: 'parcels' | 'sites';
  ids: string[];
  label: string;
  /** [minLon, minLat, maxLon, maxLat] to frame; when absent the map frames the highlighted features. */
  bbox?: [number, number, number, number];
  seq: number;
}

let current: Highlight | null = null;
let seq = 0;
const listeners = new Set<() => void>();
const emit = () => {
  for (const l of listeners) l();
};

/** Highlights `ids` on the map (replacing any previous highlight). */
export function setHighlight(h: Omit<Highlight, 'seq'>): void {
  seq += 1;
  current = { ...h, seq };
  emit();
}

/** Removes the highlight. */
export function clearHighlight(): void {
  if (current == null) return;
  current = null;
  emit();
}

/** The current highlight, or null. */
export const useHighlight = (): Highlight | null =>
  useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
    () => current,
  );
