import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  DEFAULT_STATE,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from '../../../../client/state/url-state.ts';

describe('URL state', () => {
  it('an empty query gives the defaults and serialises to an empty string', () => {
    expect(parseUrlState('')).toEqual(DEFAULT_STATE);
    expect(serializeUrlState(DEFAULT_STATE)).toBe('');
  });

  it('opens on the overview tab (概览) and keeps any other tab in the link', () => {
    expect(DEFAULT_STATE.tab).toBe('overview');
    expect(serializeUrlState({ ...DEFAULT_STATE, tab: 'overview' })).not.toContain('tab=');
    expect(serializeUrlState({ ...DEFAULT_STATE, tab: 'filters' })).toBe('tab=filters');
    expect(parseUrlState('?tab=filters').tab).toBe('filters');
  });

  it('round-trips view, theme, filters, selection, basemap, layers, tab and language', () => {
    const s: UrlState = {
      ...DEFAULT_STATE,
      view: { lon: 114.25, lat: 23.02, zoom: 11.2 },
      theme: 'industry',
      filters: {
        platform: 'belt-357',
        states: ['ready', 'listed'],
        landUse: '100101',
        minMu: 20,
        maxMu: 200.5,
        industry: 'laser',
      },
      selectedParcelId: 'p-0001',
      selectedProjectId: 'prj-001',
      selectedPlatformId: 'belt-357',
      basemap: 'osm',
      hiddenOverlays: ['roads', 'water'],
      tab: 'legend',
      lang: 'en',
    };
    const qs = serializeUrlState(s);
    expect(qs).toContain('v=114.25,23.02,11.2');
    expect(qs).toContain('state=ready,listed');
    expect(parseUrlState(`?${qs}`)).toEqual(s);
  });

  it('reads the short parameter names of links already shared into the full state names, and writes them back', () => {
    const link =
      'v=114.25,23.02,11.2&sel=p-0001&pj=prj-001&pv=belt-357&base=osm&hide=roads&tab=land-balance&ref=2018-01-31' +
      '&reserve=1&redev=1&slack=0.5&hz=2018-12-31&lbp=prj-0053';
    const s = parseUrlState(`?${link}`);
    expect(s).toEqual({
      ...DEFAULT_STATE,
      view: { lon: 114.25, lat: 23.02, zoom: 11.2 },
      selectedParcelId: 'p-0001',
      selectedProjectId: 'prj-001',
      selectedPlatformId: 'belt-357',
      basemap: 'osm',
      hiddenOverlays: ['roads'],
      tab: 'land-balance',
      refDate: '2018-01-31',
      landBalance: {
        includeReserve: true,
        includeRedevelopment: true,
        slack: 0.5,
        horizon: '2018-12-31',
        pipelineProjectId: 'prj-0053',
        keepTarget: false,
        policy: 'area_first',
      },
    });
    expect(serializeUrlState(s)).toBe(link);
    // The placement policy rides in the link too (keep=1, policy=target_first), defaults omitted.
    const kept = parseUrlState(`?${link}&keep=1&policy=target_first`);
    expect([kept.landBalance.keepTarget, kept.landBalance.policy]).toEqual([true, 'target_first']);
    expect(serializeUrlState(kept)).toBe(`${link}&keep=1&policy=target_first`);
  });

  it('drops malformed or unknown values instead of failing', () => {
    const s = parseUrlState(
      '?v=999,23,11&theme=rainbow&state=ready,bogus,ready&landUse=X9&minMu=-5&maxMu=abc&industry=steel&sel=<script>&lang=fr&base=google&hide=parcels,nope',
    );
    expect(s.view).toBeNull();
    expect(s.theme).toBe('state');
    expect(s.filters.states).toEqual(['ready']);
    expect(s.filters.landUse).toBeNull();
    expect(s.filters.minMu).toBeNull();
    expect(s.filters.maxMu).toBeNull();
    expect(s.filters.industry).toBeNull();
    expect(s.selectedParcelId).toBeNull();
    expect(s.lang).toBe('zh-CN');
    expect(s.basemap).toBe('offline');
    expect(s.hiddenOverlays).toEqual(['parcels']);
  });

  it('rounds the view so links stay short (5 decimals ≈ 1 m, zoom to 0.01)', () => {
    const qs = serializeUrlState({
      ...DEFAULT_STATE,
      view: { lon: 114.123456789, lat: 23.000001, zoom: 12.3456 },
    });
    expect(qs).toBe('v=114.12346,23,12.35');
  });

  it('counts active filter groups (an area range counts once)', () => {
    expect(activeFilterCount(DEFAULT_STATE.filters)).toBe(0);
    expect(
      activeFilterCount({
        ...DEFAULT_STATE.filters,
        states: ['ready', 'listed'],
        minMu: 1,
        maxMu: 2,
        industry: 'ai',
      }),
    ).toBe(3);
  });
});
