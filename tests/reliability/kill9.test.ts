/**
 * kill -9 during mixed writes: 20 rounds of starting the real server on the same database file, sending
 * concurrent writes (valid changes, stale versions that must be refused, refused moves) and reads, and
 * killing the process with SIGKILL at a random moment. After every round the file must pass
 * integrity_check, hold every write the server acknowledged (200), and have no version without its event.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Baseline, checkConsistency, copyOf, scratchDir, seedTemplate } from './helpers/databases.ts';
import { mulberry32 } from './helpers/random.ts';
import { startServerProcess } from './helpers/server-process.ts';
import {
  beijingToday,
  cyclableParcels,
  cycleParcel,
  type ParcelState,
  postTransition,
  readParcel,
  signInWriter,
} from './helpers/writes.ts';

const ROUNDS = 20;
const WRITERS = 6;
/** Each round writes for a random 150–650 ms before the kill. */
const KILL_AFTER_MS = [150, 650] as const;
const SEED = 0x5eed16;

const scratch = scratchDir('zk-rel-kill9-');
let template: { path: string; baseline: Baseline };
beforeAll(async () => {
  template = await seedTemplate(scratch.dir);
});
afterAll(() => scratch.cleanup());

/** One writer: cycles random parcels until `stop`; returns the notes of acknowledged writes. */
async function writer(
  url: string,
  ids: readonly string[],
  rand: () => number,
  tag: string,
  stop: AbortSignal,
): Promise<{ acked: string[]; refused: number }> {
  const acked: string[] = [];
  let refused = 0;
  for (let n = 0; !stop.aborted && n < 10_000; n++) {
    try {
      const id = ids[Math.floor(rand() * ids.length)]!;
      const p: ParcelState = await readParcel(url, id);
      const kind = rand();
      const note = `rel:${tag}-${n}`;
      // 80 % valid changes, 10 % stale versions (409), 10 % a move the state machine refuses (422).
      const out =
        kind < 0.8
          ? await cycleParcel(url, p, note, p.version, stop)
          : kind < 0.9
            ? await cycleParcel(url, p, note, p.version + 1, stop)
            : await postTransition(
                url,
                id,
                { to: 'producing', date: beijingToday(), note, version: p.version },
                stop,
              );
      if (out.status === 200) acked.push(note);
      else if (out.status === 409 || out.status === 422) refused++;
      else if (out.status >= 500) throw new Error(`HTTP ${out.status} for a write`);
    } catch {
      // The kill cuts requests mid-flight: an unanswered write is not acknowledged, whatever became of it.
      if (stop.aborted) break;
    }
  }
  return { acked, refused };
}

describe('kill -9 during mixed writes', () => {
  it(`${ROUNDS} rounds: integrity ok, no acknowledged write lost, no version without its event`, async () => {
    const rand = mulberry32(SEED);
    const dbPath = copyOf(template.path, scratch.dir, 'kill9.sqlite');
    const acked: string[] = [];
    let refused = 0;
    let maxEdits = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const server = await startServerProcess({ DB_PATH: dbPath, JOB_THREADS: '1' });
      await signInWriter(server.url);
      const ids = (await cyclableParcels(server.url)).slice(0, 40);
      const stop = new AbortController();
      const work = Array.from({ length: WRITERS }, (_, w) =>
        writer(server.url, ids, rand, `${round}-${w}`, stop.signal),
      );
      await new Promise((r) =>
        setTimeout(r, KILL_AFTER_MS[0] + rand() * (KILL_AFTER_MS[1] - KILL_AFTER_MS[0])),
      );
      process.kill(server.pid, 'SIGKILL');
      await server.exited;
      stop.abort();
      for (const r of await Promise.all(work)) {
        acked.push(...r.acked);
        refused += r.refused;
      }
      const c = checkConsistency(dbPath, template.baseline);
      expect(c.integrity, `round ${round}`).toBe('ok');
      expect(c.foreignKeyViolations, `round ${round}`).toBe(0);
      expect(c.mismatched, `round ${round}: versions without their events`).toEqual([]);
      expect(c.revision, `round ${round}: meta.revision counts the edits`).toBe(c.edits);
      const lost = acked.filter((note) => !c.notes.has(note));
      expect(lost, `round ${round}: acknowledged writes lost`).toEqual([]);
      maxEdits = c.edits;
    }
    console.log(
      `kill -9: ${ROUNDS} rounds, ${acked.length} acknowledged writes (all present), ${refused} refused as expected, ` +
        `${maxEdits} edits in the file, integrity ok every round`,
    );
    expect(acked.length).toBeGreaterThan(ROUNDS);
  });
});
