import { defineConfig } from 'vitest/config';

// Four suites: pure domain (unit), createApp against a temp database (api), real server processes under
// failure and load (reliability), built app in Chromium (e2e).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: { name: 'api', include: ['tests/api/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        // Real server processes on loopback: kill -9, races, fuzz, load, backups (issue 16). One file at a time
        // so the timing figures are not skewed by another file's load.
        test: {
          name: 'reliability',
          include: ['tests/reliability/**/*.test.ts'],
          environment: 'node',
          testTimeout: 240_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
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
