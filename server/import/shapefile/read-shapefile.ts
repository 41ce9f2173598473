/**
 * A zipped shapefile set (.shp with its .dbf, .prj, .cpg; .shx is not needed to read sequentially) → records.
 * Files are matched by base name, case-insensitively, in any folder of the zip; macOS `__MACOSX/` copies are
 * ignored. A zip with several layers reads the first `.shp` (in name order) and says which were left out.
 * Geometry and attribute records are paired by position, as the format defines.
 */
import { detectFromPrj } from '../../../domain/crs/detect-prj.ts';
import { UnreadableFileError } from '../import-errors.ts';
import type { ReadBudget, RecordProblem, SourceData } from '../source-types.ts';
import { decodeUnlabelledText } from '../text-encoding.ts';
import type { ZipEntry } from '../zip-reader.ts';
import { readDbf } from './dbf-records.ts';
import { readShpRecords } from './shp-records.ts';

const stem = (name: string) => name.replace(/\.[^./]+$/, '').toLowerCase();
const ext = (name: string) => /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** Reads the shapefile layer of an already-unzipped set. */
export function readShapefileSet(
  entries: readonly ZipEntry[],
  fileName: string,
  budget: ReadBudget,
): SourceData {
  const files = entries.filter((e) => !e.name.startsWith('__MACOSX/') && !/(^|\/)\._/.test(e.name));
  const layers = files.filter((e) => ext(e.name) === 'shp').sort((a, b) => a.name.localeCompare(b.name));
  const shp = layers[0];
  if (!shp) throw new UnreadableFileError(fileName, '压缩包中没有 .shp 文件', 'the zip holds no .shp file');
  const sibling = (e: string) => files.find((f) => stem(f.name) === stem(shp.name) && ext(f.name) === e);
  const dbf = sibling('dbf');
  const prj = sibling('prj');
  const cpg = sibling('cpg');
  const problems: RecordProblem[] = [];
  if (layers.length > 1) {
    const rest = layers
      .slice(1)
      .map((l) => l.name)
      .join(', ');
    problems.push({
      record: null,
      code: 'extra_layers',
      message: `只读取了 ${shp.name}，未读取：${rest}。 Read ${shp.name} only; left out: ${rest}.`,
    });
  }
  const geometry = readShpRecords(shp.bytes, shp.name, budget);
  problems.push(...geometry.problems);
  const table = dbf ? readDbf(dbf.bytes, dbf.name, cpg ? new TextDecoder().decode(cpg.bytes) : null) : null;
  if (!table) {
    problems.push({
      record: null,
      code: 'no_dbf',
      message: `缺少 ${stem(shp.name)}.dbf：没有属性。 No .dbf beside ${shp.name}: no attributes.`,
    });
  } else {
    problems.push(...table.problems);
    if (table.rows.length !== geometry.records.length) {
      problems.push({
        record: null,
        code: 'record_count_mismatch',
        message: `.shp 有 ${geometry.records.length} 条记录，.dbf 有 ${table.rows.length} 条。 The .shp holds ${geometry.records.length} records, the .dbf ${table.rows.length}.`,
      });
    }
  }
  return {
    format: 'shapefile',
    fields: table?.fields ?? [],
    records: geometry.records.map((r, i) => ({ ...r, attributes: table?.rows[i] ?? {} })),
    problems,
    declaredCrs: prj ? detectFromPrj(decodeUnlabelledText(prj.bytes).text) : null,
    ...(table ? { encoding: table.encoding } : {}),
  };
}
