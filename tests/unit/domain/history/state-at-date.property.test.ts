/**
 * Property: after any sequence of edits (state changes, splits, merges, retirements, 更正 of a parcel's latest
 * state change), the state of the ledger on day D read from the stored history (`parcelStateAt` over each
 * parcel's events not voided by a correction — what landEventsByParcel reads — and lineage dates) equals the
 * ledger obtained by replaying only the edits dated on or before D and reading its current states, where a
 * corrected state change and its correction are left out of the replay altogether: a 更正 says the change never
 * happened, so it is void on every date (domain/history/transition-correction.ts).
 * The ledger below is the test's own model of what the server stores (events kept with a voided mark,
 * created/retired dates); the replay is the oracle.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareIso } from '../../../../domain/dates.ts';
import { LAND_STATES, type LandState } from '../../../../domain/enums.ts';
import { parcelStateAt } from '../../../../domain/history/parcel-state-at.ts';
import { propertyRuns } from '../../../fixtures/property-runs.ts';

type Op =
  | { kind: 'seed'; id: string; to: LandState; date: string }
  | { kind: 'transition'; id: string; to: LandState; date: string }
  | { kind: 'split'; id: string; into: string[]; date: string }
  | { kind: 'merge'; ids: string[]; into: string; date: string }
  | { kind: 'retire'; id: string; date: string }
  | { kind: 'correct'; id: string; of: Op; date: string };

interface Row {
  createdOn: string | null;
  retiredOn: string | null;
  events: { to: LandState; date: string; op?: Op; voided?: boolean }[];
}

/** The stored ledger: what the database keeps for every parcel, live or retired. */
class Ledger {
  rows = new Map<string, Row>();
  current = new Map<string, LandState>();
  apply(op: Op): void {
    const retire = (id: string) => {
      this.rows.get(id)!.retiredOn = op.date;
      this.current.delete(id);
    };
    const create = (id: string, to: LandState) => {
      this.rows.set(id, { createdOn: op.date, retiredOn: null, events: [{ to, date: op.date }] });
      this.current.set(id, to);
    };
    if (op.kind === 'seed') {
      this.rows.set(op.id, { createdOn: null, retiredOn: null, events: [{ to: op.to, date: op.date }] });
      this.current.set(op.id, op.to);
    } else if (op.kind === 'transition') {
      this.rows.get(op.id)!.events.push({ to: op.to, date: op.date, op });
      this.current.set(op.id, op.to);
    } else if (op.kind === 'correct') {
      // The event stays, marked void; the parcel goes back to its last state not voided.
      const events = this.rows.get(op.id)!.events;
      events.find((e) => e.op === op.of)!.voided = true;
      this.current.set(op.id, events.filter((e) => !e.voided).at(-1)!.to);
    } else if (op.kind === 'split') {
      const s = this.current.get(op.id)!;
      retire(op.id);
      for (const c of op.into) create(c, s);
    } else if (op.kind === 'merge') {
      const s = this.current.get(op.ids[0]!)!;
      for (const id of op.ids) retire(id);
      create(op.into, s);
    } else retire(op.id);
  }
}

/** Raw choices drawn by fast-check, interpreted against the live parcels. */
const rawOp = fc.record({
  kind: fc.constantFrom('transition', 'transition', 'correct', 'split', 'merge', 'retire'),
  pick: fc.nat(),
  pick2: fc.nat(),
  parts: fc.integer({ min: 2, max: 3 }),
  to: fc.constantFrom(...LAND_STATES),
  // Same-day edits are where ordering bugs hide: draw 0 often.
  gap: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 400 })),
});

type RawOp = typeof rawOp extends fc.Arbitrary<infer T> ? T : never;

