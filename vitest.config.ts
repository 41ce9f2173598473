import { defineConfig } from 'vitest/config';

// Three suites: pure domain (unit), createApp against a temp database (api), built app in Chromium (e2e).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: { name: 'api', include: ['tests/api/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
          // expect.poll waits for a condition; its 1 s default is a hidden timed assertion on a loaded machine
          // (a chart click → URL → parcels request → count took up to 3 s on a throttled CPU).
          expect: { poll: { timeout: 30_000, interval: 100 } },
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
