/**
 * Print colours of the land-supply states on report maps and legends: greys for not-yet-available land,
 * greens for land that can be supplied now (净地可供, 挂牌), oranges for land taken but not built, blues for
 * land in use. Chosen to stay distinguishable in greyscale print (lightness steps) and for red–green
 * colour blindness (green vs orange/blue, not green vs red).
 */
import type { LandState } from '../../domain/enums.ts';

/** Fill colour (hex) per land state. */
export const STATE_FILL: Record<LandState, string> = {
  planned: '#e3e3e3',
  reserve: '#c9bfe0',
  ready: '#4dac26',
  listed: '#b8e186',
  transferred: '#fdb863',
  delivered: '#e08214',
  under_construction: '#b35806',
  completed: '#92c5de',
  producing: '#2166ac',
};

/** Label colour that stays readable on top of the state's fill. */
export function labelColourOn(state: LandState): string {
  return state === 'producing' || state === 'under_construction' || state === 'ready' ? '#ffffff' : '#222222';
}
