/**
 * Land use ↔ industry consistency (用地性质与产业相符): whether a project may be built on land of a given use.
 * A project on land whose use does not fit — a manufacturing project on 0901 商业用地 — is flagged: building it
 * would breach the land-use condition of the grant (城市房地产管理法 第十八条: changing the use needs the
 * grantor's consent and a new contract).
 *
 * - 1001 工业用地 and its classes: every industry's production, and the R&D that goes with it.
 * - M0 新型产业用地: R&D (研发), pilot production (中试) and clean production (无污染生产) — Guangdong's
 *   definition. Which industries count as clean production is practice, not law: `M0_PRODUCTION_INDUSTRIES`
 *   (the 4+1; not new-energy equipment or unknown "other" manufacturing) is a setting, not a legal list.
 * - 0802 科研用地: R&D-type projects only.
 * - 1101 物流仓储 and 0901 商业: no manufacturing or R&D project.
 */
import { FOUR_PLUS_ONE, type Industry, LAND_USE_ZH, type LandUse } from './enums.ts';
import { landUseFamily } from './land-use.ts';
import type { Project } from './schemas.ts';

/** Industries whose production counts as clean production admitted on M0 (configurable practice). */
export const M0_PRODUCTION_INDUSTRIES: readonly Industry[] = FOUR_PLUS_ONE;

/** What the check reads of a project. */
export type FitProject = Pick<Project, 'industry' | 'rdOriented'>;

/** Outcome of the check: fits, or does not with a bilingual reason. */
export type LandUseFit = { ok: true } | { ok: false; reason: string };

/** Whether a project of this industry and R&D flag may be built on land of use `lu`. */
export function landUseFits(p: FitProject, lu: LandUse): boolean {
  switch (landUseFamily(lu)) {
    case '1001':
      return true;
    case 'M0':
      return p.rdOriented || M0_PRODUCTION_INDUSTRIES.includes(p.industry);
    case '0802':
      return p.rdOriented;
    default:
      return false;
  }
}

/** The check with its reason (zh / en), for the panel, the dossier and the API. */
export function checkLandUseFit(p: FitProject, lu: LandUse): LandUseFit {
  if (landUseFits(p, lu)) return { ok: true };
  const kind = p.rdOriented ? '研发' : '生产';
  return {
    ok: false,
    reason:
      `${kind}类项目与用地性质「${LAND_USE_ZH[lu]}（${lu}）」不符。 ` +
      `A ${p.rdOriented ? 'research' : 'manufacturing'} project does not fit land use ${lu}.`,
  };
}
