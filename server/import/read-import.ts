/**
 * One entry point for every import format: an uploaded file (name + bytes) → features in lon/lat with their
 * attributes and per-record problems, plus the CRS used and how it was found. Order of the CRS decision:
 * the user's choice, else what the file declares (.prj, TXT header, KML, GeoJSON `crs`, GeoPackage gpkg_spatial_ref_sys, EWKT), else the
 * coordinates' range. A declared CRS this code does not support (say UTM) stops the import: guessing from the
 * range would silently misplace it. Xi'an 1980 / Beijing 1954 need a 7-parameter set (the user's, or the TXT
 * header's 转换参数). Everything thrown is a 4xx ApiError naming the file, limit or field.
 */
import type { Position } from 'geojson';
import { type CrsInfo, crsById } from '../../domain/crs/crs-catalog.ts';
import type { CrsDetection } from '../../domain/crs/crs-detection.ts';
import { detectFromRange, type Extent } from '../../domain/crs/detect-range.ts';
import { type LonLatTransform, lonLatTransform, type SevenParameters } from '../../domain/crs/transform.ts';
import { readGeoJson } from './geojson-reader.ts';
import { readGeoPackage } from './geopackage/read-geopackage.ts';
import { readGuotuTxt } from './guotu-txt-reader.ts';
import { CrsError, ImportLimitError, UnsupportedFormatError } from './import-errors.ts';
import type { ImportLimits } from './import-limits.ts';
import { readKml, readKmz } from './kml-reader.ts';
import { readShapefileSet } from './shapefile/read-shapefile.ts';
import type {
  AttributeValue,
  ReadBudget,
  RecordProblem,
  SourceData,
  SourceFormat,
  SourceGeometry,
} from './source-types.ts';
import { readCsvRows } from './table/csv-rows.ts';
import { type GeometryColumns, tableRecords } from './table/table-records.ts';
import { readXlsxRows } from './table/xlsx-rows.ts';
import { looksLikeZip, readZip, type ZipEntry } from './zip-reader.ts';

/** Options of one import read. */
export interface ImportOptions {
  limits: ImportLimits;
  /** The user's CRS (`EPSG:n`, `GCJ02`, `BD09`); overrides detection. */
  crs?: string;
  /** Datum shift for Xi'an 1980 / Beijing 1954; overrides a TXT header's 转换参数. */
  sevenParameters?: SevenParameters;
  /** Rotation sign convention of a TXT header's 转换参数 (not fixed by the format; default position vector). */
  headerConvention?: SevenParameters['convention'];
  /** Where the data is expected (lon/lat [west, south, east, north]); settles ambiguous coordinate ranges. */
  hint?: Extent;
  /** Geometry columns of a CSV/XLSX, when not detected from the header. */
  geometryColumns?: GeometryColumns;
  /** The feature table of a GeoPackage holding several (`layer` form field). */
  layer?: string;
}

/** A record in lon/lat. */
export interface ImportedFeature {
  record: number;
  geometry: SourceGeometry | null;
  attributes: Record<string, AttributeValue>;
}

/** The CRS used for a read, as the wire shows it. */
export interface UsedCrs {
  id: string;
  name: string;
  /** `user`: chosen by the user; else the detection's confidence. */
  source: 'user' | CrsDetection['confidence'];
  note: string;
  alternatives: string[];
}

/** A file read and transformed. */
export interface ImportRead {
  fileName: string;
  format: SourceFormat;
  fields: string[];
  features: ImportedFeature[];
  problems: RecordProblem[];
  /** Null when no record has geometry (e.g. a 招商 ledger). */
  crs: UsedCrs | null;
  /** What the file itself declared or its range suggested, whatever the user chose. */
  detected: UsedCrs | null;
  encoding?: string;
}

/** A budget that throws ImportLimitError once the file's features or vertices exceed the limits. */
export function makeBudget(limits: ImportLimits, fileName: string): ReadBudget {
  let features = 0;
  let vertices = 0;
  return {
    feature() {
      if (++features > limits.maxFeatures)
        throw new ImportLimitError('maxFeatures', limits.maxFeatures, fileName);
    },
    vertices(n) {
      vertices += n;
      if (vertices > limits.maxVertices)
        throw new ImportLimitError('maxVertices', limits.maxVertices, fileName);
    },
  };
}

