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
    // maplibre-gl (~1 MB minified) goes in a chunk of its own: cached across app releases.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] } },
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:8787', changeOrigin: false },
    },
  },
});
