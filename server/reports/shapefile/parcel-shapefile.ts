/**
 * The parcel list as a zipped shapefile: parcels.shp/.shx/.dbf (UTF-8, declared in parcels.cpg), parcels.prj for
 * the chosen CRS (ESRI WKT, identified by GDAL as its EPSG code) and fields.csv, the table that maps the
 * ≤ 10-character dBase field names to the API's names and the Chinese headers of the other exports.
 * Same model and CRS → same bytes (file times are the model's generatedAt).
 */
import { zipSync } from 'fflate';
import type { Position } from 'geojson';
import type { CrsInfo } from '../../../domain/crs/crs-catalog.ts';
import { esriWkt } from '../../../domain/crs/esri-wkt.ts';
import { lonLatTransform } from '../../../domain/crs/transform.ts';
import { labelOf } from '../../../domain/format.ts';
import type { ParcelListModel, ParcelRow } from '../models.ts';
import { type DbfColumn, type DbfValue, writeDbf } from './dbf-writer.ts';
import { type PolygonRings, writeShp } from './shp-writer.ts';

/** A dBase field of the export: its column, the API (wire) name, the Chinese header, and its value. */
interface ExportField {
  column: DbfColumn;
  wire: string;
  zh: string;
  value(r: ParcelRow): DbfValue;
}

const zh = 'zh-CN';
const joined = (xs: readonly string[]) => (xs.length > 0 ? xs.join('；') : null);
const text = (name: string, wire: string, title: string, value: ExportField['value']): ExportField => ({
  column: { name, type: 'C' },
  wire,
  zh: title,
  value,
});
const num = (
  name: string,
  wire: string,
  title: string,
  decimals: number,
  value: ExportField['value'],
): ExportField => ({
  column: { name, type: 'N', width: 18, decimals },
  wire,
  zh: title,
  value,
});
const date = (name: string, wire: string, title: string, value: ExportField['value']): ExportField => ({
  column: { name, type: 'D' },
  wire,
  zh: title,
  value,
});

/** The exported fields, in order (the XLSX/CSV columns plus the ids and enum keys a GIS join needs). */
export const PARCEL_SHP_FIELDS: readonly ExportField[] = [
  text('ID', 'id', '地块标识', (r) => r.parcel.id),
  text('CODE', 'code', '地块编号', (r) => r.parcel.code),
  text('PLATFORM', 'platformId', '平台标识', (r) => r.parcel.platformId),
  text('PLAT_NAME', 'platformNameZh', '所属平台', (r) => r.platformNameZh),
  text('TOWN', 'town', '镇街', (r) => r.parcel.town || null),
  text('LANDUSE', 'landUse', '用地性质代码', (r) => r.parcel.landUse),
  text('LANDUSE_ZH', 'landUseZh', '用地性质', (r) => labelOf('landUse', r.parcel.landUse, zh)),
  num('AREA_M2', 'areaM2', '面积（㎡）', 2, (r) => r.parcel.areaM2),
  num('AREA_MU', 'areaMu', '面积（亩）', 4, (r) => r.parcel.areaMu),
  num('PLOTR_MAX', 'plotRatioMax', '容积率上限', 2, (r) => r.parcel.plotRatioMax),
  text('STATE', 'state', '供地状态代码', (r) => r.parcel.state),
  text('STATE_ZH', 'stateZh', '供地状态', (r) => labelOf('landState', r.parcel.state, zh)),
  date('STATE_SINC', 'stateSince', '状态起始日期', (r) => r.parcel.stateSince),
  date('READY_DATE', 'expectedReadyDate', '预计净地日期', (r) => r.parcel.expectedReadyDate),
  date('SIGNED', 'contract.signed', '合同签订日期', (r) => r.parcel.contract.signed),
  date('AGR_DELIV', 'contract.agreedDelivery', '约定交地日期', (r) => r.parcel.contract.agreedDelivery),
  date('AGR_START', 'contract.agreedStart', '约定开工日期', (r) => r.parcel.contract.agreedStart),
  date('AGR_COMPL', 'contract.agreedCompletion', '约定竣工日期', (r) => r.parcel.contract.agreedCompletion),
  num('PRICE_WAN', 'landPriceWan', '出让价款（万元）', 2, (r) => r.parcel.landPriceWan),
  text('PROJECTS', 'projectNames', '项目', (r) => joined(r.projects.map((p) => p.name))),
  text('ENTERPRISE', 'enterprises', '企业', (r) => joined(r.projects.map((p) => p.enterprise))),
];

const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** fields.csv: the mapping table (UTF-8 with BOM so Excel opens it in Chinese). */
function fieldTable(): string {
  const lines = [['字段 field', 'API 名称 name', '中文名称', '类型 type', '说明 note'].join(',')];
  for (const f of PARCEL_SHP_FIELDS) {
    const { name, type, width, decimals } = f.column;
    const kind = type === 'N' ? `N(${width},${decimals})` : type === 'D' ? 'D (YYYYMMDD)' : 'C';
    const note = type === 'C' ? 'UTF-8，超过 254 字节截断 / cut at 254 bytes' : '';
    lines.push([name, f.wire, f.zh, kind, note].map(csvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The parcel's rings in the target CRS. */
function ringsIn(r: ParcelRow, project: (lon: number, lat: number) => [number, number]): PolygonRings {
  const polys = r.geometry.type === 'Polygon' ? [r.geometry.coordinates] : r.geometry.coordinates;
  return polys.map((poly) =>
    poly.map((ring) => ring.map(([lon = 0, lat = 0]: Position) => project(lon, lat))),
  );
}

/** Zip bytes of the parcel list in `crs`; null when `crs` cannot be written (see esri-wkt.ts). */
export function parcelListShapefileZip(model: ParcelListModel, crs: CrsInfo): Uint8Array | null {
  const prj = esriWkt(crs);
  const t = lonLatTransform(crs);
  if (!prj || !t.ok) return null;
  const { shp, shx } = writeShp(model.rows.map((r) => ringsIn(r, t.transform.fromLonLat)));
  const dbf = writeDbf(
    PARCEL_SHP_FIELDS.map((f) => f.column),
    model.rows.map((r) => PARCEL_SHP_FIELDS.map((f) => f.value(r))),
    model.generatedAt,
  );
  const mtime = new Date(model.generatedAt);
  const enc = new TextEncoder();
  return zipSync(
    {
      'parcels.shp': shp,
      'parcels.shx': shx,
      'parcels.dbf': dbf,
      'parcels.prj': enc.encode(prj),
      'parcels.cpg': enc.encode('UTF-8'),
      'fields.csv': enc.encode(fieldTable()),
    },
    { level: 6, mtime },
  );
}
