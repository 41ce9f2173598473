import type { PrintStrings } from './i18n-zh.ts';

/** English strings of the print dialog (same keys as i18n-zh.ts). */
export const printEn: PrintStrings = {
  open: 'Print',
  title: 'Print to scale',
  paper: 'Paper',
  orientation: 'Orientation',
  portrait: 'Portrait',
  landscape: 'Landscape',
  scale: 'Scale',
  mapTitle: 'Title',
  defaultTitle: '{{zone}} land and platforms',
  centreNote:
    'Centred on the current map centre; parcels coloured by the current theme and selected by the current filters and drawn area.',
  extent: 'Ground extent {{w}} × {{h}}',
  download: 'Make PDF',
  cancel: 'Cancel',
};
