import { describe, expect, it } from 'vitest';
import { nextOrder, toggledColumns } from '../../../../../client/features/attribute-table/table-columns.ts';

describe('attribute-table column chooser and sort order', () => {
  it('hides a shown column and keeps the others in their order', () => {
    expect(toggledColumns(['code', 'state', 'areaM2'], 'state')).toEqual(['code', 'areaM2']);
  });

  it('shows a hidden column at its place in the table order, not at the end', () => {
    // table order: code, platformId, town, landUse, state, stateSince, areaM2, …
    expect(toggledColumns(['code', 'state', 'areaM2'], 'town')).toEqual(['code', 'town', 'state', 'areaM2']);
    expect(toggledColumns([], 'enterprise')).toEqual(['enterprise']);
  });

  it('sorts a newly clicked column ascending and flips the sorted one', () => {
    expect(nextOrder({ sort: 'code', dir: 'asc' }, 'areaM2')).toEqual({ sort: 'areaM2', dir: 'asc' });
    expect(nextOrder({ sort: 'code', dir: 'desc' }, 'areaM2')).toEqual({ sort: 'areaM2', dir: 'asc' });
    expect(nextOrder({ sort: 'code', dir: 'asc' }, 'code')).toEqual({ sort: 'code', dir: 'desc' });
    expect(nextOrder({ sort: 'code', dir: 'desc' }, 'code')).toEqual({ sort: 'code', dir: 'asc' });
  });
});
