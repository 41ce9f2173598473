import type { AttributeTableStrings } from './i18n-zh.ts';

/** English strings of the attribute table (same keys as i18n-zh.ts, checked by the type). */
export const attributeTableEn: AttributeTableStrings = {
  toggle: 'Table',
  toggleTitle: 'Open or close the attribute table (parcels of the current filter or drawn area)',
  title: 'Attribute table',
  ofFilter: 'current filter',
  ofArea: 'in the drawn area',
  count: '{{count}} parcels',
  totals: '{{count}} parcels · {{m2}} m² · {{mu}} mu',
  zoom: 'Zoom to results',
  columns: 'Columns',
  export: 'Export',
  close: 'Close the attribute table',
  loading: 'Loading…',
  empty: 'No parcel matches',
  sortAsc: 'ascending',
  sortDesc: 'descending',
  col: {
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
  },
};
