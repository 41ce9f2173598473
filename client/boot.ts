/**
 * The page's entry: asks for the app (main.tsx: React, the layout, 350 kB) and, on the main layout, the map's
 * chunk (maplibre, 1 MB) at the same moment. With main.tsx as the entry the browser had to download and evaluate
 * the whole shell before main.tsx could ask for the map, so maplibre arrived about a second after a bare map
 * page's (README, "Performance: map start-up"). Nothing here creates the map: main.tsx does, once the account
 * is known. Other pages (/admin, /settings, /import) never download the map chunk this way.
 */
import { pageOf } from './app-route.ts';
// In the entry, so index.html links the layout's styles in its head (its empty copy of the layout is sized at once).
import './styles.css';

if (pageOf(window.location.pathname) === 'main') void import('./map/main-map.ts');
void import('./main.tsx');
