/**
 * Golden tests (as in turf): each `tests/fixtures/land-balance/in/<name>.json` runs through
 * computeLandBalance and matchProjects, and the result must equal `out/<name>.json`. A missing expected file
 * fails the test (a snapshot written on the first run could never fail); `REGEN=1` writes or rewrites the
 * expected files — review the diff before committing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeLandBalance, matchProjects } from '../../../../domain/land-balance/index.ts';
import { solverContext } from '../../../../server/land-balance/solver.ts';
import { loadFixture } from './fixture.ts';

const dir = new URL('../../../fixtures/land-balance/', import.meta.url);
const names = readdirSync(new URL('in/', dir))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));

describe('land-balance goldens', () => {
  for (const name of names) {
    it(name, async () => {
      const { input } = loadFixture(name);
      const balance = computeLandBalance(input);
      const match = matchProjects(input, await solverContext());
      // Timing is not part of the answer.
      const actual = JSON.parse(
        JSON.stringify({ balance, match: { ...match, solver: { ...match.solver, timeMs: 0 } } }),
      );
      const out = new URL(`out/${name}.json`, dir);
      if (process.env.REGEN === '1') {
        mkdirSync(new URL('out/', dir), { recursive: true });
        writeFileSync(out, `${JSON.stringify(actual, null, 1)}\n`);
      }
      if (!existsSync(out)) {
        throw new Error(
          `missing expected file out/${name}.json: run REGEN=1 npx vitest run tests/unit/domain/land-balance/golden.test.ts`,
        );
      }
      expect(actual).toEqual(JSON.parse(readFileSync(out, 'utf8')));
    });
  }
});
