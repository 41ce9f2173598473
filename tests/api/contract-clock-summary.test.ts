/**
 * The summary of the contract-only idle-land clocks kept by triggers (migration 013) against three oracles:
 * - literal figures on a hand-made zone (dates on either side of every boundary of 国土资源部令第53号: agreed start
 *   730 / 365 days back, the reference date itself, 180 days ahead; 已出让 past or on its agreed delivery, 第八条);
 * - after random writes to a generated zone (inserts, state, platform, contract dates, area and price edits, new
 *   grants, 交地 / 动工 records, 补充协议 and procedure steps added and removed, retirements, deletes):
 *   the summary tables rebuilt from scratch, the old full count over every parcel (an independent SQL
 *   formulation: day differences with julianday, the clock-records flag recomputed from its definition), and the
 *   domain's clock run on every granted parcel — all equal, figures byte for byte; and the first rows of the
 *   list equal the domain's.
 */

import type { Database } from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  idleLandWatchlist,
  summarizeIdleLand,
  watchlistCandidates,
} from '../../domain/dashboard/idle-land.ts';
import { addDays } from '../../domain/dates.ts';
import { LAND_STATES } from '../../domain/enums.ts';
import { watchlist } from '../../server/dashboard/watchlist.ts';
import { dashboardParcelsWithIds } from '../../server/db/queries/dashboard.ts';
import { type ContractClockTotal, contractClockTotals } from '../../server/db/queries/idle-clock.ts';
import { type NewParcelRow, parcelWriter } from '../../server/db/queries/parcel-writes.ts';
import { freshSummary, keptSummary } from './helpers/contract-clock-summary.ts';
import { seededDb } from './helpers/test-app.ts';

const SQUARE = {
  type: 'Polygon',
  coordinates: [
    [
      [114.4, 23.0],
      [114.401, 23.0],
      [114.401, 23.001],
      [114.4, 23.0],
    ],
  ],
};

/** A parcel row with the contract fields the clock reads; everything else fixed. */
function parcel(
  id: string,
  p: {
    platformId: string;
    state: string;
    start: string | null;
    delivery: string | null;
    mu: number;
    price: number | null;
  },
): NewParcelRow {
  return {
    id,
    code: id.toUpperCase(),
    platformId: p.platformId,
    town: '陈江街道',
    landUse: 'M0',
    areaM2: (p.mu * 10000) / 15,
    areaMu: p.mu,
    plotRatioMax: 2,
    state: p.state,
    stateSince: '2015-01-01',
    expectedReadyDate: null,
    contract: {
      signed: '2015-01-01',
      agreedDelivery: p.delivery,
      agreedStart: p.start,
      agreedCompletion: null,
    },
    landPriceWan: p.price,
    version: 1,
    geometry: SQUARE,
    bbox: [114.4, 23.0, 114.401, 23.001],
  };
}

/**
 * The old full count, formulated independently: every current parcel of the watched states whose clock runs on
 * the contract alone (the flag's definition recomputed here), its status from whole days since the agreed start.
 */
function fullCount(db: Database, refDate: string, platformId: string | null): ContractClockTotal[] {
  return db
    .prepare(
      `SELECT status, count(*) AS count, sum(CAST(area_mu * 1000000 + 0.5 AS INTEGER)) AS areaE6,
         sum(ifnull(CAST(land_price_wan * 0.2 * 1000000 + 0.5 AS INTEGER), 0)) AS feeE6
       FROM (SELECT area_mu, land_price_wan,
           CASE WHEN state = 'transferred' AND contract_agreed_delivery < @ref THEN 'government_delay'
             WHEN julianday(@ref) - julianday(contract_agreed_start) >= 730 THEN 'reclaimable'
             WHEN julianday(@ref) - julianday(contract_agreed_start) >= 365 THEN 'idle'
             WHEN julianday(@ref) - julianday(contract_agreed_start) > 0 THEN 'overdue'
             WHEN julianday(contract_agreed_start) - julianday(@ref) <= 180 THEN 'due_soon' END AS status
         FROM parcels p
         WHERE retired_on IS NULL AND contract_agreed_start IS NOT NULL
           AND state IN ('transferred', 'delivered', 'under_construction')
           AND (@platform IS NULL OR platform_id = @platform)
           AND delivery_actual IS NULL AND started_date IS NULL AND development IS NULL
           AND NOT EXISTS (SELECT 1 FROM contract_amendments a WHERE a.parcel_id = p.id AND a.grant_no = p.grant_no)
           AND NOT EXISTS (SELECT 1 FROM compliance_steps s WHERE s.parcel_id = p.id AND s.grant_no = p.grant_no))
       WHERE status IS NOT NULL GROUP BY status ORDER BY status`,
    )
    .all({ ref: refDate, platform: platformId }) as ContractClockTotal[];
}

