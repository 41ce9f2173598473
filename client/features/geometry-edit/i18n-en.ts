import type { GeomStrings } from './i18n-zh.ts';

/** English strings of parcel geometry editing (split, merge); same keys as i18n-zh.ts, checked by the type. */
export const geomEn: GeomStrings = {
  title: 'Parcel geometry',
  split: 'Split',
  splitHint:
    'Draw a line across the parcel on the map: click each vertex, click the last one again (or press Enter) to finish. Both ends must lie outside the parcel.',
  cancel: 'Cancel',
  redraw: 'Redraw',
  previewing: 'Computing the split…',
  previewTitle: 'Split preview (not saved yet)',
  parentArea: 'Parcel {{code}}: {{area}}',
  partsTotal: 'New parcels together: {{area}}',
  rules: 'What carries over',
  confirm: 'Confirm split',
  committing: 'Saving…',
  refused: 'Cannot split: {{message}}',
  stale:
    '{{who}} changed this parcel (now version {{version}}); the split was not saved. Reload and draw again.',
  someone: 'someone else',
  failed: 'Not saved: {{message}}',
  done: 'Split: parcel {{code}} is retired (its history is kept); new parcels:',
};
