import type { settingsZh } from './i18n-zh.ts';

/** English strings of the settings page. */
export const settingsEn: typeof settingsZh = {
  title: 'Zone settings',
  backToMap: 'Back to the map',
  onlyAdmins: 'Only administrators may change the zone settings.',
  nameZh: 'Zone name (Chinese)',
  nameEn: 'Zone name (English)',
  mapView: 'Opening map view',
  viewFit: 'Fit to the data',
  viewFixed: 'Fixed centre and zoom',
  centerLon: 'Centre longitude',
  centerLat: 'Centre latitude',
  zoom: 'Zoom',
  towns: 'Towns (one per line)',
  codePattern: 'Parcel code pattern (regular expression: prefix, number, branch)',
  codePatternHint: 'Split and merge read prefix, sequence number and branch of new codes with it.',
  validityBox: 'Validity box (west, south, east, north; degrees)',
  validityHint: 'Imported geometry must lie inside; it catches swapped axes and wrong coordinate systems.',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved.',
  emptyZone:
    'This is a new zone: set its name, then import platforms, parcels and projects (Import data), in that order.',
  toImport: 'Go to Import data',
};
