/// <reference types="vite/client" />
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadMapScene } from './App.tsx';
import { meQuery } from './api/auth.ts';
import { prefetchMapData } from './api/hooks.ts';
import { prefetchParcelSummary } from './api/parcel-summary.ts';
import { pageOf } from './app-route.ts';
import { initI18n, loadLanguage } from './i18n/index.ts';
import { startMainMapFor } from './map/main-map-host.ts';
import { getAppState } from './state/app-store.ts';

const lang = getAppState().lang;
initI18n(lang);

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false, retry: 1 } },
});

// Who is signed in decides what the app shows: asked at once, before React's first render.
const meKnown = queryClient.prefetchQuery(meQuery);
prefetchMapData(queryClient);
prefetchParcelSummary(queryClient, getAppState());

// The main layout's map is created outside React, in the container index.html already laid out, as soon as
// maplibre has loaded and the account is known: the entry (boot.ts) starts it with its own early answer, and this
// is the way when that answer failed (the query asks again). Its style, TileJSON and first tiles load while React
// renders the panels (README, "Performance: map start-up").
if (pageOf(window.location.pathname) === 'main') {
  void loadMapScene();
  startMainMapFor(meKnown.then(() => queryClient.getQueryData(meQuery.queryKey)));
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
