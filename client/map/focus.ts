/**
 * "Fly to this" requests: search results, platform links and list clicks ask the map to frame a parcel or a
 * platform. Kept apart from the URL state because reloading a link must restore the saved view, not fly.
 */
import { useSyncExternalStore } from 'react';

export interface FocusRequest {
  kind: 'parcel' | 'platform';
  id: string;
  /** Increments on every request, so asking twice for the same feature flies twice. */
  seq: number;
}

let current: FocusRequest | null = null;
let seq = 0;
const listeners = new Set<() => void>();

/** Asks the map to frame a parcel or platform once its geometry is known. */
export function requestFocus(kind: FocusRequest['kind'], id: string): void {
  seq += 1;
  current = { kind, id, seq };
  for (const l of listeners) l();
}

/** The latest focus request (null before any). */
export const useFocusRequest = (): FocusRequest | null =>
  useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
    () => current,
  );
