import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../../../client/i18n/en.ts';
import { zhCN } from '../../../../client/i18n/zh-CN.ts';

/** Every key path of a resource tree, e.g. `stateChange.error_not_found`. */
const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v != null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe('UI strings', () => {
  it('English has exactly the Chinese keys', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it('every string is non-empty in both languages', () => {
    const empty = (o: object) =>
      keys(o).filter(
        (k) => k.split('.').reduce<unknown>((x, p) => (x as Record<string, unknown>)[p], o) === '',
      );
    expect(empty(zhCN)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });

  it('keys are type-checked: tsc rejects a misspelt key (this file fails `tsc` if it were accepted)', () => {
    const t = i18next.getFixedT('zh-CN');
    // @ts-expect-error — 'stateChange.titel' is not a key of the zh-CN resources.
    const wrong = () => t('stateChange.titel');
    const right = () => t('stateChange.title');
    expect(typeof wrong).toBe('function');
    expect(typeof right).toBe('function');
  });
});
