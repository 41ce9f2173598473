/**
 * The dependency rules of docs/architecture.md are lint rules (biome.json, `noRestrictedImports` per
 * folder), and `npm test` runs `biome check .`. This test proves the rules bite: it plants one import per
 * case at the same repository path in a temporary copy (the repository's own biome.json, nothing else), lints
 * it with the project's Biome, and expects a diagnostic exactly for the forbidden ones — so a rule that is
 * deleted, mistyped or too broad fails here. The copy keeps the source tree untouched (npm start rebuilds
 * when the content of client/, domain/ or server/ changes: scripts/build-stamp.mjs).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BIOME = join(ROOT, 'node_modules/.bin/biome');

/** [repository path of the planted file, its import, whether the rules forbid it]. */
const CASES: ReadonlyArray<readonly [string, string, boolean]> = [
  ['domain/p01.ts', "import { createApp } from '../server/app.ts';", true],
  ['domain/land-balance/p02.ts', "import { api } from '../../client/api/client.ts';", true],
  ['domain/p03.ts', "import { readFileSync } from 'node:fs';", true],
  ['domain/p04.ts', "import { useState } from 'react';", true],
  ['domain/p05.ts', "import { Map } from 'maplibre-gl';", true],
  ['domain/p06.ts', "import { Hono } from 'hono';", true],
  ['domain/p07.ts', "import Database from 'better-sqlite3';", true],
  ['domain/p08.ts', "import highsLoader from 'highs';", true],
  ['domain/p09.ts', "import type { Highs } from 'highs';", false],
  ['domain/p10.ts', "import { z } from 'zod';", false],
  ['domain/p11.ts', "import { addDays } from './dates.ts';", false],
  ['server/routes/p12.ts', "import { parcelRoutes } from './parcels.ts';", true],
  ['server/routes/p13.ts', "import { dashboardRoutes } from './dashboard.ts';", true],
  ['server/routes/p14.ts', "import { valid } from './validate.ts';", false],
  ['server/routes/p15.ts', "import type { AppDeps } from './deps.ts';", false],
  ['server/routes/p16.ts', "import { ParcelQuery } from './queries.ts';", false],
  ['server/routes/p17.ts', "import { parcelDetail } from '../read-models/parcel-detail.ts';", false],
  ['client/api/p18.ts', "import type { AppType } from '../../server/app.ts';", false],
  ['client/api/p19.ts', "import { createApp } from '../../server/app.ts';", true],
  ['client/features/p20.ts', "import type { AppDeps } from '../../server/routes/deps.ts';", true],
  ['client/map/p21.ts', "import { createApp } from '../../server/app.ts';", true],
  ['client/map/p22.ts', "import { addDays } from '../../domain/dates.ts';", false],
  ['client/map/p23.ts', "import { useHighlight } from '../features/dashboard/highlight-store.ts';", true],
  ['client/map/p25.ts', "import { parseUrlState } from '../state/url-state.ts';", false],
  ['client/map/p24.ts', "import type { AppType } from '../../server/app.ts';", false],
];

let dir = '';
let flagged = new Set<string>();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zk-lint-'));
  copyFileSync(join(ROOT, 'biome.json'), join(dir, 'biome.json'));
  for (const [path, source] of CASES) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), `${source}\n\nexport const probe = 1;\n`);
  }
  let out: string;
  try {
    out = execFileSync(BIOME, ['lint', '--vcs-enabled=false', '--reporter=json', '.'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    // Biome exits 1 when it reports an error; the JSON report is on stdout either way.
    out = (e as { stdout: string }).stdout;
  }
  const report = JSON.parse(out) as {
    diagnostics: Array<{ category: string; location: { path: string } }>;
  };
  flagged = new Set(
    report.diagnostics
      .filter((d) => d.category === 'lint/style/noRestrictedImports')
      .map((d) => d.location.path),
  );
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('dependency rules (biome.json noRestrictedImports)', () => {
  for (const [path, source, forbidden] of CASES) {
    it(`${forbidden ? 'rejects' : 'allows'} in ${path}: ${source}`, () => {
      expect(flagged.has(path)).toBe(forbidden);
    });
  }
});
