/**
 * The land balance's supply counted in SQL (grouped figures and paged lists, server/land-balance/supply-summary.ts)
 * against the domain's own computation over every supply parcel (`computeLandBalance`, the path the answer
 * took before): on the 1,534-parcel sample and under random options — reference date, horizon, platform,
 * industry, reserve and 三旧 toggles, list limit — the rows, totals, counts, both lists (order included) and the
 * shortfall tables agree. A second copy of the sample is varied so every branch of the rules has parcels:
 * reserve land without an expected ready date, ready and listed land a project holds, retired parcels. Sums are
 * compared to 1e-9 亩 / ㎡: SQLite adds in another order than JavaScript.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { INDUSTRIES } from '../../domain/enums.ts';
import {
  computeDemand,
  computeLandBalance,
  computeShortfall,
  parseOptions,
} from '../../domain/land-balance/index.ts';
import { platformRecords, supplyParcelAttributes } from '../../server/db/queries/land-balance.ts';
import { listProjects } from '../../server/db/queries/projects.ts';
import { listRedevelopment } from '../../server/db/queries/redevelopment.ts';
import { supplyAnswer } from '../../server/land-balance/supply-summary.ts';
import { REAL_GEODATA, seededDb } from './helpers/test-app.ts';

const sample = seededDb(REAL_GEODATA);
const varied = seededDb(REAL_GEODATA);
afterAll(() => {
  sample.cleanup();
  varied.cleanup();
});
// Test fixture edits (one transaction): every 5th reserve parcel loses its expected ready date, every 7th
// ready or listed parcel is linked to a project, every 11th supply parcel is retired.
varied.db.transaction(() => {
  const project = varied.db.prepare('SELECT id FROM projects ORDER BY id LIMIT 1').pluck().get() as string;
  varied.db.exec(`UPDATE parcels SET expected_ready_date = NULL
    WHERE state = 'reserve' AND rid % 5 = 0;
    INSERT OR IGNORE INTO parcel_projects (parcel_id, project_id)
      SELECT id, '${project}' FROM parcels WHERE state IN ('ready', 'listed') AND rid % 7 = 0;
    UPDATE parcels SET retired_on = '2018-01-01', retired_reason = 'split'
      WHERE state IN ('ready', 'listed', 'reserve') AND rid % 11 = 0;`);
})();

/** What the old path read: every supply parcel, and the rest of the balance's inputs. */
function inputs(db: typeof sample.db) {
  const parcels = supplyParcelAttributes(db);
  const redevelopment = listRedevelopment(db).map((f) => f.properties);
  return {
    db,
    parcels,
    projects: listProjects(db),
    platforms: platformRecords(db),
    redevelopment,
    codes: new Map([
      ...parcels.map((p) => [p.id, p.code] as const),
      ...redevelopment.map((s) => [s.id, s.code] as const),
    ]),
  };
}
const databases = { sample: inputs(sample.db), varied: inputs(varied.db) };
const { platforms } = databases.sample;

/** Numbers of `a` and `b` equal to 1e-9, everything else identical. */
function expectClose(a: unknown, b: unknown, path = ''): void {
  if (typeof a === 'number' && typeof b === 'number') {
    expect(Math.abs(a - b), `${path}: ${a} vs ${b}`).toBeLessThan(1e-9);
  } else if (Array.isArray(a) && Array.isArray(b)) {
    expect(a.length, `${path}.length`).toBe(b.length);
    for (const [i, x] of a.entries()) expectClose(x, b[i], `${path}[${i}]`);
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    expect(Object.keys(a).sort(), path).toEqual(Object.keys(b).sort());
    for (const k of Object.keys(a)) {
      expectClose((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    }
  } else expect(a, path).toEqual(b);
}

const isoDay = (from: string, days: number) =>
  new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const optionsArb = fc.record({
  asOf: fc.integer({ min: 0, max: 4 * 365 }).map((d) => isoDay('2016-01-01', d)),
  horizonDays: fc.option(fc.integer({ min: 0, max: 3 * 365 }), { nil: undefined }),
  platformId: fc.option(fc.constantFrom(...platforms.map((p) => p.id)), { nil: undefined }),
  industry: fc.option(fc.constantFrom(...INDUSTRIES), { nil: undefined }),
  includeReserve: fc.boolean(),
  includeRedevelopment: fc.boolean(),
  limit: fc.integer({ min: 1, max: 1_200 }),
});

describe('land-balance supply in SQL', () => {
  it('the varied sample has every kind of supply parcel the rules tell apart', () => {
    const { parcels } = databases.varied;
    expect(new Set(parcels.map((p) => p.state))).toEqual(new Set(['listed', 'ready', 'reserve']));
    expect(parcels.some((p) => p.state === 'reserve' && p.expectedReadyDate)).toBe(true);
    expect(parcels.some((p) => p.state === 'reserve' && !p.expectedReadyDate)).toBe(true);
    expect(parcels.some((p) => p.state === 'ready' && p.projectIds.length > 0)).toBe(true);
    expect(parcels.length).toBeLessThan(databases.sample.parcels.length);
  });

  it.each(Object.keys(databases))(
    'equals the domain computation over every supply parcel under random options (%s)',
    (name) => {
      const { db, parcels, projects, redevelopment, codes } = databases[name as keyof typeof databases];
      fc.assert(
        fc.property(optionsArb, (r) => {
          const o = parseOptions({
            asOf: r.asOf,
            horizon: r.horizonDays === undefined ? undefined : isoDay(r.asOf, r.horizonDays),
            platformId: r.platformId,
            industry: r.industry,
            includeReserve: r.includeReserve,
            includeRedevelopment: r.includeRedevelopment,
          });
          const old = computeLandBalance({ parcels, projects, platforms, redevelopment, options: o });
          const { supply, units } = supplyAnswer(db, redevelopment, o, r.limit);
          expectClose(supply.total, old.supply.total, 'total');
          expectClose(supply.rows, old.supply.rows, 'rows');
          expect(supply.itemsTotal).toBe(old.supply.items.length);
          expect(supply.excludedTotal).toBe(old.supply.excluded.length);
          const byReason: Record<string, number> = {};
          for (const e of old.supply.excluded) byReason[e.reason] = (byReason[e.reason] ?? 0) + 1;
          expect(supply.excludedByReason).toEqual(byReason);
          const items = old.supply.items.slice(0, r.limit).map((it) => ({ ...it, code: codes.get(it.id) }));
          expectClose(supply.items, items, 'items');
          expect(supply.excluded).toEqual(old.supply.excluded.slice(0, r.limit));
          expect(supply.truncated).toBe(
            old.supply.items.length > r.limit || old.supply.excluded.length > r.limit,
          );
          const demand = computeDemand(projects, o);
          const shortfall = computeShortfall(demand, { items: units, total: supply.total }, platforms);
          expectClose(shortfall, old.shortfall, 'shortfall');
        }),
        { numRuns: 50 },
      );
    },
  );
});
