/**
 * Derives the specific reason a project got no site, checking in the order a planner would ask:
 * land of a usable use at all? → on a platform that suits it (target or focus)? → big enough? → a size inside
 * the window? → ready in time? → taken by whom?
 * Areas in 亩; "sites" are single parcels and merged groups from candidate-sites.ts.
 */

import { compareIso } from '../dates.ts';
import { LAND_USE_ZH, type LandUse } from '../enums.ts';
import { LAND_USE_EN } from '../labels-en.ts';
import type { Platform } from '../schemas.ts';
import type { CandidateSite } from './candidate-sites.ts';
import type { FitList, MatchProject } from './project-fit.ts';
import * as R from './reasons.ts';
import { AREA_EPS } from './site-universe.ts';
import { landUseSuits, platformSuits, RD_LAND_USES } from './suitability.ts';

/** Context shared by all reasons of one matching run. */
export interface ReasonContext {
  sites: readonly CandidateSite[];
  platforms: ReadonlyMap<string, Platform>;
  /** Chosen site index per resource → holder project. */
  holderOfResource: ReadonlyMap<number, MatchProject>;
  optimal: boolean;
}

const usesText = (p: MatchProject): { zh: string; en: string } => {
  const uses = (['1001', ...RD_LAND_USES] as LandUse[]).filter((u) => landUseSuits(p.project, u));
  return { zh: uses.map((u) => LAND_USE_ZH[u]).join('或'), en: uses.map((u) => LAND_USE_EN[u]).join(' or ') };
};

/** Why `p` (with ranked `fits`, none chosen) has no site. */
export function unmatchedReason(
  p: MatchProject,
  fits: FitList,
  ctx: ReasonContext,
): R.Reason<R.UnmatchedCode> {
  const d = p.demandMu;
  if (fits.site.length > 0) {
    const holders = new Map<string, MatchProject>();
    for (const si of fits.site) {
      for (const r of ctx.sites[si]!.resources) {
        const h = ctx.holderOfResource.get(r);
        if (h) holders.set(h.project.id, h);
      }
    }
    const list = [...holders.values()].map((h) => ({
      projectId: h.project.id,
      name: h.project.name,
      stage: h.project.stage,
    }));
    return R.sitesTaken(fits.site.length, list, ctx.optimal);
  }
  const usable = ctx.sites.filter((s) => s.landUses.every((lu) => landUseSuits(p.project, lu)));
  if (usable.length === 0) {
    const t = usesText(p);
    return R.noSuitableLand(d, t.zh, t.en);
  }
  const tp = p.project.targetPlatformId ? ctx.platforms.get(p.project.targetPlatformId) : undefined;
  const target = tp ? { id: tp.id, zh: tp.nameZh, en: tp.nameEn } : null;
  const industry = p.project.industry;
  let largestUsable = 0;
  for (const s of usable) largestUsable = Math.max(largestUsable, s.areaMu);
  const suitable = usable.filter((s) =>
    platformSuits(p.project, ctx.platforms.get(s.platformId), s.platformId),
  );
  if (suitable.length === 0) return R.noSuitablePlatform(d, industry, target, largestUsable);
  let largest = suitable[0]!;
  let below: number | null = null;
  let above: number | null = null;
  const inWindow: CandidateSite[] = [];
  for (const s of suitable) {
    if (s.areaMu > largest.areaMu) largest = s;
    if (s.areaMu < p.window.lowMu * (1 - AREA_EPS)) below = Math.max(below ?? 0, s.areaMu);
    else if (s.areaMu > p.window.highMu * (1 + AREA_EPS))
      above = Math.min(above ?? Number.POSITIVE_INFINITY, s.areaMu);
    else inWindow.push(s);
  }
  if (largest.areaMu < p.window.lowMu * (1 - AREA_EPS)) {
    return R.tooLarge(d, industry, target, largest.areaMu, largest.id, largestUsable);
  }
  if (inWindow.length === 0) return R.noSizeFit(d, p.window.highMu, industry, target, below, above);
  const earliest = inWindow.reduce((a, b) => (compareIso(b.availableFrom, a.availableFrom) < 0 ? b : a));
  return R.notReadyInTime(p.deadline ?? earliest.availableFrom, earliest.availableFrom, earliest.id);
}