const totals = (db: Database, refDate: string, platformId: string | null) =>
  contractClockTotals(db, { states: watchlistCandidates(refDate).states, refDate, platformId }).sort((a, b) =>
    a.status.localeCompare(b.status),
  );

/** The domain's watch list over every granted parcel (any record), read without the flag. */
function domainSummary(db: Database, refDate: string, platformId: string | null) {
  const ids = db
    .prepare(`SELECT id FROM parcels WHERE retired_on IS NULL AND state IN ('transferred', 'delivered',
      'under_construction', 'completed', 'producing')`)
    .pluck()
    .all() as string[];
  const rows = idleLandWatchlist(dashboardParcelsWithIds(db, ids), refDate, platformId);
  return { rows, total: rows.length, summary: summarizeIdleLand(rows) };
}

describe('contract-only clock totals from the summary (migration 013)', () => {
  it('on a hand-made zone: literal counts, areas and fees on each side of every boundary (第八条, 第二条, 第十四条)', () => {
    const z = seededDb();
    try {
      const [a, b] = z.db.prepare('SELECT id FROM platforms ORDER BY id').pluck().all() as [string, string];
      // The fixture's own parcels leave the current map (retired), so only the rows below count.
      z.db.prepare("UPDATE parcels SET retired_on = '2010-01-01', retired_reason = 'split'").run();
      const write = parcelWriter(z.db);
      const add = (id: string, p: Parameters<typeof parcel>[1]) => write(parcel(id, p));
      const on = (
        platformId: string,
        state: string,
        start: string | null,
        delivery: string | null,
        mu: number,
        price: number | null,
      ) => ({ platformId, state, start, delivery, mu, price });
      // Reference date 2020-01-01: reclaimable from a start on or before 2018-01-01 (730 days), idle on or before
      // 2019-01-01 (365), overdue before 2020-01-01, due soon up to 2020-06-29 (180 days ahead, 2020 is leap).
      add('h-a', on(a, 'delivered', '2017-06-01', null, 1.5, 100)); // reclaimable, fee 20
      add('h-b', on(a, 'delivered', '2018-01-01', null, 2.25, null)); // reclaimable (day 730), no price
      add('h-c', on(a, 'under_construction', '2018-01-02', null, 3, 50)); // idle (day 729), fee 10
      add('h-d', on(a, 'delivered', '2019-01-01', null, 0.1, 0.3)); // idle (day 365), fee 0.06
      add('h-e', on(a, 'delivered', '2019-01-02', null, 0.2, 7)); // overdue (day 364)
      add('h-f', on(a, 'transferred', '2020-03-01', '2019-12-31', 4, 10)); // delivery passed: government_delay
      add('h-g', on(a, 'transferred', '2019-06-01', '2020-01-01', 0.5, 5)); // delivery today: not suspended, overdue
      add('h-h', on(a, 'transferred', '2020-01-01', null, 1, null)); // start today: due soon
      add('h-i', on(a, 'delivered', '2020-06-29', null, 2, 0)); // due soon (day -180)
      add('h-j', on(a, 'delivered', '2020-06-30', null, 9, 9)); // not yet on the list (day -181)
      add('h-k', on(a, 'completed', '2016-01-01', null, 9, 9)); // 竣工: off the list
      add('h-l', on(a, 'transferred', null, '2015-01-01', 9, 9)); // no agreed start: no clock
      add('h-m', on(b, 'delivered', '2017-01-01', null, 1.25, 30)); // other platform: reclaimable, fee 6
      add('h-n', on(b, 'transferred', '2021-01-01', '2018-01-01', 0.75, 1)); // other platform: delay, fee 0.2
      add('h-q', on(a, 'transferred', '2019-05-01', '2018-06-01', 0.4, 2)); // delay: most 已出让 suspended
      add('h-o', on(a, 'delivered', '2016-01-01', null, 5, 5)); // has 动工 evidence below: the domain's path
      z.db
        .prepare(
          "UPDATE parcels SET started_date = '2017-01-01', started_evidence = 'piles_done' WHERE id = 'h-o'",
        )
        .run();
      add('h-p', on(a, 'delivered', '2016-01-01', null, 5, 5)); // retired below
      z.db
        .prepare("UPDATE parcels SET retired_on = '2019-01-01', retired_reason = 'merge' WHERE id = 'h-p'")
        .run();

      const e6 = (x: number) => Math.round(x * 1e6);
      expect(totals(z.db, '2020-01-01', null)).toEqual([
        { status: 'due_soon', count: 2, areaE6: e6(3), feeE6: 0 },
        { status: 'government_delay', count: 3, areaE6: e6(5.15), feeE6: e6(2.6) },
        { status: 'idle', count: 2, areaE6: e6(3.1), feeE6: e6(10.06) },
        { status: 'overdue', count: 2, areaE6: e6(0.7), feeE6: e6(2.4) },
        { status: 'reclaimable', count: 3, areaE6: e6(5), feeE6: e6(26) },
      ]);
      expect(totals(z.db, '2020-01-01', b)).toEqual([
        { status: 'government_delay', count: 1, areaE6: e6(0.75), feeE6: e6(0.2) },
        { status: 'reclaimable', count: 1, areaE6: e6(1.25), feeE6: e6(6) },
      ]);
      // The whole watch list adds the parcel with 动工 evidence (started: off the list) — the figures of the API.
      const w = watchlist(z.db, '2020-01-01', null);
      expect(w.total).toBe(12);
      expect(w.summary).toEqual({
        byStatus: { due_soon: 2, overdue: 2, government_delay: 3, idle: 2, partial_idle: 0, reclaimable: 3 },
        feeExposureWan: 36.06,
        feeOwedWan: 0,
        areaMu: 16.95,
      });
      // The list: running clocks by agreed start, then the suspended ones by agreed delivery (most overdue first).
      // Two of three 已出让 are suspended, so the running one is read by its delivery (on the reference day).
      const order = ['h-m', 'h-a', 'h-b', 'h-c', 'h-d', 'h-e', 'h-g', 'h-h', 'h-i', 'h-n', 'h-q', 'h-f'];
      for (const limit of [7, 12])
        expect(watchlist(z.db, '2020-01-01', null, limit).rows.map((r) => r.parcelId)).toEqual(
          order.slice(0, limit),
        );
      expect(keptSummary(z.db)).toEqual(freshSummary(z.db));
    } finally {
      z.cleanup();
    }
  });
});

