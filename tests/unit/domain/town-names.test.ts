import { describe, expect, it } from 'vitest';
import { townKey, townNameLookup } from '../../../domain/town-names.ts';

describe('townKey', () => {
  it('drops the administrative suffix', () => {
    expect(townKey('潼湖镇')).toBe('潼湖');
    expect(townKey('陈江街道')).toBe('陈江');
    expect(townKey('惠环')).toBe('惠环');
    expect(townKey(' 沥林镇 ')).toBe('沥林');
  });
  it('keeps a name that is only a suffix', () => {
    expect(townKey('镇')).toBe('镇');
  });
});

describe('townNameLookup', () => {
  const lookup = townNameLookup([
    { nameZh: '惠环', nameEn: 'Huihuan' },
    { nameZh: '潼湖镇', nameEn: 'Tonghu' },
    { nameZh: '陈江街道', nameEn: 'Chenjiang' },
    { nameZh: '沥林北站', nameEn: 'Lilin North' },
  ]);
  it('finds a town with or without suffix on either side', () => {
    expect(lookup('惠环')).toBe('Huihuan');
    expect(lookup('惠环街道')).toBe('Huihuan');
    expect(lookup('潼湖')).toBe('Tonghu');
    expect(lookup('陈江')).toBe('Chenjiang');
  });
  it('answers null for an unknown town', () => {
    expect(lookup('潼侨')).toBeNull();
    expect(lookup('')).toBeNull();
  });
});
