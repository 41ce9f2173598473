/**
 * Topology of an edited parcel geometry before it is committed: valid (geometry-validation.ts), no overlap above
 * `overlapToleranceM2` with any other parcel (the first offender is named), and inside its platform's boundary
 * (at most `overlapToleranceM2` outside). Overlap and outside areas are geodesic (turf `intersect` /
 * `difference` on polyclip-ts, then turf `area`). Parcels being replaced by the edit (the parcel itself, the
 * parent of a split, the parcels of a merge) are passed in `replaces` and ignored.
 */
import { bbox, difference, feature, featureCollection, intersect } from '@turf/turf';
import { validateAreaGeometry } from '../geometry-validation.ts';
import type { AreaGeometry } from '../schemas.ts';
import { editOptions, type ParcelEditOptions } from './edit-options.ts';
import { type EditRefusal, refuse } from './edit-refusal.ts';
import { geodesicAreaM2 } from './part-measures.ts';

/** A parcel that already exists near the edited one. */
export interface NeighbourParcel {
  id: string;
  code: string;
  geometry: AreaGeometry;
}

/** What the edited geometries are checked against. */
export interface TopologyContext {
  /** Parcels near the edit (any superset works: far ones are skipped by bounding box). */
  neighbours: readonly NeighbourParcel[];
  /** Ids of the parcels the edit replaces; never counted as overlapping. */
  replaces: readonly string[];
  /** The platform the parcels belong to; null skips the containment test (parcel without platform). */
  platform: { id: string; nameZh: string; geometry: AreaGeometry } | null;
}

type Box = [number, number, number, number];
const boxOf = (g: AreaGeometry): Box => bbox(g) as Box;
const boxesMeet = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** Overlap area of two geometries, ㎡ (0 when they only share edges). */
export function overlapAreaM2(a: AreaGeometry, b: AreaGeometry): number {
  const x = intersect(featureCollection([feature(a), feature(b)]));
  return x ? geodesicAreaM2(x.geometry) : 0;
}

/** Area of `a` outside `b`, ㎡. */
export function outsideAreaM2(a: AreaGeometry, b: AreaGeometry): number {
  const d = difference(featureCollection([feature(a), feature(b)]));
  return d ? geodesicAreaM2(d.geometry) : 0;
}

/** Checks the edited geometries (the new parcel or parts) against neighbours and platform; see module doc. */
export function checkParcelTopology(
  geometries: readonly AreaGeometry[],
  ctx: TopologyContext,
  options: Partial<ParcelEditOptions> = {},
): { ok: true } | EditRefusal {
  const o = editOptions(options);
  const replaced = new Set(ctx.replaces);
  for (const [i, g] of geometries.entries()) {
    const v = validateAreaGeometry(g);
    if (!v.valid) return refuse('invalid_result', '编辑后的几何无效：', v.message, { partIndex: i });
    const box = boxOf(g);
    for (const n of ctx.neighbours) {
      if (replaced.has(n.id) || !boxesMeet(box, boxOf(n.geometry))) continue;
      const m2 = overlapAreaM2(g, n.geometry);
      if (m2 > o.overlapToleranceM2) {
        return refuse(
          'overlaps_parcel',
          `与地块 ${n.code} 重叠 ${m2.toFixed(1)} ㎡（允许 ${o.overlapToleranceM2} ㎡）。`,
          `It overlaps parcel ${n.code} by ${m2.toFixed(1)} m² (tolerance ${o.overlapToleranceM2} m²).`,
          { parcelId: n.id, parcelCode: n.code, partIndex: i },
        );
      }
    }
    if (ctx.platform) {
      const out = outsideAreaM2(g, ctx.platform.geometry);
      if (out > o.overlapToleranceM2) {
        return refuse(
          'outside_platform',
          `有 ${out.toFixed(1)} ㎡ 超出${ctx.platform.nameZh}边界（允许 ${o.overlapToleranceM2} ㎡）。`,
          `${out.toFixed(1)} m² of it lies outside the boundary of platform ${ctx.platform.id} (tolerance ${o.overlapToleranceM2} m²).`,
          { partIndex: i },
        );
      }
    }
  }
  return { ok: true };
}
