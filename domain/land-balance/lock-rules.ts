/**
 * Whether a planner may lock a project to a site (锁定分配), checked before the lock is saved: the same rules
 * every candidate site of matching obeys (project-fit.ts), each refusal naming its rule.
 * 1. the project is in the land pipeline with a land demand (在谈 / 过会 / 签约 without land);
 * 2. the site is supply under the current options — every parcel 净地可供 / 挂牌 without a holder (or 储备
 *    with an expected ready date when reserve is counted), or a 三旧 site's land output when counted;
 * 3. merged parcels are on one platform and connected by shared boundaries (at most 6);
 * 4. land use suits the industry (国土空间调查、规划、用途管制用地用海分类指南: 工业用地 1001; M0 / 0802 only
 *    for R&D projects of 人工智能 and 大数据与物联网);
 * 5. the platform is the project's target or focuses on its industry;
 * 6. area within demand … demand × (1 + slack);
 * 7. the site is available by the project's needed-by date.
 * Areas 亩, dates ISO.
 */
import { compareIso } from '../dates.ts';
import type { AdjacencyOptions } from './adjacency.ts';
import type { CandidateSite } from './candidate-sites.ts';
import { matchableProjects } from './matching.ts';
import type { LandBalanceInput, ParcelWithGeometry } from './options.ts';
import { parseOptions } from './options.ts';
import { AREA_EPS, buildSiteUniverse } from './site-universe.ts';
import { landUseSuits, platformSuits } from './suitability.ts';

/** Codes of the rules a lock can break. */
export type LockRule =
  | 'not_in_pipeline'
  | 'site_not_supply'
  | 'site_not_connected'
  | 'land_use'
  | 'platform'
  | 'area_window'
  | 'not_ready_in_time';

/** A refused lock: the rule and a planner-language message (English; the code for the UI's own text). */
export interface LockRefusal {
  rule: LockRule;
  message: string;
}

/** Largest number of parcels a locked site may merge (the option's upper limit). */
const MAX_LOCK_PARCELS = 6;

/** The site `siteId` (parcel ids joined by `+`, or `redev:<id>`) as matching would build it, or a refusal. */
function lockSite(
  input: LandBalanceInput<ParcelWithGeometry>,
  siteId: string,
  adjacency: AdjacencyOptions,
): CandidateSite | LockRefusal {
  const o = parseOptions(input.options);
  const ids = siteId.startsWith('redev:') ? [] : siteId.split('+');
  if (ids.length > MAX_LOCK_PARCELS) {
    return { rule: 'site_not_connected', message: `a site merges at most ${MAX_LOCK_PARCELS} parcels` };
  }
  const named = input.parcels.filter((p) => ids.includes(p.id));
  const area = named.reduce((t, p) => t + p.areaMu, 0);
  const u = buildSiteUniverse(
    named,
    siteId.startsWith('redev:') ? input.redevelopment : [],
    [{ lowMu: 0, highMu: Math.max(area, 1e12) }],
    { ...o, maxGroupSize: Math.max(1, ids.length) },
    adjacency,
  );
  const site = u.sites.find((s) => s.id === siteId);
  if (site) return site;
  const supply = new Set(u.parcels.map((p) => p.id));
  const missing = ids.filter((id) => !supply.has(id));
  if (missing.length > 0 || ids.length === 0) {
    return {
      rule: 'site_not_supply',
      message: `${missing.join(', ') || siteId} is not available land under the current options (净地可供 / 挂牌 without a holder, or counted 储备 / 三旧)`,
    };
  }
  const platforms = new Set(named.map((p) => p.platformId));
  return {
    rule: 'site_not_connected',
    message:
      platforms.size > 1
        ? `the parcels lie on ${platforms.size} platforms; a merged site stays on one platform`
        : 'the parcels do not share boundaries, so they cannot be merged into one site',
  };
}

/** Null when project `projectId` may be locked to `siteId` under `input.options`, else the rule it breaks. */
export function checkLock(
  input: LandBalanceInput<ParcelWithGeometry>,
  projectId: string,
  siteId: string,
  adjacency: AdjacencyOptions = {},
): LockRefusal | null {
  const o = parseOptions(input.options);
  // Filters choose what a view shows, not what may be locked: check against the whole pipeline.
  const all = { ...o, platformId: undefined, industry: undefined, horizon: undefined };
  const p = matchableProjects({ ...input, options: all }, all).toMatch.find(
    (x) => x.project.id === projectId,
  );
  if (!p) {
    return {
      rule: 'not_in_pipeline',
      message: `project ${projectId} has no open land demand (在谈 / 过会 / 签约 without land, demand in 亩)`,
    };
  }
  const site = lockSite(input, siteId, adjacency);
  if (!('id' in site)) return site;
  const bad = site.landUses.filter((lu) => !landUseSuits(p.project, lu));
  if (bad.length > 0) {
    return {
      rule: 'land_use',
      message: `land use ${bad.join(', ')} does not suit a ${p.project.industry} project (industrial land 1001; M0 / 0802 only for R&D projects of AI and big data / IoT)`,
    };
  }
  const platform = input.platforms.find((x) => x.id === site.platformId);
  if (!platformSuits(p.project, platform, site.platformId)) {
    return {
      rule: 'platform',
      message: `platform ${site.platformId} is neither the project's target nor focused on ${p.project.industry}`,
    };
  }
  if (site.areaMu < p.window.lowMu * (1 - AREA_EPS) || site.areaMu > p.window.highMu * (1 + AREA_EPS)) {
    return {
      rule: 'area_window',
      message: `site area ${site.areaMu.toFixed(1)} 亩 is outside ${p.window.lowMu.toFixed(1)}–${p.window.highMu.toFixed(1)} 亩 (demand to demand × (1 + slack ${o.slack}))`,
    };
  }
  if (p.deadline && compareIso(site.availableFrom, p.deadline) > 0) {
    return {
      rule: 'not_ready_in_time',
      message: `the site is available from ${site.availableFrom}, after the project's needed-by date ${p.deadline}`,
    };
  }
  return null;
}
