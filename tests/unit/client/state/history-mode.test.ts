import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  historyMode,
  stateFromHistory,
  type UrlState,
} from '../../../../client/state/url-state.ts';

const at = (patch: Partial<UrlState>): UrlState => ({ ...DEFAULT_STATE, ...patch });

describe('history: which changes Back walks through', () => {
  it('opening a parcel, a project or a platform, or another tab, is a new entry', () => {
    expect(historyMode(at({}), at({ selectedParcelId: 'p-0001' }))).toBe('push');
    expect(historyMode(at({ selectedParcelId: 'p-0001' }), at({ selectedProjectId: 'prj-001' }))).toBe(
      'push',
    );
    expect(historyMode(at({}), at({ selectedPlatformId: 'belt-357' }))).toBe('push');
    expect(historyMode(at({}), at({ tab: 'land-balance' }))).toBe('push');
    expect(historyMode(at({ selectedParcelId: 'p-0001' }), at({}))).toBe('push');
  });

  it('panning, zooming, filters, theme and language replace the current entry', () => {
    const here = at({ selectedParcelId: 'p-0001' });
    expect(historyMode(here, { ...here, view: { lon: 114.3, lat: 23, zoom: 14 } })).toBe('replace');
    expect(historyMode(here, { ...here, filters: { ...here.filters, minMu: 50 } })).toBe('replace');
    expect(historyMode(here, { ...here, theme: 'industry', lang: 'en' })).toBe('replace');
  });

  it('Back restores the entry’s selection and tab but keeps the current view, language and basemap', () => {
    const now = at({
      selectedPlatformId: 'belt-357',
      view: { lon: 114.3, lat: 23.01, zoom: 13 },
      lang: 'en',
      basemap: 'osm',
    });
    const back = stateFromHistory(now, '?v=114.2,23,11&sel=p-0042&tab=filters&lang=zh-CN&state=ready');
    expect(back.selectedParcelId).toBe('p-0042');
    expect(back.selectedPlatformId).toBeNull();
    expect(back.tab).toBe('filters');
    expect(back.filters.states).toEqual(['ready']);
    expect(back.view).toEqual({ lon: 114.3, lat: 23.01, zoom: 13 });
    expect(back.lang).toBe('en');
    expect(back.basemap).toBe('osm');
  });
});
