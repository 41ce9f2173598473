/** client/features/admin/audit-change.ts — what an audit row changed. */
import { describe, expect, it } from 'vitest';
import { auditChanges } from '../../../../../client/features/admin/audit-change.ts';

describe('auditChanges', () => {
  it('lists the fields that differ', () => {
    expect(
      auditChanges(
        { state: 'ready', version: 1, contract: { signed: null } },
        { state: 'listed', version: 2, contract: { signed: null }, note: '挂牌' },
      ),
    ).toEqual([
      { field: 'state', before: 'ready', after: 'listed' },
      { field: 'version', before: '1', after: '2' },
      { field: 'note', before: '—', after: '挂牌' },
    ]);
  });
  it('treats absent, null and empty text alike', () => {
    expect(auditChanges({ landPriceWan: null }, { landPriceWan: null, note: '' })).toEqual([]);
    expect(auditChanges({ landPriceWan: null }, { landPriceWan: 1200 })).toEqual([
      { field: 'landPriceWan', before: '—', after: '1200' },
    ]);
  });

  it('shows all of after when there was no before', () => {
    expect(auditChanges(null, { login: 'li', platforms: ['a'] })).toEqual([
      { field: 'login', before: '—', after: 'li' },
      { field: 'platforms', before: '—', after: '["a"]' },
    ]);
  });
});
