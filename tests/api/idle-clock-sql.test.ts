/**
 * The idle-land watch list computed in SQL for contract-only parcels (migration 008, server/db/queries/idle-clock.ts)
 * against the oracle: the domain's own watch list (domain/dashboard/idle-land.ts, 国土资源部令第53号) evaluated on
 * every granted parcel of the sample, read without the clock_records flag. Random reference dates, platforms and
 * limits (fast-check), with random parcels stripped of their records so the SQL path covers every state; a
 * literal check on the sample; and writes (state change, 补充协议, procedure step, import) followed by the
 * overview and the list, which must equal a fresh recomputation.
 */

import type { Database } from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type IdleLandSummary,
  idleLandWatchlist,
  summarizeIdleLand,
} from '../../domain/dashboard/idle-land.ts';
import { addDays } from '../../domain/dates.ts';
import { watchlist } from '../../server/dashboard/watchlist.ts';
import { dashboardParcelsWithIds } from '../../server/db/queries/dashboard.ts';
import { addUser, as, signIn } from './helpers/auth.ts';
import { freshSummary, keptSummary } from './helpers/contract-clock-summary.ts';
import { importForm, importZoneApp } from './helpers/import-zone.ts';
import { REAL_GEODATA, testApp } from './helpers/test-app.ts';

const real = testApp({ geodataDir: REAL_GEODATA });
afterAll(() => real.cleanup());

/** Every granted parcel (any record, any start), read without the flag, evaluated by the domain alone. */
function oracle(db: Database, refDate: string, platformId: string | null) {
  const ids = db
    .prepare(
      `SELECT id FROM parcels WHERE retired_on IS NULL
       AND state IN ('transferred', 'delivered', 'under_construction', 'completed', 'producing')`,
    )
    .pluck()
    .all() as string[];
  const rows = idleLandWatchlist(dashboardParcelsWithIds(db, ids), refDate, platformId);
  return { rows, summary: summarizeIdleLand(rows) };
}

/** The flag as migration 008 defines it, recomputed from scratch for every parcel. */
const freshFlags = (db: Database) =>
  db
    .prepare(
      `SELECT id, (delivery_actual IS NOT NULL OR started_date IS NOT NULL OR development IS NOT NULL
         OR EXISTS (SELECT 1 FROM contract_amendments a WHERE a.parcel_id = p.id AND a.grant_no = p.grant_no)
         OR EXISTS (SELECT 1 FROM compliance_steps s WHERE s.parcel_id = p.id AND s.grant_no = p.grant_no)) AS f
       FROM parcels p ORDER BY id`,
    )
    .all();
const keptFlags = (db: Database) =>
  db.prepare('SELECT id, clock_records AS f FROM parcels ORDER BY id').all();

/** Byte for byte: totals are sums of whole millionths (domain/dashboard/idle-land-tally.ts), whatever the path. */
function expectSummary(a: IdleLandSummary, b: IdleLandSummary) {
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
}

describe('contract-only clocks in SQL equal the domain on every parcel', () => {
  const platforms = real.db.prepare('SELECT id FROM platforms').pluck().all() as string[];
  const granted = real.db
    .prepare(`SELECT id FROM parcels WHERE state IN ('transferred', 'delivered', 'under_construction')`)
    .pluck()
    .all() as string[];

  it('for random dates, platforms, limits and parcels stripped of their records', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 8 }),
        fc.option(fc.constantFrom(...platforms), { nil: null }),
        fc.integer({ min: 1, max: 400 }),
        fc.subarray(granted, { maxLength: 60 }),
        (day, platformId, limit, stripped) => {
          const refDate = addDays('2014-06-01', day);
          real.db.exec('SAVEPOINT strip');
          try {
            const strip = real.db.prepare(
              `UPDATE parcels SET delivery_actual = NULL, started_date = NULL, started_evidence = NULL,
                 development = NULL, grant_no = grant_no + 100 WHERE id = ?`,
            );
            for (const id of stripped) strip.run(id);
            expect(keptFlags(real.db)).toEqual(freshFlags(real.db));
            const want = oracle(real.db, refDate, platformId);
            const got = watchlist(real.db, refDate, platformId, limit);
            expect(got.total).toBe(want.rows.length);
            expect(got.rows).toEqual(want.rows.slice(0, limit));
            expectSummary(got.summary, want.summary);
          } finally {
            real.db.exec('ROLLBACK TO strip; RELEASE strip');
          }
        },
      ),
      { numRuns: 40, seed: 18 },
    );
  });

  it('on the sample at 2018-03-09 (literal figures)', async () => {
    const body = (await (await real.app.request('/api/idle-land?refDate=2018-03-09')).json()) as {
      total: number;
      summary: IdleLandSummary;
    };
    expect(body.total).toBe(LITERAL.total);
    expect(body.summary.byStatus).toEqual(LITERAL.byStatus);
    expect(body.summary.feeExposureWan).toBeCloseTo(LITERAL.feeExposureWan, 2);
    expect(body.summary.feeOwedWan).toBeCloseTo(LITERAL.feeOwedWan, 2);
    expect(body.summary.areaMu).toBeCloseTo(LITERAL.areaMu, 2);
  });
});

