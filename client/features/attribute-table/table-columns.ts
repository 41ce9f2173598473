/** How each attribute-table column shows its value (numbers grouped, enums by their label in the UI language). */
import { formatNumber, type Lang, labelOf, MISSING } from '../../../domain/format.ts';
import {
  PARCEL_TABLE_COLUMNS,
  type ParcelTableColumn,
  type SortDirection,
} from '../../../domain/spatial-query/parcel-table.ts';
import type { TableRow } from './table-row.ts';

/** Columns shown until the user chooses others. */
export const DEFAULT_COLUMNS: readonly ParcelTableColumn[] = [
  'code',
  'platformId',
  'landUse',
  'state',
  'areaM2',
  'areaMu',
  'industry',
  'enterprise',
];

/** Numeric columns (right-aligned). */
export const NUMERIC_COLUMNS: ReadonlySet<ParcelTableColumn> = new Set([
  'areaM2',
  'areaMu',
  'plotRatioMax',
  'landPriceWan',
]);

/** The columns after showing or hiding `c`: a shown column is hidden, a hidden one shown in the table's order. */
export const toggledColumns = (
  cols: readonly ParcelTableColumn[],
  c: ParcelTableColumn,
): readonly ParcelTableColumn[] =>
  cols.includes(c)
    ? cols.filter((x) => x !== c)
    : PARCEL_TABLE_COLUMNS.filter((x) => x === c || cols.includes(x));

/** The order after clicking column `c`: ascending by a new column, flipped on the sorted one. */
export const nextOrder = (
  o: { sort: ParcelTableColumn; dir: SortDirection },
  c: ParcelTableColumn,
): { sort: ParcelTableColumn; dir: SortDirection } => ({
  sort: c,
  dir: o.sort === c && o.dir === 'asc' ? 'desc' : 'asc',
});

/** The text of `column` for `row`; `platformName` names a platform id. */
export function cellText(
  row: TableRow,
  column: ParcelTableColumn,
  lang: Lang,
  platformName: (id: string) => string,
): string {
  switch (column) {
    case 'platformId':
      return platformName(row.platformId);
    case 'landUse':
      return `${row.landUse} ${labelOf('landUse', row.landUse, lang)}`;
    case 'state':
      return labelOf('landState', row.state, lang);
    case 'industry':
      return row.industry ? labelOf('industry', row.industry, lang) : MISSING;
    case 'areaM2':
      return formatNumber(row.areaM2, lang, 0);
    case 'areaMu':
      return formatNumber(row.areaMu, lang, 2);
    case 'plotRatioMax':
      return formatNumber(row.plotRatioMax, lang, 1);
    case 'landPriceWan':
      return formatNumber(row.landPriceWan, lang, 0);
    default:
      return row[column] ?? MISSING;
  }
}
