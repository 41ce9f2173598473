/**
 * The parcels matching reads (server/db/queries/land-balance.ts, `matchSupplyParcels`: the supply rules as a
 * SQL WHERE) against the oracle the matching used before: the pure domain filter (`parcelSupply`,
 * domain/land-balance/supply.ts) applied to every parcel in a supply state. Under random reference dates,
 * horizons and the reserve toggle, the SQL set is exactly the parcels `parcelSupply` turns into items, in the
 * same order (id), each with the same record and geometry — on the 1,534-parcel sample, on a copy varied so
 * every branch of the rules has parcels (reserve land without an expected ready date, held ready/listed land,
 * retired parcels), and on a generated 3,000-parcel zone (tests/bench/support/synthetic-zone.ts, its reserve
 * land given expected ready dates and some of its available land a holder).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parcelSupply, parcelSupplyFilter, parseOptions } from '../../domain/land-balance/index.ts';
import { openDatabase } from '../../server/db/open.ts';
import { matchSupplyParcels, supplyParcels } from '../../server/db/queries/land-balance.ts';
import { seedDataset } from '../../server/seed/seed-database.ts';
import { syntheticZone } from '../bench/support/synthetic-zone.ts';
import { REAL_GEODATA, seededDb, tempDir } from './helpers/test-app.ts';

const sample = seededDb(REAL_GEODATA);
const varied = seededDb(REAL_GEODATA);
const zoneDir = tempDir('zk-match-zone-');
const zone = openDatabase(`${zoneDir.dir}/zone.sqlite`);
seedDataset(zone, syntheticZone(3_000));
// The generator leaves reserve land undated and projects holding acquired land only: date two in three of its
// reserve parcels over 2016–2020, and link every 9th ready or listed parcel to a project.
zone.exec(`UPDATE parcels SET expected_ready_date = date('2016-01-01', '+' || (rid * 37 % 1800) || ' days')
    WHERE state = 'reserve' AND rid % 3 <> 0;
  INSERT OR IGNORE INTO parcel_projects (parcel_id, project_id)
    SELECT id, (SELECT id FROM projects ORDER BY id LIMIT 1) FROM parcels
    WHERE state IN ('ready', 'listed') AND rid % 9 = 0;`);
afterAll(() => {
  sample.cleanup();
  varied.cleanup();
  zone.close();
  zoneDir.cleanup();
});
// Test fixture edits (one transaction), as in land-balance-supply-sql.test.ts: every 5th reserve parcel loses
// its expected ready date, every 7th ready or listed parcel is linked to a project, every 11th supply parcel is
// retired, and every 13th reserve parcel gets an empty date text.
varied.db.transaction(() => {
  const project = varied.db.prepare('SELECT id FROM projects ORDER BY id LIMIT 1').pluck().get() as string;
  varied.db.exec(`UPDATE parcels SET expected_ready_date = NULL
    WHERE state = 'reserve' AND rid % 5 = 0;
    UPDATE parcels SET expected_ready_date = '' WHERE state = 'reserve' AND rid % 13 = 0;
    INSERT OR IGNORE INTO parcel_projects (parcel_id, project_id)
      SELECT id, '${project}' FROM parcels WHERE state IN ('ready', 'listed') AND rid % 7 = 0;
    UPDATE parcels SET retired_on = '2018-01-01', retired_reason = 'split'
      WHERE state IN ('ready', 'listed', 'reserve') AND rid % 11 = 0;`);
})();

/** Every parcel in a supply state with its geometry: the full scan matching read before. */
const databases = Object.fromEntries(
  Object.entries({ sample: sample.db, varied: varied.db, zone }).map(([k, db]) => [
    k,
    { db, all: supplyParcels(db) },
  ]),
);

const isoDay = (from: string, days: number) =>
  new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const optionsArb = fc.record({
  asOf: fc.integer({ min: 0, max: 5 * 365 }).map((d) => isoDay('2015-01-01', d)),
  horizonDays: fc.option(fc.integer({ min: 0, max: 4 * 365 }), { nil: undefined }),
  includeReserve: fc.boolean(),
});

describe('matching reads only the parcels that can be supply', () => {
  it('the databases have every kind of parcel the rules tell apart', () => {
    for (const [name, { all }] of Object.entries(databases)) {
      expect(new Set(all.map((p) => p.state)), name).toEqual(new Set(['listed', 'ready', 'reserve']));
      expect(
        all.some((p) => p.landUse === '1101'),
        `${name}: land no project may use`,
      ).toBe(true);
      expect(
        all.some((p) => p.state === 'reserve' && p.expectedReadyDate),
        name,
      ).toBe(true);
    }
    const { all } = databases.varied!;
    expect(all.some((p) => p.state === 'reserve' && !p.expectedReadyDate)).toBe(true);
    expect(all.some((p) => p.state === 'ready' && p.projectIds.length > 0)).toBe(true);
    expect(databases.zone!.all.some((p) => p.projectIds.length > 0)).toBe(true);
  });

  it.each(Object.keys(databases))(
    'equals the domain filter over every supply parcel under random options (%s)',
    (name) => {
      const { db, all } = databases[name]!;
      const byId = new Map(all.map((p) => [p.id, p]));
      fc.assert(
        fc.property(optionsArb, (r) => {
          const o = parseOptions({
            asOf: r.asOf,
            horizon: r.horizonDays === undefined ? undefined : isoDay(r.asOf, r.horizonDays),
            includeReserve: r.includeReserve,
          });
          const expected = parcelSupply(all, o).items.map((it) => byId.get(it.id));
          const got = matchSupplyParcels(db, parcelSupplyFilter(o));
          expect(got.map((p) => p.id)).toEqual(expected.map((p) => p!.id));
          expect(got).toEqual(expected);
        }),
        { numRuns: name === 'zone' ? 25 : 40 },
      );
    },
  );

  it('reads far fewer parcels than the full scan (default options on the generated zone)', () => {
    const { db, all } = databases.zone!;
    const got = matchSupplyParcels(db, parcelSupplyFilter(parseOptions({ asOf: '2018-03-31' })));
    // Default: no reserve, so about a third of the supply states go, and held or non-industrial land too.
    expect(got.length).toBeGreaterThan(0);
    expect(got.length).toBeLessThan(all.length * 0.6);
    expect(got.every((p) => p.state !== 'reserve' && p.projectIds.length === 0 && p.landUse !== '1101')).toBe(
      true,
    );
  });
});
