/** The parcel list as CSV (UTF-8 with BOM, RFC 4180), same columns as the XLSX 地块 sheet. */
import { type CsvCell, toCsv } from './csv.ts';
import type { ParcelListModel } from './models.ts';
import { type ColumnKind, PARCEL_COLUMNS } from './parcel-columns.ts';

// Rounding for plain-text numbers: ㎡ to 0.01, 亩 to 0.0001 (≈ 0.07 ㎡), money to 0.01 万元.
const DECIMALS: Partial<Record<ColumnKind, number>> = { m2: 2, mu: 4, wan: 2, ratio: 2 };

function cell(kind: ColumnKind, v: string | number | null): CsvCell {
  const d = DECIMALS[kind];
  if (typeof v === 'number' && d !== undefined) return Math.round(v * 10 ** d) / 10 ** d;
  return v;
}

/** CSV text of a parcel list (starts with a BOM). */
export function parcelListCsv(list: ParcelListModel): string {
  return toCsv(
    PARCEL_COLUMNS.map((c) => c.header),
    list.rows.map((r) => PARCEL_COLUMNS.map((c) => cell(c.kind, c.value(r)))),
  );
}
