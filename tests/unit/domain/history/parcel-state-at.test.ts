import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LandState } from '../../../../domain/enums.ts';
import { parcelStateAt } from '../../../../domain/history/parcel-state-at.ts';
import { isAcquired } from '../../../../domain/land-states.ts';

const seeded = {
  createdOn: null,
  retiredOn: null,
  events: [
    { to: 'planned' as LandState, date: '2015-03-01' },
    { to: 'reserve' as LandState, date: '2016-06-10' },
    { to: 'ready' as LandState, date: '2017-02-01' },
    { to: 'transferred' as LandState, date: '2017-02-01' },
  ],
};

describe('parcelStateAt', () => {
  it('before the first event the parcel is not in the ledger', () => {
    expect(parcelStateAt(seeded, '2015-02-28')).toEqual({ exists: false });
  });

  it('on and after an event’s day the parcel is in its state', () => {
    expect(parcelStateAt(seeded, '2015-03-01')).toEqual({
      exists: true,
      state: 'planned',
      since: '2015-03-01',
    });
    expect(parcelStateAt(seeded, '2017-01-31')).toEqual({
      exists: true,
      state: 'reserve',
      since: '2016-06-10',
    });
  });

  it('two events on one day: the later recorded wins', () => {
    expect(parcelStateAt(seeded, '2017-02-01')).toEqual({
      exists: true,
      state: 'transferred',
      since: '2017-02-01',
    });
  });

  it('a split part exists from the split day, its parent until the day before', () => {
    const parent = { ...seeded, retiredOn: '2018-01-15' };
    const part = {
      createdOn: '2018-01-15',
      retiredOn: null,
      events: [{ to: 'transferred' as LandState, date: '2018-01-15' }],
    };
    expect(parcelStateAt(parent, '2018-01-14')).toMatchObject({ exists: true, state: 'transferred' });
    expect(parcelStateAt(parent, '2018-01-15')).toEqual({ exists: false });
    expect(parcelStateAt(part, '2018-01-14')).toEqual({ exists: false });
    expect(parcelStateAt(part, '2018-01-15')).toEqual({
      exists: true,
      state: 'transferred',
      since: '2018-01-15',
    });
  });
});

describe('the sample data on past dates (counts from an independent scan of geodata/parcels.geojson)', () => {
  type F = { properties: { events: { to: LandState; date: string }[] } };
  const features = (
    JSON.parse(readFileSync(new URL('../../../../geodata/parcels.geojson', import.meta.url), 'utf8')) as {
      features: F[];
    }
  ).features;
  const tally = (date: string) => {
    let exist = 0;
    let acquired = 0;
    for (const f of features) {
      const s = parcelStateAt({ createdOn: null, retiredOn: null, events: f.properties.events }, date);
      if (!s.exists) continue;
      exist++;
      if (s.state && isAcquired(s.state)) acquired++;
    }
    return { exist, acquired };
  };

  it('2016-01-01: 814 parcels in the ledger (控规 batches and the belt from 2016), 348 transferred or later', () => {
    expect(tally('2016-01-01')).toEqual({ exist: 814, acquired: 348 });
  });

  it('2018-03-09 (the data’s date): all 1534, 516 transferred or later', () => {
    expect(tally('2018-03-09')).toEqual({ exist: 1534, acquired: 516 });
  });
});
