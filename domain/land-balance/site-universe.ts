/**
 * The set of candidate sites matching works on: available and reserve parcels (see supply.ts), their
 * same-platform adjacency, merged groups, and 三旧改造 land output as stand-alone sites (no geometry, so never
 * merged). Areas in 亩.
 */

import type { RedevelopmentSite } from '../schemas.ts';
import { type AdjacencyOptions, findAdjacentPairs } from './adjacency.ts';
import { type CandidateSite, enumerateSites, type SiteParcel } from './candidate-sites.ts';
import type { LandBalanceOptions, ParcelWithGeometry } from './options.ts';
import { parcelSupply, redevelopmentSupply } from './supply.ts';

/** Demand window of one project: a site fits when lowMu ≤ area ≤ highMu (亩). */
export interface Window {
  lowMu: number;
  highMu: number;
}

/** Relative tolerance on window edges, so a 100 亩 parcel stored as 99.9999999 still fits 100 亩. */
export const AREA_EPS = 1e-9;

/** Candidate sites with the statistics the solver report needs. */
export interface SiteUniverse {
  sites: CandidateSite[];
  /** Available parcels considered (index = resource id). */
  parcels: SiteParcel[];
  adjacentPairs: number;
  truncated: boolean;
}

/** Whether `area` lies in one of `windows` (merged into sorted disjoint intervals first, then binary search). */
export function windowTest(windows: readonly Window[]): { fits: (areaMu: number) => boolean; maxMu: number } {
  const sorted = [...windows].sort((a, b) => a.lowMu - b.lowMu);
  const merged: Window[] = [];
  for (const w of sorted) {
    const last = merged.at(-1);
    if (last && w.lowMu <= last.highMu) last.highMu = Math.max(last.highMu, w.highMu);
    else merged.push({ ...w });
  }
  const fits = (a: number): boolean => {
    let lo = 0;
    let hi = merged.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const w = merged[mid]!;
      if (a < w.lowMu * (1 - AREA_EPS)) hi = mid - 1;
      else if (a > w.highMu * (1 + AREA_EPS)) lo = mid + 1;
      else return true;
    }
    return false;
  };
  return { fits, maxMu: (merged.at(-1)?.highMu ?? 0) * (1 + AREA_EPS) };
}

/** Builds the candidate sites for the given demand windows. */
export function buildSiteUniverse(
  parcels: readonly ParcelWithGeometry[],
  redevelopment: readonly RedevelopmentSite[],
  windows: readonly Window[],
  o: LandBalanceOptions,
  adjacency: AdjacencyOptions = {},
): SiteUniverse {
  const supply = parcelSupply(parcels, o).items;
  const siteParcels: SiteParcel[] = [];
  const geoms = [];
  // Supply items come in parcel order (a subsequence), so one forward walk finds each parcel — no 100k map.
  let j = 0;
  for (const it of supply) {
    while (j < parcels.length && parcels[j]!.id !== it.id) j++;
    const p = parcels[j];
    if (!p || it.landUse === null) continue;
    siteParcels.push({
      id: p.id,
      platformId: p.platformId,
      landUse: it.landUse,
      areaMu: p.areaMu,
      availableFrom: it.availableFrom,
    });
    geoms.push(p.geometry);
  }
  const pairs =
    o.maxGroupSize > 1
      ? findAdjacentPairs(
          geoms,
          adjacency,
          (i, j) => siteParcels[i]?.platformId === siteParcels[j]?.platformId,
        )
      : [];
  const { fits, maxMu } = windowTest(windows);
  const { sites, truncated } = enumerateSites(siteParcels, pairs, {
    maxGroupSize: o.maxGroupSize,
    maxAreaMu: maxMu,
    fits,
  });
  if (o.includeRedevelopment) {
    let k = siteParcels.length;
    for (const it of redevelopmentSupply(redevelopment, o).items) {
      if (it.landUse === null || it.landMu <= 0) continue;
      sites.push({
        id: `redev:${it.id}`,
        kind: 'redevelopment',
        parcelIds: [],
        resources: [k++],
        platformId: it.platformId,
        areaMu: it.landMu,
        landUses: [it.landUse],
        availableFrom: it.availableFrom,
      });
    }
  }
  return { sites, parcels: siteParcels, adjacentPairs: pairs.length, truncated };
}
