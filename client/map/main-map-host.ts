/**
 * The shell's side of the main map (no maplibre here: it stays in the lazy map chunk). index.html lays out an
 * empty copy of the layout (header, left panel, map area) with the map's container in it, so the map can be
 * created at its final size before React renders (main-map.ts); React's first commit replaces that copy and
 * MainMapSlot puts the same container into the real layout.
 */
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { type MeGate, mustSignIn } from '../api/early-me.ts';
import { parcelTileJsonUrl } from './parcel-tile-url.ts';

/** The id of the map's container in index.html. */
const CONTAINER_ID = 'zk-map';

let container: HTMLDivElement | null = null;

/**
 * The main map's container: index.html's (taken before React's first commit removes it from the page) or, on a
 * page that started without it, a new one.
 */
export function mainMapContainer(): HTMLDivElement {
  if (container) return container;
  const found = document.getElementById(CONTAINER_ID);
  if (found instanceof HTMLDivElement) container = found;
  else {
    container = document.createElement('div');
    container.id = CONTAINER_ID;
    container.className = 'map-view';
    container.dataset.testid = 'map';
  }
  return container;
}

/**
 * Asks the parcels' TileJSON (the map's style needs it first) without waiting for the map chunk: a preload that
 * maplibre's own request then uses (one request). Only for the main layout once the account may read: on other
 * pages it would be wasted, and answered 401 where reading needs a session.
 */
let tileJsonAsked = false;
function preloadParcelTileJson(): void {
  if (tileJsonAsked) return;
  tileJsonAsked = true;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = parcelTileJsonUrl(window.location.origin);
  document.head.append(link);
}

/**
 * Fetches maplibre's worker script (0.5 MB) while the map chunk downloads: the map's tiles are parsed in that
 * worker, which maplibre starts only once its own 1 MB chunk is evaluated, so the worker's download was on the
 * path to the first tiles. The server sends assets/ as immutable, so the worker's own request is answered from the
 * HTTP cache. Only the URL is imported here (no maplibre code in the shell).
 */
export function preloadMapWorker(): void {
  void fetch(workerUrl, { priority: 'high' })
    .then((r) => r.arrayBuffer())
    .catch(() => undefined);
}

/** The map chunk's start-up module (maplibre with it), asked once. */
let mapModule: Promise<typeof import('./main-map.ts')> | null = null;
export const loadMainMap = (): Promise<typeof import('./main-map.ts')> => {
  mapModule ??= import('./main-map.ts');
  return mapModule;
};

/**
 * Creates the main map once its chunk has loaded and `me` (GET /api/auth/me's answer; null when unknown) says
 * the account may read, and asks the parcels' TileJSON as soon as that is known. Called by the entry with its
 * early answer and by main.tsx with the query's; the map and the preload happen once.
 */
export function startMainMapFor(me: Promise<MeGate | null | undefined>): void {
  // Taken now, while index.html's container is still in the page: React's first commit may come before the
  // answers and would leave only a detached copy to find.
  const container = mainMapContainer();
  const mayRead = me.then((m) => m != null && !mustSignIn(m));
  void mayRead.then((yes) => yes && preloadParcelTileJson());
  void Promise.all([loadMainMap(), mayRead]).then(([m, yes]) => yes && m.startMainMap(container));
}
