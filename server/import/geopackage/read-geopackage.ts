/**
 * Reads a GeoPackage (OGC 12-128r18) feature table. A .gpkg is an SQLite database: the upload is written to a
 * private temporary file (directory mode 0700, file 0600), opened READ-ONLY (`readonly`, `fileMustExist`,
 * `trusted_schema = OFF` so the file's own views/triggers cannot call functions) and deleted whatever happens.
 * Checks, each a 4xx naming what is wrong: an SQLite file at all, `application_id` 'GPKG' (or 'GP10'/'GP11' of
 * GeoPackage 1.0/1.1), `gpkg_contents` and `gpkg_geometry_columns` present, one feature table (several → 400
 * listing them unless `layer` names one). The CRS comes from `gpkg_spatial_ref_sys`: an EPSG code the catalogue
 * knows, else the WKT `definition` through the .prj recognition; srs_id 0/−1 (undefined) leaves it to the range.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { crsById } from '../../../domain/crs/crs-catalog.ts';
import { type CrsDetection, declared } from '../../../domain/crs/crs-detection.ts';
import { detectFromPrj } from '../../../domain/crs/detect-prj.ts';
import { InvalidInputError } from '../../errors.ts';
import { toAttribute } from '../feature-collection.ts';
import { geometryProblemMessage } from '../geojson-geometry.ts';
import { ImportLimitError, UnreadableFileError } from '../import-errors.ts';
import type { AttributeValue, ReadBudget, RecordProblem, SourceData, SourceRecord } from '../source-types.ts';
import { readGeoPackageBlob } from './gpkg-binary.ts';

type Db = InstanceType<typeof Database>;

/** `application_id` values of a GeoPackage: 'GPKG' (1.2+), 'GP10', 'GP11' (1.0, 1.1), as big-endian ints. */
const APPLICATION_IDS = new Set(['GPKG', 'GP10', 'GP11'].map((s) => Buffer.from(s).readInt32BE(0)));

interface Layer {
  table: string;
  column: string;
  srsId: number;
}

const quote = (id: string) => `"${id.replaceAll('"', '""')}"`;

