/**
 * The shareable part of the UI state and its URL form. Opening a URL with these parameters reproduces the view.
 *
 *   v=lon,lat,zoom        map centre (WGS84) and zoom, e.g. v=114.25,23.02,11.2
 *   theme=state|landUse|industry|platform   parcel colouring (default state)
 *   platform=belt-357     filter: platform id
 *   state=ready,listed    filter: land-supply states (comma-separated)
 *   landUse=100101        filter: land-use code
 *   minMu=20&maxMu=200    filter: area range in 亩
 *   industry=laser        filter: industry of the parcel's project(s)
 *   sel=p-0001            selected parcel id (details panel open)
 *   pj=prj-001            project shown in the details panel
 *   pv=belt-357           platform shown in the details panel (platform view)
 *   rs=rd-chenjiang-01    三旧改造 site shown in the details panel
 *   base=offline|osm|tdt-vec|tdt-img       basemap (default offline)
 *   hide=roads,water      hidden layers (comma-separated layer ids)
 *   tab=filters|idle|land-balance|layers|legend   left-panel tab (default overview, 概览)
 *   lang=zh-CN|en         UI language (default zh-CN)
 *   tbl=1                 attribute table (bottom drawer) open
 *   ref=2018-03-09        reference date of deadlines and "this year" (default: the server's reference date)
 *   reserve, redev, slack, hz, lbp   land-balance what-if options (see land-balance-url.ts)
 * Defaults are omitted from the URL so links stay short. Unknown or malformed values fall back to defaults.
 * The short parameter names exist only here, at the URL boundary (links already shared must keep working); the
 * app reads the state by its full names (`selectedParcelId`, not `sel`).
 */
import { isIsoDate } from '../../domain/dates.ts';
import type { Industry, LandState, LandUse } from '../../domain/enums.ts';
import { INDUSTRIES, LAND_STATES, LAND_USES } from '../../domain/enums.ts';
import type { UiLang } from '../i18n/index.ts';
import { isUiLang } from '../i18n/index.ts';
import {
  DEFAULT_LAND_BALANCE_VIEW,
  type LandBalanceView,
  parseLandBalanceView,
  writeLandBalanceView,
} from './land-balance-url.ts';
import { parseUrlId as id } from './url-id.ts';

/** Parcel colouring themes. */
export const THEMES = ['state', 'landUse', 'industry', 'platform'] as const;
export type Theme = (typeof THEMES)[number];

/** Basemaps: the offline one drawn from our own layers, OSM raster, 天地图 vector and imagery. */
export const BASEMAPS = ['offline', 'osm', 'tdt-vec', 'tdt-img'] as const;
export type BasemapId = (typeof BASEMAPS)[number];

/** Toggleable overlay layers. */
export const OVERLAYS = ['platforms', 'parcels', 'redevelopment', 'roads', 'water', 'towns'] as const;
export type OverlayId = (typeof OVERLAYS)[number];

/** Map centre (lon, lat in degrees) and zoom. */
export interface MapViewState {
  lon: number;
  lat: number;
  zoom: number;
}

/** Parcel filters; null / empty means "any". Areas in 亩. */
export interface Filters {
  platform: string | null;
  states: LandState[];
  landUse: LandUse | null;
  minMu: number | null;
  maxMu: number | null;
  industry: Industry | null;
}

/** The UI state; each field's URL parameter is named in the header comment. */
export interface UrlState {
  /** Map centre and zoom (`v`); null = frame the zone. */
  view: MapViewState | null;
  theme: Theme;
  filters: Filters;
  /** Parcel shown in the details panel (`sel`). */
  selectedParcelId: string | null;
  /** Project shown in the details panel (`pj`). */
  selectedProjectId: string | null;
  /** Platform shown in the details panel (`pv`). */
  selectedPlatformId: string | null;
  /** 三旧改造 (redevelopment) site shown in the details panel (`rs`). */
  selectedRedevelopmentId: string | null;
  /** Basemap (`base`). */
  basemap: BasemapId;
  /** Overlays switched off (`hide`). */
  hiddenOverlays: OverlayId[];
  /** Left-panel tab id. */
  tab: string;
  lang: UiLang;
  /** Reference date (ISO) chosen by the user (`ref`); null = the server's default. */
  refDate: string | null;
  /** Land-balance what-if options and selected pipeline project. */
  landBalance: LandBalanceView;
  /** The attribute table drawer is open (`tbl=1`). */
  tableOpen: boolean;
}

export const EMPTY_FILTERS: Filters = {
  platform: null,
  states: [],
  landUse: null,
  minMu: null,
  maxMu: null,
  industry: null,
};

export const DEFAULT_STATE: UrlState = {
  view: null,
  theme: 'state',
  filters: EMPTY_FILTERS,
  selectedParcelId: null,
  selectedProjectId: null,
  selectedPlatformId: null,
  selectedRedevelopmentId: null,
  basemap: 'offline',
  hiddenOverlays: [],
  tab: 'overview',
  lang: 'zh-CN',
  refDate: null,
  landBalance: DEFAULT_LAND_BALANCE_VIEW,
  tableOpen: false,
};

const TAB = /^[a-z-]{1,30}$/;

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | null =>
  v != null && (list as readonly string[]).includes(v) ? (v as T) : null;

const listOf = <T extends string>(list: readonly T[], v: string | null): T[] =>
  v == null ? [] : [...new Set(v.split(','))].filter((x): x is T => (list as readonly string[]).includes(x));

