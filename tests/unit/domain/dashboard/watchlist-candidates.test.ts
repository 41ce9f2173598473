/**
 * watchlistCandidates is the condition the database pre-selects idle-land candidates with; it must never leave
 * out a parcel the clock puts on the watch list (国土资源部令第53号 第二条: idle from one year past the agreed
 * start). Checked against idleLandWatchlist itself over every state and a spread of agreed starts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idleLandWatchlist, watchlistCandidates } from '../../../../domain/dashboard/idle-land.ts';
import { addDays } from '../../../../domain/dates.ts';
import { LAND_STATES } from '../../../../domain/enums.ts';
import { parcel } from './fixtures.ts';

describe('watchlistCandidates', () => {
  it('selects transferred and delivered land up to 180 days ahead (the states between 已出让 and 开工)', () => {
    expect(watchlistCandidates('2018-03-09')).toEqual({
      states: ['transferred', 'delivered'],
      agreedStartUpTo: '2018-09-05',
    });
  });

  it('never leaves out a parcel on the watch list', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LAND_STATES),
        fc.integer({ min: -1500, max: 1500 }),
        fc.integer({ min: 0, max: 3000 }),
        (state, offset, refDays) => {
          const refDate = addDays('2016-01-01', refDays);
          const p = parcel('x', { state, contract: { agreedStart: addDays(refDate, offset) } });
          const onList = idleLandWatchlist([p], refDate).length === 1;
          const c = watchlistCandidates(refDate);
          const candidate = c.states.includes(p.state) && (p.contract.agreedStart ?? '') <= c.agreedStartUpTo;
          if (onList) expect(candidate).toBe(true);
        },
      ),
    );
  });
});