describe('writes keep the flag and the figures current', () => {
  type Overview = { idleLand: IdleLandSummary; charts: { landByState: unknown } };
  const check = async (app: typeof real.app, db: Database, refDate = '2018-03-09') => {
    expect(keptFlags(db)).toEqual(freshFlags(db));
    expect(keptSummary(db)).toEqual(freshSummary(db));
    const want = oracle(db, refDate, null);
    const list = (await (await app.request(`/api/idle-land?refDate=${refDate}&limit=10000`)).json()) as {
      items: { parcelId: string; status: string }[];
      total: number;
    };
    expect(list.total).toBe(want.rows.length);
    expect(list.items.map((r) => [r.parcelId, r.status])).toEqual(
      want.rows.map((r) => [r.parcelId, r.status]),
    );
    const overview = (await (await app.request(`/api/dashboard?refDate=${refDate}`)).json()) as Overview;
    expectSummary(overview.idleLand, want.summary);
  };

  it('after a state change, a 补充协议 and a procedure step', async () => {
    await addUser(real.db, { login: 'li', role: 'editor' });
    const editor = as(real.app, await signIn(real.app, 'li'));
    const contractOnly = real.db
      .prepare(
        `SELECT id, version FROM parcels WHERE clock_records = 0 AND state = 'transferred'
         AND contract_agreed_start IS NOT NULL ORDER BY code LIMIT 3`,
      )
      .all() as { id: string; version: number }[];
    expect(contractOnly).toHaveLength(3);
    await check(real.app, real.db);
    const [a, b, c] = contractOnly as [
      (typeof contractOnly)[0],
      (typeof contractOnly)[0],
      (typeof contractOnly)[0],
    ];
    const moved = await editor(`/api/parcels/${a.id}/transitions`, {
      method: 'POST',
      json: { to: 'delivered', date: '2018-03-01', version: a.version },
    });
    expect(moved.status, await moved.clone().text()).toBe(200);
    await check(real.app, real.db);
    const amended = await editor(`/api/parcels/${b.id}/amendments`, {
      method: 'POST',
      json: {
        date: '2018-03-01',
        agreedStart: '2018-12-01',
        reason: '配套道路未建成，经协商延期动工',
        documentNo: '惠仲国土补〔2018〕9号',
        version: b.version,
      },
    });
    expect(amended.status, await amended.clone().text()).toBe(200);
    await check(real.app, real.db);
    // A permit (在建) leaves the clock on the contract; 动工 proven (第三十条) is a record.
    for (const [i, to] of (['delivered', 'under_construction'] as const).entries()) {
      const permit = await editor(`/api/parcels/${c.id}/transitions`, {
        method: 'POST',
        json: { to, date: '2018-03-02', version: c.version + i },
      });
      expect(permit.status, await permit.clone().text()).toBe(200);
    }
    await check(real.app, real.db);
    const started = await editor(`/api/parcels/${c.id}/compliance`, {
      method: 'POST',
      json: { step: 'start_verified', date: '2018-03-05', evidence: 'piles_done', version: c.version + 2 },
    });
    expect(started.status, await started.clone().text()).toBe(200);
    await check(real.app, real.db);
  });

  it('after an import commit', async () => {
    const t = importZoneApp();
    try {
      await addUser(t.db, { login: 'editor', role: 'editor' });
      const editor = as(t.app, await signIn(t.app, 'editor'));
      const dry = await editor('/api/imports', {
        method: 'POST',
        form: importForm('guotu-200-broken.txt', { mapping: { defaults: { plotRatioMax: 2 } } }),
      });
      expect(dry.status).toBe(201);
      const { id } = (await dry.json()) as { id: string };
      const done = await editor(`/api/imports/${id}/commit`, {
        method: 'POST',
        json: { mode: 'upsert', exclude: [57, 143] },
      });
      expect(done.status, await done.clone().text()).toBe(200);
      await check(t.app, t.db);
    } finally {
      t.cleanup();
    }
  });
});

/** The sample's watch list on 2018-03-09 as the app answered before migration 008 (every parcel through the domain). */
const LITERAL = {
  total: 38,
  byStatus: { due_soon: 17, overdue: 7, government_delay: 3, idle: 4, partial_idle: 4, reclaimable: 3 },
  feeExposureWan: 3851.56,
  feeOwedWan: 979.1,
  areaMu: 2516.622753,
};
