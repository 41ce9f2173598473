/**
 * Fuzzing every importer with seeded mutations of the GDAL-made fixtures (fast-check, fixed seeds): bit flips,
 * byte writes, inserts (including the separators the formats use), deletions, truncations, duplicated spans and
 * extreme 32-bit integers (lengths, counts, offsets). Zipped formats are fuzzed twice: the zip bytes themselves
 * (zip reader) and the files inside, re-zipped (shapefile, KML, XLSX readers); a GeoPackage both as file bytes (SQLite pages, schema,
 * gpkg tables) and with one feature's GeoPackageBinary blob mutated. Every outcome must be a read
 * with finite coordinates or a 4xx ApiError — never another exception, never a 5xx. 1,000 runs per target
 * locally; 10,000 with CI=true.
 */

import Database from 'better-sqlite3';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../server/errors.ts';
import { DEFAULT_IMPORT_LIMITS } from '../../../../server/import/import-limits.ts';
import { type ImportRead, readImport } from '../../../../server/import/read-import.ts';
import { fixture, ZONE_HINT } from './fixtures.ts';

const RUNS = process.env.CI === 'true' ? 10_000 : 1_000;
// Small limits so that mutated counts hit them quickly instead of allocating.
const LIMITS = {
  ...DEFAULT_IMPORT_LIMITS,
  maxFeatures: 5_000,
  maxVertices: 200_000,
  maxUnzippedBytes: 5_000_000,
};

type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'set'; at: number; value: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate'; at: number; length: number; to: number }
  | { kind: 'int32'; at: number; value: number; bigEndian: boolean };

const SEPARATORS = [
  ',',
  '@',
  '[',
  ']',
  '=',
  '\n',
  '"',
  '<',
  '>',
  '{',
  '}',
  '(',
  ')',
  ' ',
  '-',
  '.',
  'e',
  '9',
].map((c) => strToU8(c));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 12 }), fc.constantFrom(...SEPARATORS)),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 512 }),
    to: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('int32' as const),
    at: fc.nat(),
    value: fc.constantFrom(0, 1, -1, 0x7fffffff, -0x80000000, 0x10000, 65535),
    bigEndian: fc.boolean(),
  }),
);

/** Applies mutations in order to a copy of `bytes`. */
function mutate(bytes: Uint8Array, ms: readonly Mutation[]): Uint8Array {
  let b = Buffer.from(bytes);
  for (const m of ms) {
    const n = Math.max(1, b.length);
    const at = m.at % n;
    if (m.kind === 'flip' && b.length) b[at] = b[at]! ^ (1 << m.bit);
    else if (m.kind === 'set' && b.length) b[at] = m.value;
    else if (m.kind === 'insert') b = Buffer.concat([b.subarray(0, at), m.bytes, b.subarray(at)]);
    else if (m.kind === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.length)]);
    else if (m.kind === 'truncate') b = b.subarray(0, at);
    else if (m.kind === 'duplicate') {
      const span = b.subarray(at, at + m.length);
      const to = m.to % n;
      b = Buffer.concat([b.subarray(0, to), span, b.subarray(to)]);
    } else if (m.kind === 'int32' && b.length >= 4) {
      const i = Math.min(at, b.length - 4);
      if (m.bigEndian) b.writeInt32BE(m.value, i);
      else b.writeInt32LE(m.value, i);
    }
  }
  return new Uint8Array(b);
}

/** A read is well-formed: every coordinate finite, every record numbered. */
function checkRead(r: ImportRead) {
  for (const f of r.features) {
    expect(Number.isInteger(f.record)).toBe(true);
    if (!f.geometry) continue;
    const flat = JSON.stringify(f.geometry.coordinates);
    expect(flat.includes('null') || flat.includes('NaN')).toBe(false);
  }
  expect(Array.isArray(r.problems)).toBe(true);
}