type Op =
  | {
      kind: 'insert';
      state: number;
      platform: number;
      start: number | null;
      delivery: number | null;
      mu: number;
      price: number | null;
    }
  | { kind: 'set'; target: number; column: number; value: number | null }
  | { kind: 'record'; target: number; which: number; day: number }
  | { kind: 'unrecord'; target: number; which: number }
  | { kind: 'delete'; target: number };

const day = (n: number) => addDays('2012-01-01', n);
const DAYS = 365 * 10;

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    state: fc.nat(LAND_STATES.length - 1),
    platform: fc.nat(1),
    start: fc.option(fc.nat(DAYS), { nil: null }),
    delivery: fc.option(fc.nat(DAYS), { nil: null }),
    mu: fc.double({ min: 0.01, max: 800, noNaN: true }),
    price: fc.option(fc.double({ min: 0, max: 1e5, noNaN: true }), { nil: null }),
  }),
  fc.record({
    kind: fc.constant('set' as const),
    target: fc.nat(),
    column: fc.nat(7),
    value: fc.option(fc.nat(DAYS), { nil: null }),
  }),
  fc.record({ kind: fc.constant('record' as const), target: fc.nat(), which: fc.nat(3), day: fc.nat(DAYS) }),
  fc.record({ kind: fc.constant('unrecord' as const), target: fc.nat(), which: fc.nat(3) }),
  fc.record({ kind: fc.constant('delete' as const), target: fc.nat() }),
);

