import { describe, expect, it } from 'vitest';
import { searchItems } from '../../../../../client/features/search/search-results.ts';

describe('search results', () => {
  it('lists parcels, then projects (to their parcel or target platform), then enterprises', () => {
    const items = searchItems(
      {
        parcels: [{ id: 'p1', code: 'ZK-1', platformId: 'belt-357' }],
        projects: [
          { id: 'j1', name: '佰维存储', enterprise: '深圳佰维', targetPlatformId: 'belt-357' },
          { id: 'j2', name: '新项目', enterprise: '某公司', targetPlatformId: 'sino-korea' },
        ],
        enterprises: [{ enterprise: '深圳佰维', projectIds: ['j1'], parcelIds: ['p9'] }],
      },
      { parcelIdsOf: (id) => (id === 'j1' ? ['p9'] : []), platformName: (id) => `平台${id}` },
    );
    expect(items.map((i) => [i.kind, i.primary, i.target])).toEqual([
      ['parcel', 'ZK-1', { kind: 'parcel', id: 'p1' }],
      ['project', '佰维存储', { kind: 'parcel', id: 'p9' }],
      ['project', '新项目', { kind: 'platform', id: 'sino-korea' }],
      ['enterprise', '深圳佰维', { kind: 'parcel', id: 'p9' }],
    ]);
    expect(items[0]?.secondary).toBe('平台belt-357');
  });
});
