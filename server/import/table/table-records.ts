/**
 * Rows of a CSV or XLSX sheet → source records. The header row is the first of the top ten rows with the most
 * filled cells (ledgers often carry a title row above the header). Geometry comes from, in this order:
 *   - a WKT / EWKT column (`WKT`, `geometry`, `geom`, `the_geom`, `几何`, `图形`, or any column whose first filled
 *     cell starts with POINT / POLYGON / MULTIPOLYGON); an EWKT `SRID=n;` prefix declares the CRS;
 *   - longitude/latitude columns (`lon`/`lng`/`longitude`/`经度` and `lat`/`latitude`/`纬度`) → points;
 *   - X/Y columns (`x`/`y`, `x坐标`/`y坐标`, `东坐标`/`北坐标`, `横坐标`/`纵坐标`) → points. Chinese survey
 *     practice calls the northing X and the easting Y, GIS software the opposite: when the X column holds the
 *     larger, northing-like values without a zone prefix, or the Y column carries the zone prefix, the columns
 *     are read the survey way and a note says so.
 * `columns` overrides the detection. A table without any geometry columns is fine (a 招商 ledger).
 */
import { wktToGeoJSON } from 'betterknown';
import { crsById } from '../../../domain/crs/crs-catalog.ts';
import { type CrsDetection, declared, unknown } from '../../../domain/crs/crs-detection.ts';
import { toAttribute } from '../feature-collection.ts';
import { geometryProblemMessage, readGeoJsonGeometry } from '../geojson-geometry.ts';
import type {
  AttributeValue,
  ReadBudget,
  RecordProblem,
  SourceData,
  SourceFormat,
  SourceGeometry,
  SourceRecord,
} from '../source-types.ts';
import type { Cell } from './xlsx-rows.ts';

/** Source column names of the geometry, when the user names them instead of relying on detection. */
export interface GeometryColumns {
  wkt?: string;
  lon?: string;
  lat?: string;
  /** Column holding eastings. */
  easting?: string;
  /** Column holding northings. */
  northing?: string;
}

const norm = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_（）()]/g, '');
const NAMES = {
  wkt: ['wkt', 'ewkt', 'geometry', 'geom', 'thegeom', 'shape', '几何', '图形', '几何图形'],
  lon: ['lon', 'lng', 'long', 'longitude', '经度', 'x经度'],
  lat: ['lat', 'latitude', '纬度', 'y纬度'],
  x: ['x', 'x坐标', 'xzb', '纵坐标', '北坐标', 'northing', 'n'],
  y: ['y', 'y坐标', 'yzb', '横坐标', '东坐标', 'easting', 'e'],
};

function headerRow(rows: readonly Cell[][]): number {
  const filled = rows.slice(0, 10).map((r) => r.filter((c) => c !== null && String(c).trim() !== '').length);
  const most = Math.max(0, ...filled);
  return filled.indexOf(most);
}

const find = (fields: string[], names: string[]) => fields.find((f) => names.includes(norm(f)));

function median(values: number[]): number {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : Number.NaN;
}

/** Chooses the geometry columns; notes the survey-convention axis swap. */
function geometryColumns(fields: string[], data: Record<string, AttributeValue>[], given: GeometryColumns) {
  if (given.wkt || given.lon || given.easting) return { cols: given, swapped: false };
  const wkt =
    find(fields, NAMES.wkt) ??
    fields.find((f) =>
      /^\s*(SRID=\d+;)?\s*(MULTI)?(POINT|POLYGON)/i.test(String(data.find((r) => r[f] !== null)?.[f] ?? '')),
    );
  if (wkt) return { cols: { wkt }, swapped: false };
  const lon = find(fields, NAMES.lon);
  const lat = find(fields, NAMES.lat);
  if (lon && lat) return { cols: { lon, lat }, swapped: false };
  const x = find(fields, NAMES.x);
  const y = find(fields, NAMES.y);
  if (!x || !y) return { cols: {}, swapped: false };
  const mx = median(data.map((r) => Number(r[x])));
  const my = median(data.map((r) => Number(r[y])));
  const survey = (mx > 1e6 && my < 1e6) || (my >= 1e7 && mx < 1e7);
  return { cols: survey ? { easting: y, northing: x } : { easting: x, northing: y }, swapped: survey };
}