/** Applies one random write straight to the tables (the triggers are what is under test, not a route). */
function apply(db: Database, platforms: readonly string[], op: Op, serial: { n: number }): void {
  const ids = db.prepare("SELECT id FROM parcels WHERE id LIKE 'g-%' ORDER BY id").pluck().all() as string[];
  const id = ids.length ? ids[(op.kind === 'insert' ? 0 : op.target) % ids.length]! : null;
  if (op.kind === 'insert') {
    const p = parcel(`g-${String(serial.n++).padStart(5, '0')}`, {
      platformId: platforms[op.platform]!,
      state: LAND_STATES[op.state]!,
      start: op.start == null ? null : day(op.start),
      delivery: op.delivery == null ? null : day(op.delivery),
      mu: op.mu,
      price: op.price,
    });
    parcelWriter(db)(p);
    return;
  }
  if (id == null) return;
  if (op.kind === 'set') {
    const v = op.value;
    const sets = [
      ['state = ?', LAND_STATES[(v ?? 4) % LAND_STATES.length]],
      ['platform_id = ?', platforms[(v ?? 0) % 2]],
      ['contract_agreed_start = ?', v == null ? null : day(v)],
      ['contract_agreed_delivery = ?', v == null ? null : day(v)],
      ['area_mu = ?', v == null ? 0.3 : v / 7 + 0.01],
      ['land_price_wan = ?', v == null ? null : v * 1.37],
      ['retired_on = ?, retired_reason = ?', v == null ? null : day(v), v == null ? null : 'split'],
      // A new grant (再次出让): the old grant's 补充协议 and steps no longer count; a state change in the same statement.
      ['grant_no = grant_no + 1, state = ?', LAND_STATES[(v ?? 5) % LAND_STATES.length]],
    ] as const;
    const [sql, ...values] = sets[op.column]!;
    db.prepare(`UPDATE parcels SET ${sql} WHERE id = ?`).run(...values, id);
  } else if (op.kind === 'record') {
    const d = day(op.day);
    const writes = [
      ['UPDATE parcels SET delivery_actual = ?, state = ? WHERE id = ?', d, 'delivered', id],
      ["UPDATE parcels SET started_date = ?, started_evidence = 'piles_done' WHERE id = ?", d, id],
      [
        `INSERT INTO contract_amendments (parcel_id, grant_no, date, agreed_start, reason, document_no)
        SELECT id, grant_no, ?, ?, '延期', '补〔2018〕1号' FROM parcels WHERE id = ?`,
        d,
        addDays(d, 200),
        id,
      ],
      [
        `INSERT INTO compliance_steps (parcel_id, grant_no, step, date)
        SELECT id, grant_no, 'investigated', ? FROM parcels WHERE id = ?`,
        d,
        id,
      ],
    ] as const;
    const [sql, ...values] = writes[op.which]!;
    db.prepare(sql).run(...values);
  } else if (op.kind === 'unrecord') {
    const sql = [
      'UPDATE parcels SET delivery_actual = NULL WHERE id = ?',
      'UPDATE parcels SET started_date = NULL, started_evidence = NULL WHERE id = ?',
      'DELETE FROM contract_amendments WHERE id = (SELECT max(id) FROM contract_amendments WHERE parcel_id = ?)',
      'DELETE FROM compliance_steps WHERE id = (SELECT max(id) FROM compliance_steps WHERE parcel_id = ?)',
    ][op.which]!;
    db.prepare(sql).run(id);
  } else {
    db.prepare('DELETE FROM contract_amendments WHERE parcel_id = ?').run(id);
    db.prepare('DELETE FROM compliance_steps WHERE parcel_id = ?').run(id);
    db.prepare('DELETE FROM parcel_rtree WHERE rid = (SELECT rid FROM parcels WHERE id = ?)').run(id);
    db.prepare('DELETE FROM parcels WHERE id = ?').run(id);
  }
}

describe('after random writes to a generated zone', () => {
  const z = seededDb();
  afterAll(() => z.cleanup());
  const platforms = z.db.prepare('SELECT id FROM platforms ORDER BY id').pluck().all() as string[];
  const serial = { n: 0 };

  it('the summary equals its rebuild, the old full count and the domain clock on every parcel', () => {
    fc.assert(
      fc.property(
        fc.array(opArb, { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(DAYS), { minLength: 1, maxLength: 3 }),
        (ops, refDays) => {
          z.db.exec('SAVEPOINT writes');
          try {
            for (let i = 0; i < 30; i++)
              apply(
                z.db,
                platforms,
                {
                  kind: 'insert',
                  state: (i * 5) % 9,
                  platform: i % 2,
                  start: (i * 397) % DAYS,
                  delivery: (i * 211) % DAYS,
                  mu: 1 + i / 3,
                  price: i % 4 ? i * 11.1 : null,
                },
                serial,
              );
            for (const op of ops) z.db.transaction(() => apply(z.db, platforms, op, serial))();
            // A recorded edit bumps the data version (the watch list keeps answers per version); these writes
            // are rolled back after each run, so each run takes a version of its own.
            z.db
              .prepare(`INSERT INTO meta (key, value) VALUES ('revision', ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value`)
              .run(String(1000 + serial.n));
            expect(keptSummary(z.db)).toEqual(freshSummary(z.db));
            for (const d of refDays) {
              const refDate = day(d);
              for (const platformId of [null, ...platforms]) {
                expect(totals(z.db, refDate, platformId)).toEqual(fullCount(z.db, refDate, platformId));
                const want = domainSummary(z.db, refDate, platformId);
                const got = watchlist(z.db, refDate, platformId);
                expect(got.total).toBe(want.total);
                expect(JSON.stringify(got.summary)).toBe(JSON.stringify(want.summary));
                // The most urgent rows (read by index walks that stop at the limit) are the domain's first rows.
                const limit = 1 + (d % 25);
                expect(watchlist(z.db, refDate, platformId, limit).rows).toEqual(want.rows.slice(0, limit));
              }
            }
          } finally {
            z.db.exec('ROLLBACK TO writes; RELEASE writes');
          }
        },
      ),
      { numRuns: 60, seed: 13 },
    );
  });
});
