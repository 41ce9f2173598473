/**
 * Optimistic concurrency under a race: 50 writes of the same parcel with the same version, sent at once
 * over real TCP; exactly one may succeed (200), the other 49 must be 409 `version_conflict`, and the file
 * must hold exactly one new event with the version moved by one. 5 rounds on different parcels.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Baseline, checkConsistency, copyOf, scratchDir, seedTemplate } from './helpers/databases.ts';
import { type ServerProcess, startServerProcess } from './helpers/server-process.ts';
import { cyclableParcels, cycleParcel, readParcel, signInWriter } from './helpers/writes.ts';

const ROUNDS = 5;
const RACERS = 50;

const scratch = scratchDir('zk-rel-race-');
let template: { path: string; baseline: Baseline };
let dbPath: string;
let server: ServerProcess;
beforeAll(async () => {
  template = await seedTemplate(scratch.dir);
  dbPath = copyOf(template.path, scratch.dir, 'race.sqlite');
  server = await startServerProcess({ DB_PATH: dbPath, JOB_THREADS: '1' });
  await signInWriter(server.url);
});
afterAll(async () => {
  await server?.stop('SIGTERM');
  scratch.cleanup();
});

describe(`${RACERS} concurrent writes with the same version`, () => {
  it(`exactly one succeeds, ${ROUNDS} rounds`, async () => {
    const ids = await cyclableParcels(server.url);
    for (let round = 0; round < ROUNDS; round++) {
      const p = await readParcel(server.url, ids[round]!);
      const outcomes = await Promise.all(
        Array.from({ length: RACERS }, (_, i) => cycleParcel(server.url, p, `rel:race-${round}-${i}`)),
      );
      const statuses = outcomes.map((o) => o.status);
      expect(
        statuses.filter((s) => s === 200),
        `round ${round}`,
      ).toHaveLength(1);
      expect(
        statuses.filter((s) => s === 409),
        `round ${round}`,
      ).toHaveLength(RACERS - 1);
      const after = await readParcel(server.url, p.id);
      expect(after.version).toBe(p.version + 1);
      const c = checkConsistency(dbPath, template.baseline);
      expect(c.mismatched).toEqual([]);
      const winners = outcomes.filter((o) => o.status === 200).map((o) => o.note);
      expect([...c.notes].filter((n) => n.startsWith(`rel:race-${round}-`))).toEqual(winners);
    }
    console.log(`races: ${ROUNDS} rounds × ${RACERS} same-version writes → exactly 1 success each`);
  });
});
