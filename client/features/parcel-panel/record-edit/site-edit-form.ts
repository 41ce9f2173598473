/**
 * The 三旧 site form's logic, apart from React: values shown for a site and the PATCH body of what changed
 * (domain/record-edits/redevelopment-patch.ts). Areas ㎡; the cross-field rules (parts not larger than the site, a
 * completed site fully redeveloped) are the server's and come back naming the field.
 */
import type {
  RedevelopmentImplementer,
  RedevelopmentMode,
  RedevelopmentStage,
  RedevelopmentType,
} from '../../../../domain/enums.ts';
import type { RedevelopmentPatch } from '../../../../domain/record-edits/redevelopment-patch.ts';
import type { FormProblem } from '../../project-form/project-form.ts';

/** Number fields of the site form: areas ㎡ and the target year. */
export const SITE_NUMBERS = [
  'areaM2',
  'completedAreaM2',
  'floorSpaceM2',
  'landOutputM2',
  'targetYear',
] as const;
export type SiteNumber = (typeof SITE_NUMBERS)[number];

/** What the form holds. */
export interface SiteFormValues extends Record<SiteNumber, string> {
  name: string;
  type: RedevelopmentType;
  mode: RedevelopmentMode;
  implementer: RedevelopmentImplementer | '';
  stage: RedevelopmentStage;
  expectedCompletion: string;
}

/** The site fields the form reads (GET /api/redevelopment/:id `properties`). */
export interface SiteFormSource extends Record<SiteNumber, number> {
  name: string;
  type: RedevelopmentType;
  mode: RedevelopmentMode;
  implementer?: RedevelopmentImplementer | null;
  stage: RedevelopmentStage;
  expectedCompletion: string;
}

/** The form for site `s`. */
export function siteFormValues(s: SiteFormSource): SiteFormValues {
  return {
    name: s.name,
    type: s.type,
    mode: s.mode,
    implementer: s.implementer ?? '',
    stage: s.stage,
    expectedCompletion: s.expectedCompletion,
    areaM2: String(s.areaM2),
    completedAreaM2: String(s.completedAreaM2),
    floorSpaceM2: String(s.floorSpaceM2),
    landOutputM2: String(s.landOutputM2),
    targetYear: String(s.targetYear),
  };
}

/** PATCH body of the fields that differ from the form as opened; `{}` when nothing changed. */
export function sitePatchBody(
  initial: SiteFormValues,
  v: SiteFormValues,
): { ok: true; body: Omit<RedevelopmentPatch, 'who'> } | { ok: false; problem: FormProblem } {
  const body: Record<string, unknown> = {};
  for (const f of SITE_NUMBERS) {
    if (v[f] === initial[f]) continue;
    const s = v[f].trim();
    if (s === '') return { ok: false, problem: { field: f, key: 'required' } };
    const n = Number(s);
    if (!Number.isFinite(n)) return { ok: false, problem: { field: f, key: 'number' } };
    body[f] = n;
  }
  for (const f of ['name', 'type', 'mode', 'stage', 'expectedCompletion'] as const) {
    if (v[f] !== initial[f]) body[f] = v[f];
  }
  if (v.implementer !== initial.implementer) body.implementer = v.implementer || null;
  return { ok: true, body: body as Omit<RedevelopmentPatch, 'who'> };
}