function geometryOf(
  row: Record<string, AttributeValue>,
  cols: GeometryColumns,
  budget: ReadBudget,
): SourceGeometry | null | 'bad' {
  if (cols.wkt) {
    const text = row[cols.wkt];
    if (text === null || text === undefined) return null;
    try {
      const reading = readGeoJsonGeometry(wktToGeoJSON(String(text).replace(/^\s*SRID=\d+;/i, '')), budget);
      return 'geometry' in reading ? reading.geometry : 'bad';
    } catch {
      return 'bad';
    }
  }
  const [a, b] = cols.lon ? [cols.lon, cols.lat] : [cols.easting, cols.northing];
  if (!a || !b) return null;
  if (row[a] === null && row[b] === null) return null;
  const x = Number(row[a]);
  const y = Number(row[b]);
  budget.vertices(1);
  return Number.isFinite(x) && Number.isFinite(y) && row[a] !== null && row[b] !== null
    ? { type: 'Point', coordinates: [x, y] }
    : 'bad';
}

function ewktCrs(data: Record<string, AttributeValue>[], wkt: string | undefined): CrsDetection | null {
  const first = wkt ? String(data.find((r) => r[wkt] !== null)?.[wkt] ?? '') : '';
  const srid = /^\s*SRID=(\d+);/i.exec(first)?.[1];
  if (!srid) return null;
  const crs = crsById(srid);
  return crs
    ? declared(crs, `EWKT 声明 SRID=${srid}。 The EWKT declares SRID=${srid}.`)
    : unknown(`EWKT 的 SRID=${srid} 不受支持。 Unsupported EWKT SRID=${srid}.`);
}

/** Rows (header included) → source data. */
export function tableRecords(
  rows: readonly Cell[][],
  format: SourceFormat,
  budget: ReadBudget,
  given: GeometryColumns = {},
): SourceData {
  const h = headerRow(rows);
  const fields: string[] = [];
  for (const [i, c] of (rows[h] ?? []).entries()) {
    let name = c === null || String(c).trim() === '' ? `列${i + 1}` : String(c).trim();
    while (fields.includes(name)) name = `${name}_`;
    fields.push(name);
  }
  const body = rows
    .slice(h + 1)
    .map((r, i) => ({ line: h + i + 2, cells: r }))
    .filter((r) => r.cells.some((c) => c !== null && String(c).trim() !== ''));
  const data = body.map((r) =>
    Object.fromEntries(fields.map((f, i) => [f, toAttribute(r.cells[i] ?? null)])),
  );
  const { cols, swapped } = geometryColumns(fields, data, given);
  const records: SourceRecord[] = [];
  const problems: RecordProblem[] = [];
  if (swapped) {
    problems.push({
      record: null,
      code: 'axes_swapped',
      message: `按测量习惯读取：${cols.northing} 为北坐标，${cols.easting} 为东坐标。 Read the survey way: ${cols.northing} is the northing, ${cols.easting} the easting.`,
    });
  }
  body.forEach((r, i) => {
    budget.feature();
    const geometry = geometryOf(data[i]!, cols, budget);
    if (geometry === 'bad') {
      problems.push({
        record: r.line,
        code: 'bad_coordinates',
        message: geometryProblemMessage(r.line, { problem: 'bad_coordinates' }),
      });
    }
    records.push({ record: r.line, geometry: geometry === 'bad' ? null : geometry, attributes: data[i]! });
  });
  return { format, fields, records, problems, declaredCrs: ewktCrs(data, cols.wkt) };
}
