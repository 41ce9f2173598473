/**
 * Reads the geometry of an ESRI `.shp` file (ESRI Shapefile Technical Description, 1998): the 100-byte header
 * and then records of (number, content length, shape). Polygon, PolygonZ and PolygonM become polygons (Z and M
 * dropped); Point types become points; null shapes have no geometry; other types (lines, multipoints,
 * multipatches) are reported per record. A record whose lengths do not fit is reported and skipped using its
 * content length; a length running past the end of the file ends the read with a problem. Never throws except
 * for a header that is not a shapefile (UnreadableFileError) or a spent budget (ImportLimitError).
 */
import type { Position } from 'geojson';
import { assembleRings } from '../../../domain/ring-assembly.ts';
import { UnreadableFileError } from '../import-errors.ts';
import type { ReadBudget, RecordProblem, SourceGeometry } from '../source-types.ts';

/** Geometry of one `.shp` record (1-based `record`), or null with the problem that explains it. */
export interface ShpRecord {
  record: number;
  geometry: SourceGeometry | null;
}

const POLYGON_TYPES = new Set([5, 15, 25]);
const POINT_TYPES = new Set([1, 11, 21]);

const problem = (record: number, code: string, zh: string, en: string): RecordProblem => ({
  record,
  code,
  message: `第 ${record} 条记录：${zh}。 Record ${record}: ${en}.`,
});

function polygonOf(view: DataView, at: number, length: number, budget: ReadBudget): Position[][] | null {
  if (length < 44) return null;
  const parts = view.getInt32(at + 36, true);
  const points = view.getInt32(at + 40, true);
  if (parts < 1 || points < 1 || parts > points || 44 + 4 * parts + 16 * points > length) return null;
  budget.vertices(points);
  const starts: number[] = [];
  for (let i = 0; i < parts; i++) starts.push(view.getInt32(at + 44 + 4 * i, true));
  if (starts[0] !== 0 || starts.some((s, i) => s < 0 || s >= points || (i > 0 && s <= starts[i - 1]!)))
    return null;
  const base = at + 44 + 4 * parts;
  const rings = starts.map((start, i) => {
    const end = starts[i + 1] ?? points;
    const ring: Position[] = [];
    for (let k = start; k < end; k++)
      ring.push([view.getFloat64(base + 16 * k, true), view.getFloat64(base + 16 * k + 8, true)]);
    return ring;
  });
  return rings.every((r) => r.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))) ? rings : null;
}

function shapeOf(view: DataView, at: number, length: number, record: number, budget: ReadBudget) {
  const type = length >= 4 ? view.getInt32(at, true) : -1;
  if (type === 0)
    return { geometry: null, problem: problem(record, 'no_geometry', '空几何', 'null shape (no geometry)') };
  if (POINT_TYPES.has(type) && length >= 20) {
    budget.vertices(1);
    const xy = [view.getFloat64(at + 4, true), view.getFloat64(at + 12, true)];
    if (xy.every(Number.isFinite))
      return { geometry: { type: 'Point', coordinates: xy } as SourceGeometry, problem: null };
    return {
      geometry: null,
      problem: problem(record, 'corrupt_record', '坐标不是有限数', 'non-finite coordinates'),
    };
  }
  if (!POLYGON_TYPES.has(type)) {
    return {
      geometry: null,
      problem: problem(
        record,
        'not_polygon',
        `几何类型 ${type} 不是面`,
        `shape type ${type} is not a polygon`,
      ),
    };
  }
  const rings = polygonOf(view, at, length, budget);
  const geometry = rings ? assembleRings(rings) : null;
  return geometry
    ? { geometry, problem: null }
    : { geometry: null, problem: problem(record, 'corrupt_record', '面记录损坏', 'corrupt polygon record') };
}

/** Reads all records of a `.shp` file. `part` names the file in messages. */
export function readShpRecords(bytes: Uint8Array, part: string, budget: ReadBudget) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 100 || view.getInt32(0, false) !== 9994) {
    throw new UnreadableFileError(part, '不是 shapefile 文件', 'not a shapefile (file code 9994 missing)');
  }
  const records: ShpRecord[] = [];
  const problems: RecordProblem[] = [];
  let at = 100;
  while (at + 8 <= bytes.length) {
    const record = records.length + 1;
    const length = view.getInt32(at + 4, false) * 2;
    if (length < 0 || at + 8 + length > bytes.length) {
      problems.push(
        problem(record, 'truncated', '文件在此记录处截断', 'the file is truncated at this record'),
      );
      break;
    }
    budget.feature();
    const { geometry, problem: p } = shapeOf(view, at + 8, length, record, budget);
    records.push({ record, geometry });
    if (p) problems.push(p);
    at += 8 + length;
  }
  return { records, problems };
}