/** Writes the bytes to a private temp file, runs `f` on the read-only database, always deletes the file. */
function withDatabase<T>(bytes: Uint8Array, fileName: string, f: (db: Db) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'zk-gpkg-'));
  let db: Db | null = null;
  try {
    const path = join(dir, 'upload.gpkg');
    writeFileSync(path, bytes, { mode: 0o600 });
    try {
      db = new Database(path, { readonly: true, fileMustExist: true });
      db.pragma('trusted_schema = OFF');
      db.pragma('schema_version'); // forces the header to be read: "file is not a database" surfaces here
    } catch {
      throw new UnreadableFileError(
        fileName,
        '不是 SQLite/GeoPackage 文件',
        'not an SQLite (GeoPackage) file',
      );
    }
    return f(db);
  } finally {
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function checkApplicationId(db: Db, fileName: string) {
  const id = Number(db.pragma('application_id', { simple: true }));
  if (!APPLICATION_IDS.has(id)) {
    const text = Buffer.alloc(4);
    text.writeInt32BE(id | 0);
    throw new UnreadableFileError(
      fileName,
      `application_id 不是 GPKG（是 0x${(id >>> 0).toString(16)}）`,
      `application_id is not 'GPKG' (0x${(id >>> 0).toString(16)}, "${text.toString('latin1')}"): not a GeoPackage`,
    );
  }
}

/** The feature layers listed in gpkg_contents with their geometry column. */
function featureLayers(db: Db, fileName: string): Layer[] {
  const tables = new Set(
    (
      db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table','view')").all() as { name: string }[]
    ).map((r) => r.name),
  );
  for (const t of ['gpkg_contents', 'gpkg_geometry_columns', 'gpkg_spatial_ref_sys'])
    if (!tables.has(t))
      throw new UnreadableFileError(fileName, `缺少必需的表 ${t}`, `the required table ${t} is missing`);
  const rows = db
    .prepare(
      `SELECT c.table_name AS "table", g.column_name AS "column", g.srs_id AS srsId
         FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
        WHERE c.data_type = 'features' ORDER BY c.table_name`,
    )
    .all() as Layer[];
  return rows.filter(
    (r) => typeof r.table === 'string' && tables.has(r.table) && typeof r.column === 'string',
  );
}

function chooseLayer(layers: Layer[], fileName: string, wanted?: string): Layer {
  const names = layers.map((l) => l.table).join(', ');
  if (wanted !== undefined) {
    const found = layers.find((l) => l.table === wanted);
    if (found) return found;
    throw new InvalidInputError(
      'layer',
      `layer：${fileName} 中没有要素表 ${wanted}（有：${names || '无'}）。 layer: ${fileName} has no feature table ${wanted} (it has: ${names || 'none'}).`,
    );
  }
  if (layers.length === 1) return layers[0]!;
  if (layers.length === 0)
    throw new UnreadableFileError(
      fileName,
      'gpkg_contents 中没有要素表',
      'gpkg_contents lists no feature table',
    );
  throw new InvalidInputError(
    'layer',
    `layer：${fileName} 有多个要素表，请选择一个：${names}。 layer: ${fileName} holds several feature tables; choose one with layer=: ${names}.`,
  );
}

/** The CRS of srs_id from gpkg_spatial_ref_sys; null for the undefined systems (0, −1) and a missing row. */
function layerCrs(db: Db, srsId: number): CrsDetection | null {
  if (srsId === 0 || srsId === -1) return null;
  const row = db
    .prepare(
      'SELECT organization AS org, organization_coordsys_id AS code, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?',
    )
    .get(srsId) as { org: unknown; code: unknown; definition: unknown } | undefined;
  if (!row) return null;
  const byCode =
    typeof row.org === 'string' && row.org.toUpperCase() === 'EPSG' ? crsById(String(row.code)) : null;
  if (byCode)
    return declared(
      byCode,
      `GeoPackage 声明 ${byCode.id}。 The GeoPackage declares ${byCode.id} (${byCode.name}).`,
    );
  const wkt = typeof row.definition === 'string' ? row.definition : '';
  const d = detectFromPrj(wkt);
  return { ...d, note: d.note.replaceAll('.prj', `GeoPackage srs_id ${srsId}`) };
}

/** Attribute columns (all but the geometry column and an INTEGER PRIMARY KEY, GDAL's `fid`) and the key. */
function columnsOf(db: Db, layer: Layer): { fields: string[]; key: string | null } {
  const info = db.prepare(`PRAGMA table_info(${quote(layer.table)})`).all() as {
    name: string;
    type: string;
    pk: number;
  }[];
  const pks = info.filter((c) => c.pk > 0);
  const key = pks.length === 1 && /^INTEGER$/i.test(pks[0]!.type) ? pks[0]!.name : null;
  return { fields: info.map((c) => c.name).filter((n) => n !== layer.column && n !== key), key };
}

const attributeOf = (v: unknown): AttributeValue =>
  typeof v === 'bigint' ? Number(v) : v instanceof Uint8Array ? null : toAttribute(v);

function blobProblem(table: string, record: number, problem: string, detail: string): RecordProblem {
  return {
    record,
    code: problem,
    message: `${table} 第 ${record} 条记录：几何不是有效的 GeoPackageBinary/WKB（${detail}）。 ${table} record ${record}: the geometry is not valid GeoPackageBinary/WKB (${detail}).`,
  };
}

function readRows(db: Db, layer: Layer, budget: ReadBudget) {
  const { fields, key } = columnsOf(db, layer);
  const sql = `SELECT * FROM ${quote(layer.table)}${key ? ` ORDER BY ${quote(key)}` : ''}`;
  const records: SourceRecord[] = [];
  const problems: RecordProblem[] = [];
  let record = 0;
  for (const row of db.prepare(sql).iterate() as Iterable<Record<string, unknown>>) {
    budget.feature();
    record += 1;
    const attributes: Record<string, AttributeValue> = {};
    for (const f of fields) attributes[f] = attributeOf(row[f]);
    const reading = readGeoPackageBlob(row[layer.column], budget);
    if ('geometry' in reading) {
      records.push({ record, geometry: reading.geometry, attributes });
      continue;
    }
    records.push({ record, geometry: null, attributes });
    problems.push(
      'detail' in reading
        ? blobProblem(layer.table, record, reading.problem, reading.detail)
        : { record, code: reading.problem, message: geometryProblemMessage(record, reading) },
    );
  }
  return { fields, records, problems };
}

/** Reads the (chosen) feature table of an uploaded GeoPackage. */
export function readGeoPackage(
  bytes: Uint8Array,
  fileName: string,
  budget: ReadBudget,
  wantedLayer?: string,
): SourceData {
  return withDatabase(bytes, fileName, (db) => {
    let table = 'gpkg_contents';
    try {
      checkApplicationId(db, fileName);
      const layer = chooseLayer(featureLayers(db, fileName), fileName, wantedLayer);
      table = layer.table;
      const declaredCrs = layerCrs(db, layer.srsId);
      return { format: 'geopackage', ...readRows(db, layer, budget), declaredCrs };
    } catch (e) {
      if (e instanceof ImportLimitError || e instanceof UnreadableFileError || e instanceof InvalidInputError)
        throw e;
      const why = e instanceof Error ? e.message : String(e);
      throw new UnreadableFileError(`${fileName} (${table})`, `无法读取：${why}`, `cannot be read: ${why}`);
    }
  });
}
