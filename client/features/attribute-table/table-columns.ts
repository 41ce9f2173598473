/** How each attribute-table column shows its value (numbers grouped, enums by their label in the UI language). */
import { formatNumber, type Lang, labelOf, MISSING } from '../../../domain/format.ts';
import type { ParcelTableColumn } from '../../../domain/spatial-query/parcel-table.ts';
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
