import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../client/api/client.ts';
import { editErrorText } from '../../../../../client/features/geometry-edit/edit-error-text.ts';
import { geomEn } from '../../../../../client/features/geometry-edit/i18n-en.ts';
import { geomZh } from '../../../../../client/features/geometry-edit/i18n-zh.ts';
import { type GeomKey, geomText } from '../../../../../client/features/geometry-edit/use-geom-text.ts';

const zh = (key: GeomKey, vars?: Record<string, string | number>) => geomText(geomZh, key, vars);
const en = (key: GeomKey, vars?: Record<string, string | number>) => geomText(geomEn, key, vars);
const SPLIT = { stale: 'stale', refused: 'refused' } as const;
const MERGE = { stale: 'mergeStale', refused: 'mergeRefused' } as const;

describe('geometry-edit strings', () => {
  it('both languages have the same keys, none empty', () => {
    expect(Object.keys(geomEn).sort()).toEqual(Object.keys(geomZh).sort());
    for (const v of [...Object.values(geomZh), ...Object.values(geomEn)]) expect(v.trim()).not.toBe('');
  });

  it('fills {{name}} placeholders and leaves unknown ones visible', () => {
    expect(en('parentArea', { code: 'ZK-357-0023', area: '25,673 m²' })).toBe(
      'Parcel ZK-357-0023: 25,673 m²',
    );
    expect(zh('refused', {})).toBe('不能分宗：{{message}}');
  });
});

describe('a refused split or merge in words', () => {
  it('422: the server’s message verbatim (it names the rule and the parcel)', () => {
    const e = new ApiError(422, 'line_does_not_cross', '分割线未穿过地块 (ZK-357-0023)', 'line');
    expect(editErrorText(e, zh, SPLIT)).toBe('不能分宗：分割线未穿过地块 (ZK-357-0023)');
    expect(editErrorText(e, en, MERGE)).toBe('Cannot merge: 分割线未穿过地块 (ZK-357-0023)');
  });

  it('412: who changed the parcel last and its version now', () => {
    const e = new ApiError(412, 'precondition_failed', '…', null, {
      version: 7,
      changes: [
        { at: '2018-03-09T01:00:00Z', who: '招商局 李工', action: 'parcel.update', version: 6 },
        { at: '2018-03-09T02:00:00Z', who: '区土地储备中心', action: 'parcel.transition', version: 7 },
      ],
    });
    expect(editErrorText(e, zh, SPLIT)).toBe(
      '区土地储备中心 已修改此地块（现为第 7 版），分宗未保存。请重新载入后再画。',
    );
  });

  it('412 without a listed change says “someone else”; other failures keep their message', () => {
    const e = new ApiError(412, 'precondition_failed', '…', null, { version: 3, changes: [] });
    expect(editErrorText(e, en, SPLIT)).toContain('someone else changed this parcel (now version 3)');
    expect(editErrorText(new Error('Failed to fetch'), en, SPLIT)).toBe('Not saved: Failed to fetch');
  });
});