const extOf = (name: string) => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** Reads a zip: a shapefile set, else the first other supported file in it (a zipped TXT, GeoJSON, KML…). */
async function readZipped(
  entries: ZipEntry[],
  fileName: string,
  budget: ReadBudget,
  o: ImportOptions,
): Promise<SourceData> {
  if (entries.some((e) => extOf(e.name) === 'shp')) return readShapefileSet(entries, fileName, budget);
  const inner = entries.find(
    (e) =>
      ['txt', 'geojson', 'json', 'kml', 'csv', 'xlsx'].includes(extOf(e.name)) &&
      !e.name.startsWith('__MACOSX/'),
  );
  if (!inner)
    throw new UnsupportedFormatError(fileName, 'the zip holds no .shp, .txt, .geojson, .kml, .csv or .xlsx');
  return readSource({ name: `${fileName}/${inner.name}`, bytes: inner.bytes }, budget, o, false);
}

/** Dispatches on the file extension (and the zip signature). */
async function readSource(
  file: { name: string; bytes: Uint8Array },
  budget: ReadBudget,
  o: ImportOptions,
  zipOk = true,
): Promise<SourceData> {
  const ext = extOf(file.name);
  const { name, bytes } = file;
  if (ext === 'kmz') return readKmz(bytes, name, budget, o.limits);
  if (zipOk && (ext === 'zip' || (looksLikeZip(bytes) && ext !== 'xlsx')))
    return readZipped(readZip(bytes, o.limits, name), name, budget, o);
  if (ext === 'txt') return readGuotuTxt(bytes, name, budget);
  if (ext === 'kml') return readKml(bytes, name, budget);
  if (ext === 'geojson' || ext === 'json') return readGeoJson(bytes, name, budget);
  if (ext === 'csv') {
    const { rows, encoding } = readCsvRows(bytes, o.limits.maxFeatures + 10);
    return { ...tableRecords(rows, 'csv', budget, o.geometryColumns), encoding };
  }
  if (ext === 'xlsx')
    return tableRecords(
      await readXlsxRows(bytes, name, o.limits, o.limits.maxFeatures + 10),
      'xlsx',
      budget,
      o.geometryColumns,
    );
  if (ext === 'shp' || ext === 'dbf' || ext === 'shx') {
    throw new UnsupportedFormatError(
      name,
      'a shapefile must be uploaded as a .zip with its .shp, .dbf, .prj (and .cpg)',
    );
  }
  if (ext === 'gpkg') return readGeoPackage(bytes, name, budget, o.layer);
  throw new UnsupportedFormatError(
    name,
    `extension .${ext || '(none)'}; expected .zip, .kmz, .kml, .txt, .geojson, .gpkg, .csv or .xlsx`,
  );
}

function eachPosition(g: SourceGeometry, f: (p: Position) => void) {
  if (g.type === 'Point') f(g.coordinates);
  else if (g.type === 'Polygon') for (const r of g.coordinates) for (const p of r) f(p);
  else for (const poly of g.coordinates) for (const r of poly) for (const p of r) f(p);
}

function extentOf(data: SourceData): Extent | null {
  const e = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of data.records) {
    if (!r.geometry) continue;
    eachPosition(r.geometry, ([x = Number.NaN, y = Number.NaN]) => {
      e[0] = Math.min(e[0]!, x);
      e[1] = Math.min(e[1]!, y);
      e[2] = Math.max(e[2]!, x);
      e[3] = Math.max(e[3]!, y);
    });
  }
  return Number.isFinite(e[0]) ? (e as unknown as Extent) : null;
}

const used = (
  crs: CrsInfo,
  d: Pick<CrsDetection, 'note' | 'alternatives'>,
  source: UsedCrs['source'],
): UsedCrs => ({
  id: crs.id,
  name: crs.name,
  source,
  note: d.note,
  alternatives: d.alternatives,
});

