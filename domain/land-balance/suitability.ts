/**
 * Which land a project may use, and which platforms it prefers.
 *
 * Land use: the land-use ↔ industry rule of land-use-fit.ts — 1001 工业用地 (and its classes) for every
 * project; M0 新型产业用地 for R&D-type projects and the clean production of the 4+1 industries; 0802 科研用地 for
 * R&D-type projects; 1101 物流仓储 and 0901 商业 serve no pipeline project.
 */
import type { Industry, LandUse } from '../enums.ts';
import { isIndustrialLandUse } from '../land-use.ts';
import { landUseFits } from '../land-use-fit.ts';
import type { Platform, Project } from '../schemas.ts';

/** Land uses open to R&D-type projects besides industrial land (M0 also to clean production, land-use-fit.ts). */
export const RD_LAND_USES: readonly LandUse[] = ['M0', '0802'];

/** Land uses that some pipeline project may use (industrial, M0, 0802): the land counted as supply. */
export function isProjectLandUse(lu: LandUse): boolean {
  return isIndustrialLandUse(lu) || RD_LAND_USES.includes(lu);
}

/** Whether a project of this industry / R&D flag may build on land of use `lu`. */
export function landUseSuits(p: Pick<Project, 'industry' | 'rdOriented'>, lu: LandUse): boolean {
  return landUseFits(p, lu);
}

/** Whether some project of `industry` (R&D-type or not) could use land of use `lu` — for per-industry supply. */
export function landUseSuitsIndustry(industry: Industry, lu: LandUse): boolean {
  return landUseSuits({ industry, rdOriented: true }, lu);
}

/** Preference of a project for a platform: 2 if it is the project's target, +1 if its focus includes the industry (0–3). */
export function platformPreference(
  p: Pick<Project, 'industry' | 'targetPlatformId'>,
  platform: Platform | undefined,
  platformId: string,
): number {
  const target = p.targetPlatformId === platformId ? 2 : 0;
  const focus = platform?.focusIndustries.includes(p.industry) ? 1 : 0;
  return target + focus;
}

/**
 * Whether a platform suits a project: it is the project's target platform or its focus includes the project's
 * industry (a site suits when its land use and its platform's focus suit the industry), i.e. preference ≥ 1.
 */
export function platformSuits(
  p: Pick<Project, 'industry' | 'targetPlatformId'>,
  platform: Platform | undefined,
  platformId: string,
): boolean {
  return platformPreference(p, platform, platformId) >= 1;
}
