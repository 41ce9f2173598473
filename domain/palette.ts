/**
 * The one palette of the app: map fills, legends, charts, PDF reports and KML all take their class colours from
 * here, so 净地可供 is the same green on screen and on paper.
 *
 * Land-supply states: greys for land not yet available (规划, 储备), greens for land that can be supplied now
 * (净地可供, 挂牌), oranges for land taken but not built (已出让 → 在建), purples for built land (竣工, 投产).
 * Neighbouring states differ in lightness (CIE L* steps of 13–47) so they stay apart in greyscale print, and the families are
 * green / orange / purple — not green vs red — so they stay apart for red–green colour blindness. Blue is left
 * to water and the platform boundaries of the map.
 * Land uses follow the usual Chinese planning palette (工业 browns, 物流 violet, 商业 red, 科研 pink).
 * Within each theme no class may look like another class or like an overlay drawn over it (the 三旧 hatch,
 * platform outlines, roads, railway, stations, water): tests/unit/domain/palette.test.ts holds every pair to a
 * CIE76 colour difference of at least 10 (side by side, 10 is plainly different; 2.3 is just noticeable).
 */
import type { Industry, LandState, LandUse } from './enums.ts';

/** Fill colour (hex `#rrggbb`) per land-supply state. */
export const STATE_COLORS: Record<LandState, string> = {
  planned: '#e0e0e0',
  reserve: '#b0b0b0',
  ready: '#1a9641',
  listed: '#d9f0a3',
  transferred: '#fdb863',
  delivered: '#e08214',
  under_construction: '#b35806',
  completed: '#b2abd2',
  producing: '#542788',
};

/** Text colour (hex) that stays readable on top of a state's fill: white on the dark fills, near-black otherwise. */
export function textColorOnState(state: LandState): string {
  return state === 'producing' || state === 'under_construction' || state === 'ready' ? '#ffffff' : '#222222';
}

/** Fill colour (hex `#rrggbb`) per land-use code. */
export const LAND_USE_COLORS: Record<LandUse, string> = {
  // Generic 工业用地 (no sub-class): an ochre between the 一/二/三类 browns, not one of them.
  '1001': '#b5893a',
  '100101': '#cfa77e',
  '100102': '#a87b54',
  '100103': '#7d5734',
  M0: '#d67fd0',
  '1101': '#a78bfa',
  '110101': '#b3a3d9',
  '110102': '#8a74bd',
  '110103': '#6e57a3',
  '0901': '#f06060',
  '0802': '#f7a1c4',
};

/** Fill colour (hex `#rrggbb`) per industry of the parcel's project; `none` for a parcel without a project. */
export const INDUSTRY_COLORS: Record<Industry | 'none', string> = {
  beidou: '#1c7ed6',
  // Not red: red is the 三旧 hatch drawn over every theme.
  laser: '#e64980',
  semiconductor: '#7048e8',
  ai: '#1098ad',
  bigdata_iot: '#37b24d',
  new_energy: '#c0a600',
  other: '#868e96',
  none: '#dee2e6',
};

/** Distinct colours (hex) for platforms, assigned in the order the API lists them (map theme and printed maps). */
export const PLATFORM_COLORS: readonly string[] = [
  '#e8590c',
  '#1971c2',
  '#2f9e44',
  '#9c36b5',
  '#0c8599',
  '#c2255c',
  '#5f3dc4',
  '#e67700',
];

/**
 * Colours (hex) of the layers drawn over the parcels of any theme, as the legend shows them: the 三旧 hatch
 * lines, platform outlines, S357, expressways, the railway, stations, water, and the open project's outline.
 */
export const OVERLAY_COLORS = {
  redevelopment: '#c92a2a',
  platformBoundary: '#364fc7',
  s357: '#ff9f43',
  expressway: '#ffd58a',
  railway: '#666666',
  station: '#495057',
  water: '#a5d0ec',
  projectOutline: '#111111',
} as const;
