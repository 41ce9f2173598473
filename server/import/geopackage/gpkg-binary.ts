/**
 * GeoPackageBinary geometry blobs (OGC 12-128r18 §2.1.3): the header — magic `GP`, version 0, flags (bit 5
 * extended type, bit 4 empty, bits 3–1 envelope type 0–4, bit 0 byte order of the header), srs_id, the envelope —
 * then standard WKB (ISO, and EWKB-style Z/M flags as some writers emit). The WKB is parsed by wkx and the result
 * read through the GeoJSON geometry reader, so ring/coordinate checks and the vertex budget are the same as for
 * every other format. A blob that cannot be read is a problem of its record, never an exception.
 */
import { Geometry } from 'wkx';
import { type GeometryReading, readGeoJsonGeometry } from '../geojson-geometry.ts';
import type { ReadBudget } from '../source-types.ts';

/** Bytes of the envelope for each envelope-type code (none, xy, xyz, xym, xyzm). */
const ENVELOPE_BYTES = [0, 32, 48, 48, 64] as const;

/** Why a blob is not a usable geometry (beyond the GeoJSON reader's own problems). */
export type BlobProblem = 'not_geopackage_binary' | 'bad_wkb';

/** A blob's reading: a geometry, a GeoJSON-reader problem, or a blob-level problem with its detail. */
export type BlobReading = GeometryReading | { problem: BlobProblem; detail: string };

interface Header {
  empty: boolean;
  wkbOffset: number;
}

function header(blob: Uint8Array): Header | string {
  if (blob.length < 8) return `${blob.length} bytes, shorter than the 8-byte header`;
  if (blob[0] !== 0x47 || blob[1] !== 0x50) return 'no GP magic';
  if (blob[2] !== 0) return `version ${blob[2]} (expected 0)`;
  const flags = blob[3]!;
  if (flags & 0b0010_0000) return 'extended GeoPackageBinary type (not a standard geometry)';
  const envelope = (flags >> 1) & 0b111;
  const size = ENVELOPE_BYTES[envelope as 0 | 1 | 2 | 3 | 4];
  if (size === undefined) return `invalid envelope type ${envelope}`;
  const wkbOffset = 8 + size;
  if (blob.length < wkbOffset) return `${blob.length} bytes, shorter than its header with envelope`;
  return { empty: (flags & 0b0001_0000) !== 0, wkbOffset };
}

/** Reads one geometry blob (null column value = no geometry). */
export function readGeoPackageBlob(blob: unknown, budget: ReadBudget): BlobReading {
  if (blob === null || blob === undefined) return { problem: 'no_geometry' };
  if (!(blob instanceof Uint8Array))
    return { problem: 'not_geopackage_binary', detail: `a ${typeof blob} value, not a blob` };
  const h = header(blob);
  if (typeof h === 'string') return { problem: 'not_geopackage_binary', detail: h };
  if (h.empty) return { problem: 'no_geometry' };
  let geojson: unknown;
  try {
    const wkb = Buffer.from(blob.buffer, blob.byteOffset + h.wkbOffset, blob.length - h.wkbOffset);
    geojson = Geometry.parse(wkb).toGeoJSON();
  } catch (e) {
    return { problem: 'bad_wkb', detail: e instanceof Error ? e.message : String(e) };
  }
  return readGeoJsonGeometry(geojson, budget);
}
