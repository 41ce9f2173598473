import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The client is the Vite root (docs/architecture.md, Parts); the build lands in dist/ at the repo root, which the server serves.
// In development /api is proxied to the Hono server; the server's dev script may override `server.proxy`
// through Vite's JS API (inline config) — this file reads no environment variables (only server/env.ts does).
export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    // The app shell (entry, main.tsx and the chunks they import) stays under 400 kB (130 kB gzip), checked by
    // tests/e2e/bundle-budget.test.ts; the map and the charts load lazily (client/boot.ts, App.tsx,
    // client/charts/EChart.tsx). Libraries go in chunks of their own,
    // cached across app releases. maplibre-gl is one library of 1,067 kB minified that cannot be split, so the
    // warning limit sits just above it (Vite's default is 500 kB); every other chunk is far below.
    chunkSizeWarningLimit: 1070,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Not the worker's `?url` module (a string the shell imports to fetch the worker early): in this group
            // it would make the shell import, and preload, the whole maplibre chunk.
            {
              name: 'maplibre',
              test: /node_modules[\\/]maplibre-gl[\\/](?!dist[\\/]maplibre-gl-worker\.mjs\?url)/,
            },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/ },
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|@tanstack|i18next|react-i18next|hono)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:8787', changeOrigin: false },
    },
  },
});
