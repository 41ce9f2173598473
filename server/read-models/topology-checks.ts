/**
 * Checks every geometry edit (split, merge, vertex move, a new parcel) runs before it writes: the topology of the new
 * geometries against the live parcels near them and the platform (domain/parcel-edit/topology-check.ts), refusals
 * as 422 naming the offending parcel, and the boxes the tile cache is invalidated over.
 */
import { bbox as turfBbox } from '@turf/turf';
import type { Database } from 'better-sqlite3';
import type { EditRefusal } from '../../domain/parcel-edit/edit-refusal.ts';
import { checkParcelTopology } from '../../domain/parcel-edit/topology-check.ts';
import type { AreaGeometry } from '../../domain/schemas.ts';
import { parcelNeighbours, platformBoundary } from '../db/queries/parcel-geometry-edits.ts';
import { RuleError } from '../errors.ts';
import type { BBox } from '../seed/dataset.ts';

export const boxOf = (g: AreaGeometry): BBox => turfBbox(g) as BBox;
export const union = (a: BBox, b: BBox): BBox => [
  Math.min(a[0], b[0]),
  Math.min(a[1], b[1]),
  Math.max(a[2], b[2]),
  Math.max(a[3], b[3]),
];

export const refusal = (r: EditRefusal, field: string) =>
  new RuleError(r.reason, r.parcelCode ? `${r.message} (${r.parcelCode})` : r.message, field);

/** Topology of the new geometries (no overlap with current neighbours, inside the platform) or 422. */
export function checkTopology(
  db: Database,
  geoms: AreaGeometry[],
  replaces: string[],
  platformId: string,
  field: string,
) {
  const box = geoms.map(boxOf).reduce(union);
  const check = checkParcelTopology(geoms, {
    neighbours: parcelNeighbours(db, box),
    replaces,
    platform: platformBoundary(db, platformId),
  });
  if (!check.ok) throw refusal(check, field);
}