const num = (v: string | null): number | null => {
  if (v == null || v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? n : null;
};

function parseView(v: string | null): MapViewState | null {
  if (!v) return null;
  const [lon, lat, zoom] = v.split(',').map(Number);
  if (lon == null || lat == null || zoom == null) return null;
  if (![lon, lat, zoom].every(Number.isFinite)) return null;
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 24) return null;
  return { lon, lat, zoom };
}

/** Parses a query string (`?a=b…`) into the UI state, with defaults for anything missing or invalid. */
export function parseUrlState(search: string): UrlState {
  const q = new URLSearchParams(search);
  const lang = q.get('lang');
  const tab = q.get('tab');
  return {
    view: parseView(q.get('v')),
    theme: oneOf(THEMES, q.get('theme')) ?? DEFAULT_STATE.theme,
    filters: {
      platform: id(q.get('platform')),
      states: listOf(LAND_STATES, q.get('state')),
      landUse: oneOf(LAND_USES, q.get('landUse')),
      minMu: num(q.get('minMu')),
      maxMu: num(q.get('maxMu')),
      industry: oneOf(INDUSTRIES, q.get('industry')),
    },
    selectedParcelId: id(q.get('sel')),
    selectedProjectId: id(q.get('pj')),
    selectedPlatformId: id(q.get('pv')),
    selectedRedevelopmentId: id(q.get('rs')),
    basemap: oneOf(BASEMAPS, q.get('base')) ?? DEFAULT_STATE.basemap,
    hiddenOverlays: listOf(OVERLAYS, q.get('hide')),
    tab: tab != null && TAB.test(tab) ? tab : DEFAULT_STATE.tab,
    lang: isUiLang(lang) ? lang : DEFAULT_STATE.lang,
    refDate: isIsoDate(q.get('ref') ?? '') ? q.get('ref') : null,
    landBalance: parseLandBalanceView(q),
    tableOpen: q.get('tbl') === '1',
  };
}

/** Rounds a view so URLs stay short: ~1 m at 5 decimals of a degree, zoom to 0.01. */
const fmtView = (v: MapViewState): string =>
  `${+v.lon.toFixed(5)},${+v.lat.toFixed(5)},${+v.zoom.toFixed(2)}`;

/** Serialises the UI state to a query string (without `?`), omitting defaults. */
export function serializeUrlState(s: UrlState): string {
  const q = new URLSearchParams();
  if (s.view) q.set('v', fmtView(s.view));
  if (s.theme !== DEFAULT_STATE.theme) q.set('theme', s.theme);
  const f = s.filters;
  if (f.platform) q.set('platform', f.platform);
  if (f.states.length) q.set('state', f.states.join(','));
  if (f.landUse) q.set('landUse', f.landUse);
  if (f.minMu != null) q.set('minMu', String(f.minMu));
  if (f.maxMu != null) q.set('maxMu', String(f.maxMu));
  if (f.industry) q.set('industry', f.industry);
  if (s.selectedParcelId) q.set('sel', s.selectedParcelId);
  if (s.selectedProjectId) q.set('pj', s.selectedProjectId);
  if (s.selectedPlatformId) q.set('pv', s.selectedPlatformId);
  if (s.selectedRedevelopmentId) q.set('rs', s.selectedRedevelopmentId);
  if (s.basemap !== DEFAULT_STATE.basemap) q.set('base', s.basemap);
  if (s.hiddenOverlays.length) q.set('hide', s.hiddenOverlays.join(','));
  if (s.tab !== DEFAULT_STATE.tab) q.set('tab', s.tab);
  if (s.lang !== DEFAULT_STATE.lang) q.set('lang', s.lang);
  if (s.refDate) q.set('ref', s.refDate);
  writeLandBalanceView(q, s.landBalance);
  if (s.tableOpen) q.set('tbl', '1');
  // Commas are safe in query values; keeping them literal makes links readable.
  return q.toString().replaceAll('%2C', ',');
}

/** Number of active filters (for the "n filters" badge and the clear button). */
export function activeFilterCount(f: Filters): number {
  return (
    (f.platform ? 1 : 0) +
    (f.states.length ? 1 : 0) +
    (f.landUse ? 1 : 0) +
    (f.minMu != null || f.maxMu != null ? 1 : 0) +
    (f.industry ? 1 : 0)
  );
}

/**
 * The fields whose change is a step the user may want to walk back (Back / Forward): what the details panel
 * shows and which left-panel tab is open. Everything else (map moves, filters typed in, theme, language)
 * updates the current history entry in place.
 */
export const HISTORY_STEP_FIELDS = [
  'selectedParcelId',
  'selectedProjectId',
  'selectedPlatformId',
  'tab',
] as const;

/** 'push' when going from `prev` to `next` changes a history-step field, else 'replace'. */
export function historyMode(prev: UrlState, next: UrlState): 'push' | 'replace' {
  return HISTORY_STEP_FIELDS.some((k) => prev[k] !== next[k]) ? 'push' : 'replace';
}

/**
 * The state after Back/Forward lands on `search`: the entry's selection, tab and filters, but the current
 * map view, language and basemap — those are where the user is and how they read the map, not steps taken
 * (the entry's own view may be stale; the map does not jump on Back).
 */
export function stateFromHistory(current: UrlState, search: string): UrlState {
  const s = parseUrlState(search);
  return { ...s, view: current.view, lang: current.lang, basemap: current.basemap };
}
