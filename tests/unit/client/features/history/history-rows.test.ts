import { describe, expect, it } from 'vitest';
import { fieldChanges, historyRows } from '../../../../../client/features/history/history-rows.ts';

describe('a record’s history', () => {
  const audit = [
    {
      id: 12,
      at: '2018-03-09T03:00:00.000Z',
      userName: '张工',
      action: 'parcel.update',
      before: { notes: 'b', version: 4 },
      after: { notes: 'a', version: 5, undoOf: 10 },
    },
    {
      id: 10,
      at: '2018-03-09T02:00:00.000Z',
      userName: '李工',
      action: 'parcel.update',
      before: { notes: 'a', version: 3 },
      after: { notes: 'b', version: 4 },
    },
    {
      id: 9,
      at: '2018-03-08T02:00:00.000Z',
      userName: '李工',
      action: 'parcel.update',
      before: { landUse: '100101', version: 2 },
      after: { landUse: '100102', version: 3 },
    },
    {
      id: 7,
      at: '2018-03-01T02:00:00.000Z',
      userName: '李工',
      action: 'parcel.transition',
      before: { state: 'ready' },
      after: { state: 'listed' },
    },
  ];
  const events = [{ from: null, to: 'planned', date: '2017-08-15', who: '区规划分局' }];

  it('merges audit rows and events newest first; an undone edit is marked and no longer offers undo', () => {
    const rows = historyRows(audit, events);
    expect(rows.map((r) => r.key)).toEqual(['a12', 'a10', 'a9', 'a7', 'e0']);
    const byKey = new Map(rows.map((r) => [r.key, r]));
    expect(byKey.get('a10')).toMatchObject({ undone: true, undoable: false });
    expect(byKey.get('a9')).toMatchObject({ undone: false, undoable: true, version: 3 });
    // State changes have their own way back (a new transition); they are not undone here.
    expect(byKey.get('a7')).toMatchObject({ undoable: false });
    expect(byKey.get('a12')).toMatchObject({ undoOf: 10, undoable: true });
  });

  it('offers 更正 only on a state change that is the newest write and not yet corrected', () => {
    const at = (d: string) => `2018-03-0${d}T08:00:00.000Z`;
    const tr = {
      at: at('5'),
      userName: '张工',
      action: 'parcel.transition',
      before: {},
      after: { version: 2 },
    };
    expect(historyRows([{ ...tr, id: 20 }], []).map((r) => r.kind === 'audit' && r.correctable)).toEqual([
      true,
    ]);
    const edit = { id: 21, at: at('6'), userName: '张工', action: 'parcel.update', before: {}, after: {} };
    const later = historyRows([{ ...tr, id: 20 }, edit], []);
    expect(later.find((r) => r.key === 'a20')).toMatchObject({ correctable: false });
    const fix = { ...edit, action: 'parcel.transition_correction', after: { undoOf: 20, version: 3 } };
    const fixed = historyRows([{ ...tr, id: 20 }, fix], []);
    expect(fixed.find((r) => r.key === 'a20')).toMatchObject({ correctable: false, undone: true });
  });

  it('leaves out fields written unchanged and lists a nested record field by field', () => {
    const contract = { signed: null, agreedStart: null, agreedCompletion: null };
    expect(
      fieldChanges(
        { state: 'ready', stateSince: '2017-11-06', contract, landPriceWan: null, version: 1 },
        {
          state: 'listed',
          stateSince: '2017-11-06',
          contract: { ...contract, signed: '2018-01-05' },
          landPriceWan: null,
          version: 2,
        },
      ),
    ).toEqual([
      { field: 'state', before: 'ready', after: 'listed' },
      { field: 'contract.signed', before: '—', after: '2018-01-05' },
    ]);
  });

  it('lists each changed field from → to, leaving out version and undoOf', () => {
    expect(fieldChanges({ notes: 'b', version: 4 }, { notes: 'a', version: 5, undoOf: 10 })).toEqual([
      { field: 'notes', before: 'b', after: 'a' },
    ]);
    expect(fieldChanges(null, { parcelIds: ['p-1'], stage: null })).toEqual([
      { field: 'parcelIds', before: '', after: '["p-1"]' },
      { field: 'stage', before: '', after: '—' },
    ]);
  });
});

describe('the fields a geometry edit’s history row lists', () => {
  it('leave out the outline (listed field by field since nested records are flattened) and the carry-over plan', async () => {
    const { shownChanges } = await import('../../../../../client/features/history/GeometryHistory.tsx');
    const square = {
      type: 'Polygon',
      coordinates: [
        [
          [114.29, 23.01],
          [114.3, 23.01],
          [114.29, 23.01],
        ],
      ],
    };
    const changes = fieldChanges(null, {
      code: 'ZK-357-0587',
      geometry: square,
      areaM2: 11380.44,
      version: 1,
    });
    expect(shownChanges({ action: 'parcel.create', changes }).map((c) => c.field)).toEqual([
      'code',
      'areaM2',
    ]);
    expect(shownChanges({ action: 'parcel.update', changes }).map((c) => c.field)).toEqual([
      'code',
      'geometry.type',
      'geometry.coordinates',
      'areaM2',
    ]);
  });
});
