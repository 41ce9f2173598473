/**
 * The UI state store: one plain object, updated by `update`, read through `useAppState(selector)`.
 * It is mirrored into the URL with history.replaceState (so a copied link reproduces the view) — the URL is
 * written, never read back, after start-up.
 */
import { useSyncExternalStore } from 'react';
import type { UrlState } from './url-state.ts';
import { parseUrlState, serializeUrlState } from './url-state.ts';

type Listener = () => void;

let state: UrlState = parseUrlState(typeof window === 'undefined' ? '' : window.location.search);
const listeners = new Set<Listener>();
let urlTimer: ReturnType<typeof setTimeout> | null = null;

function writeUrl(): void {
  urlTimer = null;
  const qs = serializeUrlState(state);
  const next = `${window.location.pathname}${qs ? `?${qs}` : ''}${window.location.hash}`;
  if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
    window.history.replaceState(window.history.state, '', next);
  }
}

/** Current state (outside React). */
export const getAppState = (): UrlState => state;

/** Applies a patch (or a function of the current state) and notifies subscribers; the URL follows shortly. */
export function update(patch: Partial<UrlState> | ((s: UrlState) => Partial<UrlState>)): void {
  const p = typeof patch === 'function' ? patch(state) : patch;
  state = { ...state, ...p };
  for (const l of listeners) l();
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
