/**
 * The attribute table of parcels: its columns (the keys it can be sorted by, on the wire) and its page limits,
 * shared by the server's table query and the client's drawer.
 */

/** Columns of the parcel attribute table, in display order; each is also a sort key. */
export const PARCEL_TABLE_COLUMNS = [
  'code',
  'platformId',
  'town',
  'landUse',
  'state',
  'stateSince',
  'areaM2',
  'areaMu',
  'plotRatioMax',
  'landPriceWan',
  'industry',
  'enterprise',
] as const;
/** One of PARCEL_TABLE_COLUMNS. */
export type ParcelTableColumn = (typeof PARCEL_TABLE_COLUMNS)[number];

/** Sort direction of the table. */
export type SortDirection = 'asc' | 'desc';

/** Rows per table page by default. */
export const PARCEL_TABLE_PAGE_DEFAULT = 200;
/** Most rows per table page (the drawer fetches pages as it scrolls). */
export const PARCEL_TABLE_PAGE_MAX = 1_000;
