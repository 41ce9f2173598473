/**
 * Turns layout pieces into parcels: code, town, land use, plot ratio, land-supply state. Land-holding projects
 * are attached afterwards (holders.ts), which also writes each parcel's history.
 */
import type { Feature, Polygon } from 'geojson';
import type { LandState, LandUse } from '../../domain/enums.ts';
import { type GrantRecords, NO_GRANT_RECORDS } from '../../domain/grant-records.ts';
import type { Contract } from '../../domain/schemas.ts';
import { toXy } from './geo.ts';
import type { Layout } from './layout.ts';
import type { EventRow } from './lifecycle.ts';
import type { Piece } from './parcel-split.ts';
import { TOWNS } from './places.ts';
import { PLATFORM_INFO, PLOT_RATIO } from './platform-info.ts';
import type { Rng } from './prng.ts';

/** A parcel while the generator builds it. */
export interface ParcelDraft {
  id: string;
  code: string;
  platformId: string;
  town: string;
  landUse: LandUse;
  plotRatioMax: number;
  state: LandState;
  piece: Piece;
  areaMu: number;
  /** Filled by holders.ts. */
  holderId: string | null;
  stateSince: string;
  expectedReadyDate: string | null;
  contract: Contract;
  landPriceWan: number | null;
  events: EventRow[];
  /** Grant, conditions, delivery, 动工, readiness, amendments, procedure (supervision.ts). */
  records: GrantRecords;
  feature: Feature<Polygon>;
}

/** 1 亩 in ㎡. */
export const M2_PER_MU = 10000 / 15;

function nearestTown(p: Piece): string {
  let best = '';
  let bestD = Number.POSITIVE_INFINITY;
  for (const t of TOWNS) {
    const q = toXy(t.at);
    const d = Math.hypot(p.centre[0] - q[0], p.centre[1] - q[1]);
    if (d < bestD) {
      bestD = d;
      best = t.nameZh;
    }
  }
  return best;
}

/** Creates parcel drafts for every piece, in platform order (ids p-0001…). */
export function draftParcels(rng: Rng, layout: Layout): ParcelDraft[] {
  const out: ParcelDraft[] = [];
  for (const platform of layout.platforms) {
    const info = PLATFORM_INFO[platform.id];
    if (!info) throw new Error(`no generation parameters for ${platform.id}`);
    let n = 0;
    let block = '';
    let blockUse: LandUse = '1001';
    let blockState: LandState = 'planned';
    for (const piece of layout.pieces.get(platform.id) ?? []) {
      if (piece.blockId !== block) {
        block = piece.blockId;
        blockUse = rng.weighted(info.landUse as Record<LandUse, number>);
        blockState = rng.weighted(info.states as Record<LandState, number>);
      }
      const drawnUse = rng.chance(0.85) ? blockUse : rng.weighted(info.landUse as Record<LandUse, number>);
      const state = rng.chance(0.7) ? blockState : rng.weighted(info.states as Record<LandState, number>);
      // M0 新型产业用地 arrives with the 2018 工改科 pilot the article announces: before it, M0 exists only as
      // planned land; land already supplied is ordinary industrial land.
      const landUse: LandUse = drawnUse === 'M0' && state !== 'planned' ? '100101' : drawnUse;
      const [lo, hi] = PLOT_RATIO[landUse];
      n += 1;
      out.push({
        id: `p-${String(out.length + 1).padStart(4, '0')}`,
        code: `ZK-${info.prefix}-${String(n).padStart(4, '0')}`,
        platformId: platform.id,
        town: nearestTown(piece),
        landUse,
        plotRatioMax: Math.round(rng.range(lo, hi) * 10) / 10,
        state,
        piece,
        areaMu: piece.areaM2 / M2_PER_MU,
        holderId: null,
        stateSince: '',
        expectedReadyDate: null,
        contract: { signed: null, agreedDelivery: null, agreedStart: null, agreedCompletion: null },
        landPriceWan: null,
        events: [],
        records: NO_GRANT_RECORDS,
        feature: piece.feature,
      });
    }
  }
  return out;
}

/** Whether two parcels share a side (same block, touching rectangles). */
export function parcelsAdjacent(a: ParcelDraft, b: ParcelDraft): boolean {
  const p = a.piece;
  const q = b.piece;
  if (p.blockId !== q.blockId) return false;
  const overlapS = Math.min(p.s1, q.s1) - Math.max(p.s0, q.s0);
  const overlapT = Math.min(p.t1, q.t1) - Math.max(p.t0, q.t0);
  return (
    ((p.s1 === q.s0 || q.s1 === p.s0) && overlapT > 1) || ((p.t1 === q.t0 || q.t1 === p.t0) && overlapS > 1)
  );
}

/**
 * Picks `count` (1 or 2) free adjacent parcels of a platform whose total area is nearest `wantMu`.
 * Returns [] when nothing is free.
 */
export function pickParcels(
  drafts: readonly ParcelDraft[],
  platformId: string,
  count: number,
  wantMu: number,
  usable: (d: ParcelDraft) => boolean,
): ParcelDraft[] {
  const pool = drafts.filter((d) => d.platformId === platformId && d.holderId === null && usable(d));
  let best: ParcelDraft[] = [];
  let bestErr = Number.POSITIVE_INFINITY;
  for (const a of pool) {
    if (count === 1) {
      const err = Math.abs(a.areaMu - wantMu);
      if (err < bestErr) [best, bestErr] = [[a], err];
      continue;
    }
    for (const b of pool) {
      if (b.id <= a.id || !parcelsAdjacent(a, b)) continue;
      const err = Math.abs(a.areaMu + b.areaMu - wantMu);
      if (err < bestErr) [best, bestErr] = [[a, b], err];
    }
  }
  return best;
}
