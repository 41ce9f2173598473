/**
 * Tolerances and limits of parcel geometry edits (分宗 split, 合宗 merge, vertex moves), documented once here and
 * shared by the server and the client. They guard against digitising errors and unusable leftovers; they are
 * not planning rules — a zone whose 控规 sets a minimum parcel size should raise `minPartAreaM2` accordingly.
 */
import { DEFAULT_ADJACENCY } from '../land-balance/adjacency.ts';

/** Options of split, merge and the topology check; every field has the default of `PARCEL_EDIT_DEFAULTS`. */
export interface ParcelEditOptions {
  /** Smallest area of a part produced by a split, ㎡ (geodesic). Default 200 ㎡ (≈ 0.3 亩). */
  minPartAreaM2: number;
  /**
   * Smallest mean width of a part, m: 2 × area ÷ perimeter — the width of a long strip, half the side of a
   * square. Default 5 m: a strip narrower than a fire lane cannot carry a building. Catches the slivers a line
   * drawn along an edge leaves behind.
   */
  minPartWidthM: number;
  /**
   * Shortest boundary two parcels must share to be merged, m (a corner contact is not adjacency). Default 1 m,
   * the land-balance adjacency rule.
   */
  minSharedEdgeM: number;
  /** Vertices within this distance of the other parcel's edge count as on it, m. Default 0.05 m. */
  edgeToleranceM: number;
  /**
   * Largest overlap an edited parcel may have with another parcel, or largest area outside its platform, ㎡.
   * Default 1 ㎡ — digitising noise, not land.
   */
  overlapToleranceM2: number;
  /** Holes smaller than this in a merged parcel are gaps between the old boundaries and are dropped, ㎡. Default 1 ㎡. */
  maxGapHoleM2: number;
  /** Most vertices a split line may have. Default 1000. */
  maxLineVertices: number;
}

/** Defaults of `ParcelEditOptions` (see each field). */
export const PARCEL_EDIT_DEFAULTS: Readonly<ParcelEditOptions> = {
  minPartAreaM2: 200,
  minPartWidthM: 5,
  minSharedEdgeM: DEFAULT_ADJACENCY.minSharedM,
  edgeToleranceM: DEFAULT_ADJACENCY.toleranceM,
  overlapToleranceM2: 1,
  maxGapHoleM2: 1,
  maxLineVertices: 1000,
};

/** The defaults with the given fields replaced. */
export const editOptions = (opts: Partial<ParcelEditOptions> = {}): ParcelEditOptions => ({
  ...PARCEL_EDIT_DEFAULTS,
  ...opts,
});
