import type { LegendOverlayStrings } from './i18n-zh.ts';

/** English labels of the legend's overlay symbols (same keys as i18n-zh.ts, checked by the type). */
export const legendOverlayEn: LegendOverlayStrings = {
  expressway: 'Expressway',
  railway: 'Intercity railway',
  station: 'Intercity station',
  projectOutline: 'Parcels of the open project',
  heading: 'Other layers',
};
