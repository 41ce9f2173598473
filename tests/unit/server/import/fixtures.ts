/**
 * Shared helpers of the import tests: the fixture files (built by tests/fixtures/import/make-fixtures.sh with
 * GDAL) and a comparison of read geometry against source.geojson — the coordinates GDAL projected from — in
 * metres on the ground.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Geometry } from 'geojson';
import { expect } from 'vitest';
import { DEFAULT_IMPORT_LIMITS } from '../../../../server/import/import-limits.ts';
import { type ImportOptions, type ImportRead, readImport } from '../../../../server/import/read-import.ts';
import { maxVertexError } from '../../../fixtures/geometry-compare.ts';

export const FIXTURES = join(import.meta.dirname, '../../../fixtures/import');

/** The fixture's bytes. */
export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));

/** The four source parcels (lon/lat CGCS2000) with their attributes. */
export const SOURCE = JSON.parse(readFileSync(join(FIXTURES, 'source.geojson'), 'utf8')) as {
  features: { properties: Record<string, string | number | null>; geometry: Geometry }[];
};

/** The hint a zone gives (where its data is expected): around 仲恺. */
export const ZONE_HINT = [113.9, 22.7, 114.7, 23.3] as const;

/** Reads a fixture with default limits. */
export const read = (name: string, options: Partial<ImportOptions> = {}): Promise<ImportRead> =>
  readImport({ name, bytes: fixture(name) }, { limits: DEFAULT_IMPORT_LIMITS, ...options });

/** Asserts every feature's geometry is within 1 cm of the source parcel with the same 地块编号. */
export function expectSourceGeometry(r: ImportRead, codeField: string, tolerance = 0.01) {
  expect(r.features).toHaveLength(SOURCE.features.length);
  for (const f of r.features) {
    const src = SOURCE.features.find((s) => s.properties.DKBH === f.attributes[codeField]);
    expect(src, `source parcel ${String(f.attributes[codeField])}`).toBeDefined();
    expect(f.geometry?.type).toBe(src!.geometry.type);
    expect(maxVertexError(f.geometry as Geometry, src!.geometry)).toBeLessThan(tolerance);
  }
}
