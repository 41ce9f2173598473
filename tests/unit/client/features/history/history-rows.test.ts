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
