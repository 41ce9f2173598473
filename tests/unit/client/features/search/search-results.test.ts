import { describe, expect, it } from 'vitest';
import {
  flatItems,
  GROUP_CAP,
  type KnownProject,
  type SearchContext,
  searchGroups,
} from '../../../../../client/features/search/search-results.ts';

const projects: KnownProject[] = [
  {
    id: 'j1',
    name: '佰维存储',
    enterprise: '深圳佰维',
    industry: 'semiconductor',
    targetPlatformId: 'belt-357',
    parcelIds: ['p3', 'p9'],
  },
  {
    id: 'j2',
    name: '康凯斯',
    enterprise: '康凯斯信息',
    industry: 'beidou',
    targetPlatformId: 'belt-357',
    parcelIds: [],
  },
  {
    id: 'j3',
    name: '杰普特',
    enterprise: '杰普特光电',
    industry: 'laser',
    targetPlatformId: null,
    parcelIds: ['p7'],
  },
];
const LABELS: Record<string, [string, string]> = {
  semiconductor: ['半导体', 'Semiconductors'],
  beidou: ['北斗', 'BeiDou'],
  laser: ['激光', 'Laser'],
};
const ctx: SearchContext = {
  projects,
  platforms: [
    { id: 'belt-357', nameZh: '357创新产业带', nameEn: '357 Innovation Belt' },
    { id: 'sino-korea', nameZh: '中韩（惠州）产业园', nameEn: 'China–Korea Industrial Park' },
  ],
  platformName: (id) => `平台${id}`,
  industryLabels: (i) => LABELS[i] ?? [],
  industryLabel: (i) => LABELS[i]?.[0] ?? i,
};
const none = { parcels: [], projects: [], enterprises: [] };

describe('search results, grouped and explained', () => {
  it('projects come before the parcels they hold, and each parcel says which project made it a hit', () => {
    const parcels = Array.from({ length: 20 }, (_, i) => ({
      id: `p${i}`,
      code: `ZK-${i}`,
      platformId: 'belt-357',
    }));
    const groups = searchGroups(
      {
        parcels,
        projects: [{ id: 'j1', name: '佰维存储', enterprise: '深圳佰维', targetPlatformId: 'belt-357' }],
        enterprises: [{ enterprise: '深圳佰维', projectIds: ['j1'], parcelIds: ['p9'] }],
      },
      '佰维',
      ctx,
    );
    expect(groups.map((g) => g.kind)).toEqual(['project', 'enterprise', 'parcel']);
    expect(flatItems(groups)[0]).toMatchObject({
      kind: 'project',
      primary: '佰维存储',
      match: { field: 'name', text: '佰维存储' },
      target: { kind: 'parcel', id: 'p3' },
    });
    const parcelGroup = groups[2]!;
    expect(parcelGroup.items).toHaveLength(GROUP_CAP);
    expect(parcelGroup.more).toBe(20 - GROUP_CAP);
    expect(parcelGroup.items.find((i) => i.primary === 'ZK-3')?.match).toEqual({
      field: 'heldByProject',
      text: '佰维存储',
    });
    expect(parcelGroup.items[0]?.secondary).toBe('平台belt-357');
  });

  it('a parcel whose code contains the query says so; a lone group is not capped', () => {
    const parcels = Array.from({ length: 12 }, (_, i) => ({
      id: `p${i}`,
      code: `ZK-A${i}`,
      platformId: 'x',
    }));
    const groups = searchGroups({ ...none, parcels }, 'zk-a', ctx);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.items).toHaveLength(12);
    expect(groups[0]?.items[3]?.match).toEqual({ field: 'code', text: 'ZK-A3' });
  });

  it('a project without land opens its own panel; an enterprise opens its project', () => {
    const groups = searchGroups(
      {
        ...none,
        projects: [{ id: 'j2', name: '康凯斯', enterprise: '康凯斯信息', targetPlatformId: 'belt-357' }],
        enterprises: [{ enterprise: '康凯斯信息', projectIds: ['j2'], parcelIds: [] }],
      },
      '康凯斯',
      ctx,
    );
    expect(flatItems(groups).map((i) => [i.kind, i.target])).toEqual([
      ['project', { kind: 'project', id: 'j2' }],
      ['enterprise', { kind: 'project', id: 'j2' }],
    ]);
  });

  it('an industry term finds that industry’s projects, in either language, and says it matched the industry', () => {
    for (const q of ['激光', 'laser']) {
      const items = flatItems(searchGroups(none, q, ctx));
      expect(items.map((i) => [i.primary, i.match])).toEqual([
        ['杰普特', { field: 'industry', text: '激光' }],
      ]);
    }
  });

  it('platform names match in Chinese and English', () => {
    expect(flatItems(searchGroups(none, '中韩', ctx)).map((i) => i.target)).toEqual([
      { kind: 'platform', id: 'sino-korea' },
    ]);
    expect(flatItems(searchGroups(none, 'innovation', ctx)).map((i) => i.match)).toEqual([
      { field: 'platform', text: '357 Innovation Belt' },
    ]);
  });

  it('says when the server cut a list', () => {
    const groups = searchGroups(
      {
        parcels: [{ id: 'p1', code: 'ZK-1', platformId: 'x' }],
        projects: [],
        enterprises: [],
        truncated: { parcels: true, projects: false, enterprises: false },
      },
      'ZK',
      ctx,
    );
    expect(groups[0]?.truncated).toBe(true);
  });
});