/** The CRS to use and what was detected; throws CrsError when it cannot be decided. */
function chooseCrs(data: SourceData, o: ImportOptions): { crs: CrsInfo | null; detected: UsedCrs | null } {
  const extent = extentOf(data);
  const detection = data.declaredCrs ?? (extent ? detectFromRange(extent, o.hint) : null);
  const detected = detection?.crs ? used(detection.crs, detection, detection.confidence) : null;
  if (o.crs) {
    const chosen = crsById(o.crs);
    if (!chosen)
      throw new CrsError(
        'crs_unsupported',
        `不支持的坐标系：${o.crs}。 Unsupported CRS: ${o.crs} (use EPSG:n, GCJ02 or BD09).`,
      );
    return { crs: chosen, detected };
  }
  if (!extent) return { crs: detection?.crs ?? null, detected };
  if (!detection?.crs) {
    const alternatives = detection?.alternatives.length
      ? ` Candidates: ${detection.alternatives.join(', ')}.`
      : '';
    throw new CrsError(
      'crs_unknown',
      `${detection?.note ?? '无法确定坐标系。 The CRS cannot be determined.'} 请指定坐标系 crs。 Choose the CRS (crs=EPSG:n).${alternatives}`,
    );
  }
  return { crs: detection.crs, detected };
}

function transformer(crs: CrsInfo, data: SourceData, o: ImportOptions): LonLatTransform {
  const header = data.sevenParameters;
  const seven =
    o.sevenParameters ??
    (header
      ? {
          dx: header[0]!,
          dy: header[1]!,
          dz: header[2]!,
          rx: header[3]!,
          ry: header[4]!,
          rz: header[5]!,
          ppm: header[6]!,
          convention: o.headerConvention ?? 'position_vector',
        }
      : undefined);
  const t = lonLatTransform(crs, seven);
  if (!t.ok) throw new CrsError('needs_seven_parameters', t.message);
  return t.transform;
}

/** Geometry in lon/lat, or null when a coordinate falls outside lon/lat range (wrong CRS). */
function toLonLat(g: SourceGeometry, t: LonLatTransform): SourceGeometry | null {
  let ok = true;
  const p = ([x = Number.NaN, y = Number.NaN]: Position): Position => {
    const [lon, lat] = t.toLonLat(x, y);
    if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) ok = false;
    return [lon, lat];
  };
  const out: SourceGeometry =
    g.type === 'Point'
      ? { type: 'Point', coordinates: p(g.coordinates) }
      : g.type === 'Polygon'
        ? { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(p)) }
        : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map((r) => r.map(p))) };
  return ok ? out : null;
}

/** Reads and transforms an uploaded file. */
export async function readImport(
  file: { name: string; bytes: Uint8Array },
  o: ImportOptions,
): Promise<ImportRead> {
  if (file.bytes.length > o.limits.maxUploadBytes)
    throw new ImportLimitError('maxUploadBytes', o.limits.maxUploadBytes, file.name);
  const data = await readSource(file, makeBudget(o.limits, file.name), o);
  const { crs, detected } = chooseCrs(data, o);
  const t = crs ? transformer(crs, data, o) : null;
  const problems = [...data.problems];
  const features = data.records.map((r) => {
    if (!r.geometry || !t) return { ...r };
    const geometry = toLonLat(r.geometry, t);
    if (!geometry) {
      problems.push({
        record: r.record,
        code: 'outside_crs',
        message: `第 ${r.record} 条记录：坐标不在 ${crs!.id} 的范围内（坐标系是否有误？）。 Record ${r.record}: coordinates fall outside ${crs!.id} (wrong CRS?).`,
      });
    }
    return { ...r, geometry };
  });
  return {
    fileName: file.name,
    format: data.format,
    fields: data.fields,
    features,
    problems,
    crs: crs
      ? o.crs
        ? used(crs, { note: `用户指定 ${crs.id}。 Chosen by the user: ${crs.id}.`, alternatives: [] }, 'user')
        : detected
      : null,
    detected,
    ...(data.encoding ? { encoding: data.encoding } : {}),
  };
}
