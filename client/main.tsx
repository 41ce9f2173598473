/// <reference types="vite/client" />
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { meQuery } from './api/auth.ts';
import { prefetchMapData } from './api/hooks.ts';
import { initI18n, loadLanguage } from './i18n/index.ts';
import { getAppState } from './state/app-store.ts';
import './styles.css';

const lang = getAppState().lang;
initI18n(lang);

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false, retry: 1 } },
});

// Who is signed in decides what the app shows: asked at once, before React's first render.
void queryClient.prefetchQuery(meQuery);
prefetchMapData(queryClient);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// An English link first loads the English strings (a small chunk), so the first frame is in one language.
void loadLanguage(lang).then(() =>
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  ),
);
