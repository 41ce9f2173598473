/**
 * The page's entry: asks for the app (main.tsx: React, the layout, 350 kB) and, on the main layout, the map's
 * chunk (maplibre, 1 MB) at the same moment. With main.tsx as the entry the browser had to download and evaluate
 * the whole shell before main.tsx could ask for the map, so maplibre arrived about a second after a bare map
 * page's (README, "Performance: map start-up"). It also asks who is signed in and creates the map (in index.html's
 * container) once maplibre has loaded and the account may read, so neither waits for main.tsx to handle the
 * answer. Other pages (/admin, /settings, /import) never download the map chunk this way.
 */
import { askMeEarly } from './api/early-me.ts';
import { pageOf } from './app-route.ts';
import { loadMainMap, preloadMapWorker, startMainMapFor } from './map/main-map-host.ts';
// In the entry, so index.html links the layout's styles in its head (its empty copy of the layout is sized at once).
import './styles.css';

if (pageOf(window.location.pathname) === 'main') {
  void loadMainMap();
  preloadMapWorker();
  // The map needs to know whether the account may read. Asked here, the answer is in before maplibre is, and the
  // parcels' TileJSON is asked at ≈ 0.2 s instead of after main.tsx has handled its own answer (0.4–0.6 s).
  startMainMapFor(askMeEarly());
}
void import('./main.tsx');
