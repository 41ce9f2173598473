/**
 * The UI state store: one plain object, updated by `update`, read through `useAppState(selector)`.
 * It is mirrored into the URL (so a copied link reproduces the view). A change of what the details panel shows or
 * of the left-panel tab pushes a history entry, so the browser's Back and Forward walk through the parcels,
 * projects and platforms the user opened; map moves and other small changes replace the current entry.
 * Back/Forward (popstate) read the entry's URL back into the store.
 */
import { useSyncExternalStore } from 'react';
import type { UrlState } from './url-state.ts';
import { historyMode, parseUrlState, serializeUrlState, stateFromHistory } from './url-state.ts';

type Listener = () => void;

let state: UrlState = parseUrlState(typeof window === 'undefined' ? '' : window.location.search);
/** The state the current history entry's URL was written from (push vs replace is decided against it). */
let written: UrlState = state;
const listeners = new Set<Listener>();
let urlTimer: ReturnType<typeof setTimeout> | null = null;

function writeUrl(): void {
  urlTimer = null;
  const qs = serializeUrlState(state);
  const next = `${window.location.pathname}${qs ? `?${qs}` : ''}${window.location.hash}`;
  if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
    if (historyMode(written, state) === 'push') window.history.pushState(null, '', next);
    else window.history.replaceState(window.history.state, '', next);
  }
  written = state;
}

function notify(): void {
  for (const l of listeners) l();
}

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    // A pending write belongs to the entry being left: drop it, then take the landed-on entry's state.
    if (urlTimer != null) clearTimeout(urlTimer);
    urlTimer = null;
    state = stateFromHistory(state, window.location.search);
    written = state;
    notify();
    // The kept view/language/basemap may differ from the entry's: bring its URL up to date in place.
    urlTimer = setTimeout(writeUrl, 150);
  });
}

/** Current state (outside React). */
export const getAppState = (): UrlState => state;

/** Applies a patch (or a function of the current state) and notifies subscribers; the URL follows shortly. */
export function update(patch: Partial<UrlState> | ((s: UrlState) => Partial<UrlState>)): void {
  const p = typeof patch === 'function' ? patch(state) : patch;
  state = { ...state, ...p };
  notify();
  // Map moves fire many updates; writing the URL at most every 150 ms keeps history calls cheap.
  if (urlTimer == null) urlTimer = setTimeout(writeUrl, 150);
}

/** Writes the URL now (used before copying a link so it is never stale). */
export function flushUrl(): string {
  if (urlTimer != null) clearTimeout(urlTimer);
  writeUrl();
  return window.location.href;
}

const subscribe = (l: Listener): (() => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** Reads a slice of the UI state; re-renders only when the selected value changes (Object.is). */
export function useAppState<T>(selector: (s: UrlState) => T): T {
  return useSyncExternalStore(
    subscribe,
    () => selector(state),
    () => selector(state),
  );
}
