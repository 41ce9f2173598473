/**
 * The parcel attribute form's logic, apart from React: the values shown for a parcel, and the PATCH body of what
 * changed (domain/record-edits/parcel-patch.ts). 出让条件 and the readiness record go as whole objects (the server
 * replaces them); a blank condition is null, a malformed number is a problem at its field before sending.
 */
import type { LandUse } from '../../../../domain/enums.ts';
import type { GrantConditions } from '../../../../domain/grant-conditions.ts';
import type { ParcelPatch } from '../../../../domain/record-edits/parcel-patch.ts';
import type { ReadinessRecord } from '../../../../domain/supply-readiness.ts';
import type { FormProblem } from '../../project-form/project-form.ts';

/** 出让条件 fields, in the order the form shows them. */
export const CONDITION_FIELDS = [
  'plotRatioMin',
  'plotRatioMax',
  'buildingCoverageMin',
  'greenRatioMax',
  'heightLimitM',
  'termYears',
  'startPriceWan',
  'penaltyPermillePerDay',
  'investmentIntensityWanPerMu',
  'outputPerMuWan',
  'taxPerMuWan',
] as const satisfies readonly (keyof GrantConditions)[];
export type ConditionField = (typeof CONDITION_FIELDS)[number];

/** What the form holds (numbers and dates as typed text). */
export interface ParcelFormValues {
  code: string;
  town: string;
  landUse: LandUse;
  plotRatioMax: string;
  expectedReadyDate: string;
  notes: string;
  conditions: Record<ConditionField, string>;
  readiness: {
    conversionApproved: string;
    quotaAllocated: boolean;
    demolitionPct: string;
    siteLevelled: boolean;
  };
}

/** The parcel fields the form reads (as GET /api/parcels/:id answers them). */
export interface ParcelFormSource {
  code: string;
  town: string;
  landUse: LandUse;
  plotRatioMax: number;
  expectedReadyDate: string | null;
  notes?: string;
  conditions: GrantConditions | null;
  readiness: ReadinessRecord | null;
}

const text = (n: number | null | undefined) => (n == null ? '' : String(n));

/** The form for parcel `p`. */
export function parcelFormValues(p: ParcelFormSource): ParcelFormValues {
  const c = p.conditions;
  const r = p.readiness;
  return {
    code: p.code,
    town: p.town,
    landUse: p.landUse,
    plotRatioMax: text(p.plotRatioMax),
    expectedReadyDate: p.expectedReadyDate ?? '',
    notes: p.notes ?? '',
    conditions: Object.fromEntries(CONDITION_FIELDS.map((f) => [f, text(c?.[f])])) as Record<
      ConditionField,
      string
    >,
    readiness: {
      conversionApproved: r?.conversionApproved ?? '',
      quotaAllocated: r?.quotaAllocated ?? false,
      demolitionPct: text(r?.demolitionPct),
      siteLevelled: r?.siteLevelled ?? false,
    },
  };
}

function num(v: string, field: string): number | null | FormProblem {
  const s = v.trim();
  if (s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : { field, key: 'number' };
}
const isProblem = (x: unknown): x is FormProblem => typeof x === 'object' && x !== null && 'key' in x;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The 出让条件 the form describes: null when every field is blank. */
function conditionsOf(v: ParcelFormValues): GrantConditions | null | FormProblem {
  const out: Partial<Record<ConditionField, number | null>> = {};
  for (const f of CONDITION_FIELDS) {
    const n = num(v.conditions[f], `conditions.${f}`);
    if (isProblem(n)) return n;
    out[f] = n;
  }
  return Object.values(out).every((x) => x === null) ? null : (out as GrantConditions);
}

function readinessOf(v: ParcelFormValues): ReadinessRecord | FormProblem {
  const pct = num(v.readiness.demolitionPct, 'readiness.demolitionPct');
  if (isProblem(pct)) return pct;
  return {
    conversionApproved: v.readiness.conversionApproved || null,
    quotaAllocated: v.readiness.quotaAllocated,
    demolitionPct: pct ?? 0,
    siteLevelled: v.readiness.siteLevelled,
  };
}

/** PATCH body of the fields that differ from the form as opened; `{}` when nothing changed. */
export function parcelPatchBody(
  initial: ParcelFormValues,
  v: ParcelFormValues,
): { ok: true; body: Omit<ParcelPatch, 'who'> } | { ok: false; problem: FormProblem } {
  const body: Omit<ParcelPatch, 'who'> = {};
  if (v.code.trim() !== initial.code) body.code = v.code.trim();
  if (v.town.trim() !== initial.town) body.town = v.town.trim();
  if (v.landUse !== initial.landUse) body.landUse = v.landUse;
  if (v.plotRatioMax !== initial.plotRatioMax) {
    const n = num(v.plotRatioMax, 'plotRatioMax');
    if (isProblem(n)) return { ok: false, problem: n };
    if (n === null) return { ok: false, problem: { field: 'plotRatioMax', key: 'required' } };
    body.plotRatioMax = n;
  }
  if (v.expectedReadyDate !== initial.expectedReadyDate) body.expectedReadyDate = v.expectedReadyDate || null;
  if (v.notes !== initial.notes) body.notes = v.notes;
  if (!same(v.conditions, initial.conditions)) {
    const c = conditionsOf(v);
    if (isProblem(c)) return { ok: false, problem: c };
    body.conditions = c;
  }
  if (!same(v.readiness, initial.readiness)) {
    const r = readinessOf(v);
    if (isProblem(r)) return { ok: false, problem: r };
    body.readiness = r;
  }
  return { ok: true, body };
}
