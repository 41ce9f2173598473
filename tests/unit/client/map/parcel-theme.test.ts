import { describe, expect, it } from 'vitest';
import { classKeyOf, fillColorExpression, themeClasses } from '../../../../client/map/parcel-theme.ts';

describe('parcel themes', () => {
  it('paints the land-supply states in lifecycle order with the report colours', () => {
    expect(themeClasses('state', [])).toEqual([
      { key: 'planned', color: '#e0e0e0' },
      { key: 'reserve', color: '#b0b0b0' },
      { key: 'ready', color: '#1a9641' },
      { key: 'listed', color: '#d9f0a3' },
      { key: 'transferred', color: '#fdb863' },
      { key: 'delivered', color: '#e08214' },
      { key: 'under_construction', color: '#b35806' },
      { key: 'completed', color: '#b2abd2' },
      { key: 'producing', color: '#542788' },
    ]);
  });

  it('gives platforms colours in API order, repeating after eight', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    expect(themeClasses('platform', ids).map((c) => c.color)).toEqual([
      '#e8590c',
      '#1971c2',
      '#2f9e44',
      '#9c36b5',
      '#0c8599',
      '#c2255c',
      '#5f3dc4',
      '#e67700',
      '#e8590c',
    ]);
  });

  it('builds a match expression on the theme property, grey for unknown values and for no classes', () => {
    const classes = [
      { key: 'ready', color: '#1a9641' },
      { key: 'listed', color: '#d9f0a3' },
    ];
    expect(fillColorExpression('state', classes)).toEqual([
      'match',
      ['coalesce', ['get', 'state'], 'none'],
      'ready',
      '#1a9641',
      'listed',
      '#d9f0a3',
      '#adb5bd',
    ]);
    expect(fillColorExpression('platform', [])).toEqual(['to-color', '#adb5bd']);
  });

  it('classifies a parcel by the theme property, `none` when empty', () => {
    expect(classKeyOf({ platformId: 'belt-357' }, 'platform')).toBe('belt-357');
    expect(classKeyOf({ industry: '' }, 'industry')).toBe('none');
    expect(classKeyOf({ industry: null }, 'industry')).toBe('none');
  });
});
