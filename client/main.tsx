/// <reference types="vite/client" />
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadMapScene } from './App.tsx';
import { meQuery, mustSignIn } from './api/auth.ts';
import { prefetchMapData } from './api/hooks.ts';
import { pageOf } from './app-route.ts';
import { initI18n, loadLanguage } from './i18n/index.ts';
import {
  loadMainMap,
  mainMapContainer,
  preloadMapWorker,
  preloadParcelTileJson,
} from './map/main-map-host.ts';
import { getAppState } from './state/app-store.ts';

const lang = getAppState().lang;
initI18n(lang);

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false, retry: 1 } },
});

// Who is signed in decides what the app shows: asked at once, before React's first render.
const meKnown = queryClient.prefetchQuery(meQuery);
prefetchMapData(queryClient);

// The main layout's map is created outside React, as soon as maplibre has loaded and the account is known (not
// for the sign-in page), in the container index.html already laid out: its style, TileJSON (preloaded once the
// account is known) and first tiles load while React renders the panels (README, "Performance: map start-up").
const container = mainMapContainer();
if (pageOf(window.location.pathname) === 'main') {
  void loadMapScene();
  preloadMapWorker();
  const mayRead = meKnown.then(() => !mustSignIn(queryClient.getQueryData(meQuery.queryKey)));
  void mayRead.then((yes) => yes && preloadParcelTileJson());
  void Promise.all([loadMainMap(), mayRead]).then(([m, yes]) => yes && m.startMainMap(container));
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// An English link first loads the English strings (a small chunk), so the first frame is in one language.
// The first render is not a transition: the map chunk no longer waits for it (boot.ts asks for both at once), and
// a transition's render, interrupted by every answer that arrived meanwhile and by the map's frames, committed
// the layout only after the map's first tiles had been drawn (the parcel count at 4.3 s instead of 2.4 s).
void loadLanguage(lang).then(() =>
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  ),
);
