/**
 * What the split preview shows, read from the server's answer: each new parcel's code and area, their sum
 * against the parent's area, and the carry-over rules in the UI language. Pure, for the panel and its tests.
 */
import type { Lang } from '../../../domain/format.ts';
import type { CarryOverPlan } from '../../../domain/parcel-edit/carry-over-plan.ts';

/** One new parcel of the preview: code and geodesic area (㎡, 亩). */
export interface PreviewPart {
  code: string;
  areaM2: number;
  areaMu: number;
}

/** The preview's rows: the new parcels, their total area ㎡ and the carry-over rules in `lang`. */
export function previewRows(plan: CarryOverPlan, lang: Lang) {
  const parts: PreviewPart[] = plan.created.map((p) => ({
    code: p.code,
    areaM2: p.areaM2,
    areaMu: p.areaMu,
  }));
  const totalM2 = parts.reduce((s, p) => s + p.areaM2, 0);
  const rules = plan.rules.map((r) => ({ topic: r.topic, text: lang === 'en' ? r.en : r.zh }));
  return { parts, totalM2, rules };
}
