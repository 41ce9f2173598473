/**
 * Body of PATCH /api/redevelopment/:id — a 三旧 site's type, mode, implementer (政府收储 / 自行改造 / 合作改造),
 * stage, areas (㎡), target year and expected completion — and the cross-field rules the body alone cannot say.
 */
import { z } from 'zod';
import { SafeText } from '../safe-text.ts';
import {
  IsoDate,
  RedevelopmentImplementer,
  RedevelopmentMode,
  type RedevelopmentSite,
  RedevelopmentStage,
  RedevelopmentType,
} from '../schemas.ts';
import { SignedInWho } from '../who-field.ts';
import { type RecordEditRefusal, refuseEdit } from './edit-refusal.ts';

const m2 = z.number().nonnegative().max(1e8);

/** The editable fields of a site; at least one. Areas ㎡. */
export const RedevelopmentPatch = z
  .object({
    name: SafeText({ min: 1, max: 100 }).optional(),
    type: RedevelopmentType.optional(),
    mode: RedevelopmentMode.optional(),
    implementer: RedevelopmentImplementer.nullable().optional(),
    stage: RedevelopmentStage.optional(),
    areaM2: z.number().positive().max(1e8).optional(),
    completedAreaM2: m2.optional(),
    floorSpaceM2: m2.optional(),
    landOutputM2: m2.optional(),
    targetYear: z.number().int().min(2000).max(2100).optional(),
    expectedCompletion: IsoDate.optional(),
    who: SignedInWho,
  })
  .strict()
  .refine((b) => Object.keys(b).some((k) => k !== 'who'), { message: 'nothing to change', path: [] });
export type RedevelopmentPatch = z.infer<typeof RedevelopmentPatch>;

/** Checks the site as it would stand after the patch: parts of the site cannot exceed the site. */
export function checkRedevelopmentSite(s: RedevelopmentSite): { ok: true } | RecordEditRefusal {
  if (s.completedAreaM2 > s.areaM2) {
    return refuseEdit(
      'area_exceeds_site',
      'completedAreaM2',
      `已完成改造面积 ${s.completedAreaM2} ㎡ 大于项目面积 ${s.areaM2} ㎡。`,
      `completed area ${s.completedAreaM2} ㎡ exceeds the site area ${s.areaM2} ㎡.`,
    );
  }
  if (s.landOutputM2 > s.areaM2) {
    return refuseEdit(
      'area_exceeds_site',
      'landOutputM2',
      `释放用地 ${s.landOutputM2} ㎡ 大于项目面积 ${s.areaM2} ㎡。`,
      `land released ${s.landOutputM2} ㎡ exceeds the site area ${s.areaM2} ㎡.`,
    );
  }
  if (s.stage === 'completed' && s.completedAreaM2 < s.areaM2) {
    return refuseEdit(
      'stage_needs_area',
      'completedAreaM2',
      '阶段为“完成”时，已完成改造面积应等于项目面积。',
      'a completed site has its whole area redeveloped (completedAreaM2 = areaM2).',
    );
  }
  return { ok: true };
}