/** Turns raw choices into dated edits: each edit is dated on or after the last edit of the parcels it touches. */
function buildLog(seeds: { to: LandState; offset: number }[], raws: RawOp[]): Op[] {
  const base = '2014-01-01';
  const log: Op[] = [];
  const last = new Map<string, string>();
  // A parcel's latest state change while nothing else was written on it (the only one a 更正 may void), and
  // the date of the parcel's previous write (the date its state goes back to).
  const correctable = new Map<string, { op: Op; dateBefore: string }>();
  const live: string[] = [];
  let next = 0;
  for (const s of seeds) {
    const id = `p${next++}`;
    const date = addDays(base, s.offset);
    log.push({ kind: 'seed', id, to: s.to, date });
    last.set(id, date);
    live.push(id);
  }
  const after = (ids: string[], gap: number) =>
    addDays(
      ids
        .map((i) => last.get(i)!)
        .sort(compareIso)
        .at(-1)!,
      gap,
    );
  for (const r of raws) {
    if (live.length === 0) break;
    const id = live[r.pick % live.length]!;
    if (r.kind === 'transition') {
      const date = after([id], r.gap);
      const op: Op = { kind: 'transition', id, to: r.to, date };
      log.push(op);
      correctable.set(id, { op, dateBefore: last.get(id)! });
      last.set(id, date);
      continue;
    }
    if (r.kind === 'correct') {
      const c = correctable.get(id);
      if (!c) continue;
      log.push({ kind: 'correct', id, of: c.op, date: after([id], r.gap) });
      correctable.delete(id);
      last.set(id, c.dateBefore);
      continue;
    }
    const other = live[r.pick2 % live.length]!;
    const ids = r.kind === 'merge' && other !== id ? [id, other] : [id];
    if (r.kind === 'merge' && ids.length < 2) continue;
    const date = after(ids, r.gap);
    for (const i of ids) live.splice(live.indexOf(i), 1);
    if (r.kind === 'retire') log.push({ kind: 'retire', id, date });
    else {
      const into = Array.from({ length: r.kind === 'split' ? r.parts : 1 }, () => `p${next++}`);
      for (const c of into) {
        live.push(c);
        last.set(c, date);
      }
      log.push(
        r.kind === 'split' ? { kind: 'split', id, into, date } : { kind: 'merge', ids, into: into[0]!, date },
      );
    }
  }
  return log;
}

describe('state at a date equals the replay of the edits up to that date', () => {
  it('holds for any sequence of edits and any date', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ to: fc.constantFrom(...LAND_STATES), offset: fc.integer({ min: 0, max: 900 }) }),
          {
            minLength: 1,
            maxLength: 5,
          },
        ),
        fc.array(rawOp, { maxLength: 40 }),
        // D anywhere, or on / next to the date of one of the edits (the boundary days matter most).
        fc.oneof(
          fc.record({ offset: fc.integer({ min: -30, max: 6000 }), near: fc.constant(null) }),
          fc.record({ offset: fc.integer({ min: -1, max: 1 }), near: fc.nat() }),
        ),
        (seeds, raws, when) => {
          const log = buildLog(seeds, raws);
          const D =
            when.near === null
              ? addDays('2014-01-01', when.offset)
              : addDays(log[when.near % log.length]!.date, when.offset);
          const full = new Ledger();
          for (const op of log) full.apply(op);
          const voided = new Set(log.flatMap((op) => (op.kind === 'correct' ? [op.of] : [])));
          const replay = new Ledger();
          for (const op of log) {
            if (op.kind === 'correct' || voided.has(op)) continue;
            if (compareIso(op.date, D) <= 0) replay.apply(op);
          }
          const read = new Map<string, LandState | null>();
          for (const [id, row] of full.rows) {
            const s = parcelStateAt({ ...row, events: row.events.filter((e) => !e.voided) }, D);
            if (s.exists) read.set(id, s.state);
          }
          expect(Object.fromEntries(read)).toEqual(Object.fromEntries(replay.current));
        },
      ),
      { numRuns: propertyRuns(500) },
    );
  });
});
