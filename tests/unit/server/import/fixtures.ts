/**
 * Shared helpers of the import tests: the fixture files (built by tests/fixtures/import/make-fixtures.sh with
 * GDAL) and a comparison of read geometry against source.geojson — the coordinates GDAL projected from — in
 * metres on the ground.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Geometry, Position } from 'geojson';
import { expect } from 'vitest';
import { DEFAULT_IMPORT_LIMITS } from '../../../../server/import/import-limits.ts';
import { type ImportOptions, type ImportRead, readImport } from '../../../../server/import/read-import.ts';

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

const rings = (g: Geometry): Position[][] =>
  g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];

/** Ground distance in metres between two lon/lat positions (equirectangular; exact enough at the cm scale). */
export function metres(a: Position, b: Position): number {
  const lat = ((a[1]! + b[1]!) / 2) * (Math.PI / 180);
  const dx = (a[0]! - b[0]!) * 111_320 * Math.cos(lat);
  const dy = (a[1]! - b[1]!) * 110_574;
  return Math.hypot(dx, dy);
}

/** Largest distance (m) from each vertex of `got` to the same vertex of `want`, rings matched in order. */
export function maxVertexError(got: Geometry, want: Geometry): number {
  const g = rings(got);
  const w = rings(want);
  expect(g.map((r) => r.length)).toEqual(w.map((r) => r.length));
  let worst = 0;
  g.forEach((ring, i) => {
    const target = w[i]!;
    // Rings may come back reversed (winding is normalised) — compare with whichever direction fits.
    const forward = Math.max(...ring.map((p, k) => metres(p, target[k]!)));
    const backward = Math.max(...ring.map((p, k) => metres(p, target[ring.length - 1 - k]!)));
    worst = Math.max(worst, Math.min(forward, backward));
  });
  return worst;
}

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
