/**
 * Candidate sites (候选用地): every single available parcel, plus every connected group of 2…K adjacent
 * available parcels of one platform merged into one site (K = `maxGroupSize`, default 4).
 *
 * Groups are enumerated with ESU (Wernicke 2006), which yields each connected vertex set exactly once.
 * The enumeration is bounded, and the bound is part of the contract:
 * - at most K parcels per site (a planner rarely assembles more; K = 4 already gives ~28 shapes per parcel
 *   on a square grid);
 * - a branch stops once its area exceeds `maxAreaMu` (the largest demand × (1 + slack)): areas only grow;
 * - a group is kept only if its area fits at least one project's demand window (`fits`);
 * - at most `maxSites` sites in all; beyond it `truncated` is set and reported by the solver status.
 */
import type { LandUse } from '../enums.ts';

/** An available parcel as the enumeration sees it. Areas in 亩. */
export interface SiteParcel {
  id: string;
  platformId: string;
  landUse: LandUse;
  areaMu: number;
  /** ISO date from which the parcel can be supplied. */
  availableFrom: string;
}

/** A site a project can be placed on: one parcel, adjacent parcels merged, or a 三旧改造 land output. */
export interface CandidateSite {
  /** Parcel id; merged parcel ids joined with `+`; or `redev:<site id>`. */
  id: string;
  kind: 'parcel' | 'merged' | 'redevelopment';
  /** Parcels of the site, sorted by id (empty for a redevelopment site). */
  parcelIds: string[];
  /** Indices of the exclusive resources the site uses (parcels, or the redevelopment site); for packing. */
  resources: number[];
  platformId: string;
  /** Site area, 亩. */
  areaMu: number;
  /** Distinct land uses of its parcels, sorted. */
  landUses: LandUse[];
  /** ISO date from which the whole site can be supplied (the latest of its parcels). */
  availableFrom: string;
}

/** Limits of the enumeration (see the module comment). */
export interface SiteEnumerationOptions {
  maxGroupSize: number;
  /** Largest area worth growing a group to, 亩. */
  maxAreaMu: number;
  /** Whether a merged group of this area (亩) fits some project's demand window. */
  fits: (areaMu: number) => boolean;
  /** Hard cap on the number of sites. Default 2,000,000. */
  maxSites?: number;
}

/** The site made of parcels `sub` (indices) with total area `area` (亩): ids sorted, available when all are. */
function siteOf(parcels: readonly SiteParcel[], sub: readonly number[], area: number): CandidateSite {
  const ps = sub.map((i) => parcels[i]!).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let from = ps[0]!.availableFrom;
  for (const p of ps) if (p.availableFrom > from) from = p.availableFrom;
  return {
    id: ps.map((p) => p.id).join('+'),
    kind: ps.length === 1 ? 'parcel' : 'merged',
    parcelIds: ps.map((p) => p.id),
    resources: [...sub].sort((a, b) => a - b),
    platformId: ps[0]!.platformId,
    areaMu: area,
    landUses: [...new Set(ps.map((p) => p.landUse))].sort(),
    availableFrom: from,
  };
}

/** Sites from `parcels` and their adjacency (index pairs, already restricted to one platform per pair). */
export function enumerateSites(
  parcels: readonly SiteParcel[],
  adjacency: ReadonlyArray<readonly [number, number]>,
  opts: SiteEnumerationOptions,
): { sites: CandidateSite[]; truncated: boolean } {
  const n = parcels.length;
  const maxSites = opts.maxSites ?? 2_000_000;
  const nbr: number[][] = Array.from({ length: n }, () => []);
  for (const [i, j] of adjacency) {
    nbr[i]?.push(j);
    nbr[j]?.push(i);
  }
  const sites: CandidateSite[] = [];
  let truncated = false;

  const record = (sub: readonly number[], area: number): void => {
    if (sites.length >= maxSites) {
      truncated = true;
      return;
    }
    sites.push(siteOf(parcels, sub, area));
  };

  const inSub = new Uint8Array(n);
  const adjCount = new Uint16Array(n);
  const sub: number[] = [];
  const add = (w: number): void => {
    inSub[w] = 1;
    sub.push(w);
    for (const u of nbr[w]!) adjCount[u]!++;
  };
  const remove = (w: number): void => {
    inSub[w] = 0;
    sub.pop();
    for (const u of nbr[w]!) adjCount[u]!--;
  };

  const extend = (ext: number[], v: number, area: number): void => {
    if (sub.length > 1 && opts.fits(area)) record(sub, area);
    if (sub.length >= opts.maxGroupSize || truncated) return;
    const rest = ext.slice();
    while (rest.length > 0) {
      const w = rest.pop()!;
      const a2 = area + parcels[w]!.areaMu;
      if (a2 > opts.maxAreaMu) continue;
      // ESU: extend only by w's exclusive neighbours (not in, nor next to, the current set) above v.
      const next = rest.slice();
      for (const u of nbr[w]!) if (u > v && !inSub[u] && adjCount[u] === 0) next.push(u);
      add(w);
      extend(next, v, a2);
      remove(w);
    }
  };

  for (let v = 0; v < n && !truncated; v++) {
    const p = parcels[v]!;
    record([v], p.areaMu);
    if (opts.maxGroupSize < 2) continue;
    add(v);
    extend(
      nbr[v]!.filter((u) => u > v),
      v,
      p.areaMu,
    );
    remove(v);
  }
  return { sites, truncated };
}
