/**
 * 合宗: merging adjacent parcels into one. Parcels are adjacent when their boundaries share an edge of at least
 * `minSharedEdgeM` (a corner contact is not enough — land-balance/adjacency.ts), and every parcel must be
 * reachable from the others through such edges. The union is computed by turf `union` (polyclip-ts); the result
 * must be one Polygon, valid per geometry-validation.ts. Holes smaller than `maxGapHoleM2` are gaps between the
 * old boundaries (digitising noise) and are dropped; larger holes (land enclosed by the merged parcels) stay.
 */
import { feature, featureCollection, union } from '@turf/turf';
import { rewindToRfc7946, validateAreaGeometry } from '../geometry-validation.ts';
import { sharedBoundaryM } from '../land-balance/adjacency.ts';
import type { AreaGeometry } from '../schemas.ts';
import { editOptions, type ParcelEditOptions } from './edit-options.ts';
import { type EditRefusal, refuse } from './edit-refusal.ts';
import { geodesicAreaM2 } from './part-measures.ts';

/** A parcel offered for merging. */
export interface MergeInput {
  id: string;
  code: string;
  geometry: AreaGeometry;
}

/** The merged polygon (RFC 7946 winding) and its geodesic area (㎡, 亩). */
export type MergeResult =
  | {
      ok: true;
      geometry: { type: 'Polygon'; coordinates: number[][][] };
      areaM2: number;
      droppedGapM2: number;
    }
  | EditRefusal;

/** Index of the first parcel not connected to parcel 0 by shared edges, or −1 when all are connected. */
function firstUnreached(parcels: readonly MergeInput[], o: ParcelEditOptions): number {
  const reached = new Set([0]);
  const queue = [0];
  while (queue.length > 0) {
    const i = queue.shift()!;
    for (let j = 0; j < parcels.length; j++) {
      if (reached.has(j)) continue;
      const shared = sharedBoundaryM(parcels[i]!.geometry, parcels[j]!.geometry, {
        toleranceM: o.edgeToleranceM,
      });
      if (shared >= o.minSharedEdgeM) {
        reached.add(j);
        queue.push(j);
      }
    }
  }
  return parcels.findIndex((_, i) => !reached.has(i));
}

/** Merges the parcels (≥ 2, adjacent, see the module doc) into one polygon, or refuses with a reason. */
export function mergeParcels(
  parcels: readonly MergeInput[],
  options: Partial<ParcelEditOptions> = {},
): MergeResult {
  const o = editOptions(options);
  if (parcels.length < 2) {
    return refuse('too_few_parcels', '合宗至少需要两宗地块。', 'A merge needs at least two parcels.');
  }
  for (const p of parcels) {
    const v = validateAreaGeometry(p.geometry);
    if (!v.valid) {
      return refuse('invalid_parcel', `地块 ${p.code} 几何无效：`, v.message, {
        parcelId: p.id,
        parcelCode: p.code,
      });
    }
  }
  const lone = firstUnreached(parcels, o);
  if (lone >= 0) {
    const p = parcels[lone]!;
    return refuse(
      'not_adjacent',
      `地块 ${p.code} 与其他地块没有长度不小于 ${o.minSharedEdgeM} m 的公共边，不能合宗。`,
      `Parcel ${p.code} shares no edge of at least ${o.minSharedEdgeM} m with the other parcels; only adjacent parcels can be merged.`,
      { parcelId: p.id, parcelCode: p.code },
    );
  }
  const merged = union(featureCollection(parcels.map((p) => feature(p.geometry))));
  if (merged?.geometry.type !== 'Polygon') {
    return refuse(
      'not_single_polygon',
      '合宗结果不是单个多边形。',
      'The merged parcels do not form a single polygon.',
    );
  }
  const [outer, ...holes] = merged.geometry.coordinates;
  let droppedGapM2 = 0;
  const kept = holes.filter((h) => {
    const a = geodesicAreaM2({ type: 'Polygon', coordinates: [h] });
    if (a >= o.maxGapHoleM2) return true;
    droppedGapM2 += a;
    return false;
  });
  const geometry = rewindToRfc7946({ type: 'Polygon' as const, coordinates: [outer!, ...kept] });
  const v = validateAreaGeometry(geometry);
  if (!v.valid) return refuse('invalid_result', '合宗结果几何无效：', v.message);
  return { ok: true, geometry, areaM2: geodesicAreaM2(geometry), droppedGapM2 };
}