type Target = {
  name: string;
  file: string;
  inner?: string[];
  gpkgBlobs?: boolean;
  /** Mutate only the first `head` bytes (where an SQLite file keeps its header and schema). */
  head?: number;
};

/** A GeoPackage fixture with one feature's geometry blob mutated (in memory; GDAL's triggers dropped first). */
function mutateGeoPackageBlob(bytes: Uint8Array, ms: Mutation[], pick: number): Uint8Array {
  const db = new Database(Buffer.from(bytes));
  for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as {
    name: string;
  }[])
    db.exec(`DROP TRIGGER "${name}"`);
  const fid = 1 + (pick % 4);
  const { geom } = db.prepare('SELECT geom FROM parcels WHERE fid = ?').get(fid) as { geom: Uint8Array };
  db.prepare('UPDATE parcels SET geom = ? WHERE fid = ?').run(Buffer.from(mutate(geom, ms)), fid);
  const out = new Uint8Array(db.serialize());
  db.close();
  return out;
}

/** Input bytes for a run: the fixture mutated, or one file inside the zip mutated and re-zipped. */
function input(t: Target, ms: Mutation[], pick: number): Uint8Array {
  const bytes = fixture(t.file);
  if (t.gpkgBlobs) return mutateGeoPackageBlob(bytes, ms, pick);
  if (t.head) {
    const head = mutate(bytes.subarray(0, t.head), ms);
    return new Uint8Array(Buffer.concat([head, bytes.subarray(t.head)]));
  }
  if (!t.inner) return mutate(bytes, ms);
  const files = unzipSync(bytes);
  const name = t.inner[pick % t.inner.length]!;
  files[name] = new Uint8Array(mutate(files[name]!, ms));
  return zipSync(files, { level: 0 });
}

const TARGETS: Target[] = [
  {
    name: 'shapefile (files inside the zip)',
    file: 'shp-4547-gbk.zip',
    inner: ['parcels.shp', 'parcels.dbf', 'parcels.prj', 'parcels.cpg', 'parcels.shp'],
  },
  { name: 'shapefile (the zip bytes)', file: 'shp-4526-gbk-nocpg.zip' },
  { name: '国土 TXT', file: 'guotu-4526.txt' },
  { name: '国土 TXT with 转换参数', file: 'guotu-xian80-7p.txt' },
  { name: 'KML', file: 'parcels.kml' },
  { name: 'KMZ (the document inside)', file: 'parcels.kmz', inner: ['doc.kml'] },
  { name: 'GeoJSON', file: 'parcels-4547.geojson' },
  { name: 'CSV with WKT', file: 'parcels-4547-wkt.csv' },
  {
    name: 'XLSX (the sheet inside)',
    file: 'parcels-wkt.xlsx',
    inner: ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/workbook.xml'],
  },
  { name: 'GeoPackage (the file bytes)', file: 'parcels-4547.gpkg' },
  { name: 'GeoPackage (SQLite header and first pages)', file: 'parcels-4547.gpkg', head: 16_384 },
  { name: 'GeoPackage (geometry blobs: header and WKB)', file: 'parcels-4490.gpkg', gpkgBlobs: true },
];

describe.each(TARGETS.map((t, i) => ({ ...t, seed: 1400 + i })))('fuzz: $name', (t) => {
  it(`${RUNS} mutated inputs: 0 crashes, only reads or 4xx errors`, async () => {
    const outcomes = { read: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.nat(), async (ms, pick) => {
        const bytes = input(t, ms, pick);
        try {
          checkRead(await readImport({ name: t.file, bytes }, { limits: LIMITS, hint: ZONE_HINT }));
          outcomes.read++;
        } catch (e) {
          if (!(e instanceof ApiError) || e.status < 400 || e.status >= 500) throw e;
          outcomes.refused++;
        }
      }),
      { numRuns: RUNS, seed: t.seed },
    );
    expect(outcomes.read + outcomes.refused).toBe(RUNS);
    expect(outcomes.read).toBeGreaterThan(0);
  }, 900_000);
});
