import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../../client/i18n/en.ts';
import { initI18n, loadLanguage } from '../../../../client/i18n/index.ts';
import { zhCN } from '../../../../client/i18n/zh-CN.ts';

/** Every key path of a resource tree, e.g. `stateChange.error_not_found`. */
const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v != null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

/** The lazily loaded features that add their strings when their chunk loads (client/i18n/feature-strings.ts). */
const LAZY_FEATURES = [
  'admin',
  'attribute-table',
  'import',
  'land-balance',
  'measure',
  'platform-view',
  'print',
  'project-view',
  'redevelopment-view',
  'settings',
] as const;

describe('UI strings', () => {
  it('English has exactly the Chinese keys (shell)', () => {
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
    // A lazy feature's keys are type-checked too.
    // @ts-expect-error — 'landBalance.titel' is not a key of the land-balance strings.
    const wrongLazy = () => t('landBalance.titel');
    const rightLazy = () => t('landBalance.title');
    expect(typeof wrong).toBe('function');
    expect(typeof right).toBe('function');
    expect(typeof wrongLazy).toBe('function');
    expect(typeof rightLazy).toBe('function');
  });
});

describe('strings of lazily loaded features', () => {
  beforeAll(async () => {
    initI18n('zh-CN');
    // Loaded the way the browser loads a feature's chunk: its i18n.ts runs before the feature's components.
    for (const f of LAZY_FEATURES) await import(`../../../../client/features/${f}/i18n.ts`);
    await loadLanguage('en');
  });

  it('once loaded, Chinese and English have the same keys, none empty', () => {
    const zh = i18next.getResourceBundle('zh-CN', 'translation') as object;
    const enAll = i18next.getResourceBundle('en', 'translation') as object;
    expect(keys(enAll).sort()).toEqual(keys(zh).sort());
    expect(keys(zh).filter((k) => i18next.getResource('zh-CN', 'translation', k) === '')).toEqual([]);
    expect(keys(enAll).filter((k) => i18next.getResource('en', 'translation', k) === '')).toEqual([]);
  });

  it('a key the shell shares with a feature keeps both parts (tab from the shell, the rest from the feature)', () => {
    const zh = i18next.getFixedT('zh-CN');
    const enT = i18next.getFixedT('en');
    expect(zh('landBalance.tab')).toBe('用地缺口');
    expect(zh('landBalance.title')).toBe('用地供需与缺口');
    expect(enT('landBalance.tab')).toBe('Land balance');
    expect(zh('admin.title')).toBe('系统管理');
    expect(enT('admin.title')).toBe('Administration');
    expect(zh('admin.error_unknown_platform')).toBe('未知的平台。');
    expect(zh('settings.menu')).toBe('本区设置');
    expect(zh('platform.back')).toBe('返回');
    expect(enT('platform.back')).toBe('Back');
  });
});
