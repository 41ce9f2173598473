import type { AttributeTableStrings, attributeTableColumnsZh } from './i18n-zh.ts';

/** English strings of the attribute table (same keys as i18n-zh.ts, checked by the type). */
export const attributeTableEn: AttributeTableStrings = {
  toggle: 'Table',
  title: 'Attribute table',
  ofFilter: 'current filter',
  ofArea: 'in the drawn area',
  totals: '{{count}} parcels · {{m2}} m² · {{mu}} mu',
  zoom: 'Zoom to results',
  columns: 'Columns',
  export: 'Export',
  close: 'Close the attribute table',
  loading: 'Loading…',
  empty: 'No parcel matches',
};

/** English column headers of the attribute table (same keys as the Chinese ones). */
export const attributeTableColumnsEn: typeof attributeTableColumnsZh = {
  code: 'Parcel code',
  platformId: 'Platform',
  town: 'Town',
  landUse: 'Land use',
  state: 'Supply state',
  stateSince: 'State since',
  areaM2: 'Area (m²)',
  areaMu: 'Area (mu)',
  plotRatioMax: 'Max plot ratio',
  landPriceWan: 'Land price (10k RMB)',
  industry: 'Industry',
  enterprise: 'Enterprise',
};
