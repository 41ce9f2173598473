import { describe, expect, it } from 'vitest';
import type { LandState } from '../../../../domain/enums.ts';
import { type ParcelRecordTimeline, whatChanged } from '../../../../domain/history/what-changed.ts';

const ev = (to: LandState, date: string) => ({ to, date });
const parcel = (id: string, areaM2: number, over: Partial<ParcelRecordTimeline>): ParcelRecordTimeline => ({
  id,
  code: `ZK-357-${id}`,
  areaM2,
  createdOn: null,
  retiredOn: null,
  derivedFrom: [],
  events: [],
  ...over,
});

// A: granted in the window. B: granted before, split in the window (not a new grant). C: granted in the window,
// then split (counts once, as its parts). D: unchanged.
const parcels = [
  parcel('A', 10_000, { events: [ev('ready', '2016-01-01'), ev('transferred', '2017-05-01')] }),
  parcel('B', 20_000, { retiredOn: '2017-08-01', events: [ev('transferred', '2015-01-01')] }),
  parcel('B1', 12_000, {
    createdOn: '2017-08-01',
    derivedFrom: ['B'],
    events: [ev('transferred', '2017-08-01')],
  }),
  parcel('B2', 8_000, {
    createdOn: '2017-08-01',
    derivedFrom: ['B'],
    events: [ev('transferred', '2017-08-01')],
  }),
  parcel('C', 30_000, {
    retiredOn: '2017-10-01',
    events: [ev('listed', '2016-03-01'), ev('transferred', '2017-06-01')],
  }),
  parcel('C1', 18_000, {
    createdOn: '2017-10-01',
    derivedFrom: ['C'],
    events: [ev('transferred', '2017-10-01')],
  }),
  parcel('C2', 12_000, {
    createdOn: '2017-10-01',
    derivedFrom: ['C'],
    events: [ev('transferred', '2017-10-01')],
  }),
  parcel('D', 5_000, { events: [ev('planned', '2015-01-01')] }),
];
const none = {
  firstContact: null,
  approved: null,
  signed: null,
  landAcquired: null,
  started: null,
  producing: null,
};
const projects = [
  {
    id: 'prj-1',
    stage: 'signed' as const,
    keyDates: { ...none, firstContact: '2016-02-01', approved: '2016-09-01', signed: '2017-03-01' },
  },
  { id: 'prj-2', stage: 'lead' as const, keyDates: none, createdOn: '2017-02-01' },
  {
    id: 'prj-3',
    stage: 'approved' as const,
    keyDates: { ...none, firstContact: '2015-02-01', approved: '2015-09-01' },
  },
];

describe('whatChanged 2017-01-01 → 2018-01-01', () => {
  const r = whatChanged(parcels, projects, '2018-01-01', '2017-01-01');

  it('lists parcels whose state changed, created and retired ones; not unchanged ones', () => {
    expect(r.from).toBe('2017-01-01');
    expect(r.parcels.map((c) => [c.code, c.kind, c.before, c.after, c.granted])).toEqual([
      ['ZK-357-A', 'state', 'ready', 'transferred', true],
      ['ZK-357-B', 'retired', 'transferred', null, false],
      ['ZK-357-B1', 'created', null, 'transferred', false],
      ['ZK-357-B2', 'created', null, 'transferred', false],
      ['ZK-357-C', 'retired', 'listed', null, false],
      ['ZK-357-C1', 'created', null, 'transferred', true],
      ['ZK-357-C2', 'created', null, 'transferred', true],
    ]);
  });

  it('land granted: A (10,000 ㎡) and C once, as its parts (30,000 ㎡); the split of B is not a grant', () => {
    expect(r.grantedM2).toBe(40_000);
  });

  it('projects: advanced, new; unchanged ones left out', () => {
    expect(r.projects).toEqual([
      { id: 'prj-1', before: 'approved', after: 'signed', kind: 'advanced' },
      { id: 'prj-2', before: null, after: 'lead', kind: 'new' },
    ]);
  });
});
