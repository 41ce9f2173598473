import type { MeasureStrings } from './i18n-zh.ts';

/** English strings of the measuring and draw-to-query tools (same keys as i18n-zh.ts). */
export const measureEn: MeasureStrings = {
  toolbar: 'Measure and query tools',
  measureLine: 'Distance',
  measureArea: 'Area',
  queryPolygon: 'Select by polygon',
  queryRectangle: 'Select by rectangle',
  queryBuffer: 'Select by buffer',
  bufferMetres: 'Buffer distance (m)',
  relation: 'Parcels that',
  intersects: 'intersect',
  within: 'lie within',
  clear: 'Clear',
  stop: 'Done',
  hintLine: 'Click to add points; double-click or click the last point to finish',
  hintPolygon: 'Click to add points; click the first point to close',
  hintRectangle: 'Click two opposite corners',
  hintBuffer: 'Draw a line (e.g. along S357); parcels within the buffer distance are selected',
  length: 'Length {{value}}',
  area: 'Area {{value}}',
  selected: '{{n}} parcels selected',
  bufferInvalid: 'The buffer distance must be 1–5,000 m',
};
