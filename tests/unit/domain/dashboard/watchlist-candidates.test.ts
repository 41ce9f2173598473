/**
 * watchlistCandidates is the condition the database pre-selects idle-land candidates with; it must never leave
 * out a parcel the clock puts on the watch list (国土资源部令第53号: 第二条 idle from one year past the start and
 * partial development, 第八条 government delivery delays, 第十二条 amendments, 第三十条 a permit is not a start).
 * Checked against idleLandWatchlist itself over every state, a spread of agreed starts and deliveries, amendments
 * and development records.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idleLandWatchlist, watchlistCandidates } from '../../../../domain/dashboard/idle-land.ts';
import { addDays } from '../../../../domain/dates.ts';
import { LAND_STATES } from '../../../../domain/enums.ts';
import { NO_GRANT_RECORDS } from '../../../../domain/grant-records.ts';
import { parcel } from './fixtures.ts';

describe('watchlistCandidates', () => {
  it('selects land from 已出让 to 在建 (a permit is not 动工) up to 180 days ahead, or with delivery passed', () => {
    expect(watchlistCandidates('2018-03-09')).toEqual({
      states: ['transferred', 'delivered', 'under_construction'],
      agreedStartUpTo: '2018-09-05',
      agreedDeliveryBefore: '2018-03-09',
    });
  });

  it('never leaves out a parcel on the watch list', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LAND_STATES),
        fc.integer({ min: -1500, max: 1500 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: -400, max: 200 }),
        fc.option(fc.integer({ min: -100, max: 600 })),
        fc.option(fc.integer({ min: -400, max: 400 })),
        fc.boolean(),
        (state, offset, refDays, deliveryOffset, deliveredAfter, amendBy, partial) => {
          const refDate = addDays('2016-01-01', refDays);
          const start = addDays(refDate, offset);
          const agreedDelivery = addDays(start, deliveryOffset - 200);
          const p = {
            ...parcel('x', { state, contract: { agreedStart: start, agreedDelivery } }),
            records: {
              ...NO_GRANT_RECORDS,
              deliveryActual: deliveredAfter == null ? null : addDays(agreedDelivery, deliveredAfter),
              amendments:
                amendBy == null
                  ? []
                  : [
                      {
                        date: addDays(refDate, -30),
                        agreedStart: addDays(start, amendBy),
                        agreedCompletion: null,
                        reason: 'r',
                        documentNo: 'd',
                      },
                    ],
              started: partial ? { date: addDays(refDate, -900), evidence: 'piles_done' as const } : null,
              development: partial
                ? { areaPct: 10, investmentPct: 10, haltedSince: addDays(refDate, -500) }
                : null,
            },
          };
          const onList = idleLandWatchlist([p], refDate).length === 1;
          const c = watchlistCandidates(refDate);
          const candidate =
            c.states.includes(p.state) &&
            (start <= c.agreedStartUpTo ||
              agreedDelivery < c.agreedDeliveryBefore ||
              p.records.development != null ||
              p.records.amendments.length > 0);
          if (onList) expect(candidate).toBe(true);
        },
      ),
    );
  });
});
