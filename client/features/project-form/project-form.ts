/**
 * The project form's logic, apart from React: the values a form shows for a project (or a new lead), and the
 * request body they make — the whole project for POST /api/projects, only the changed fields for PATCH. Numbers
 * are typed as text; a blank optional number is null, a malformed one is an error at its field before anything
 * is sent. The stage rules (a stage needs its key date, dates in order, none after today) are the server's
 * (domain/record-edits/project-edit.ts); its refusal comes back naming the field and is shown there.
 */
import type { Industry, Origin, ProjectStage } from '../../../domain/enums.ts';
import type { ProjectCreate, ProjectPatch } from '../../../domain/record-edits/project-edit.ts';
import type { ProjectDates } from '../../../domain/schemas.ts';

/** Key dates in stage order (在谈 firstContact, 过会 approved, 签约 signed, 已拿地, 开工, 投产). */
export const KEY_DATES = [
  'firstContact',
  'approved',
  'signed',
  'landAcquired',
  'started',
  'producing',
] as const;
export type KeyDate = (typeof KEY_DATES)[number];

/** Number fields of the form: money 万元, land 亩, floor space ㎡. */
export const NUMBER_FIELDS = [
  'investmentWan',
  'fixedInvestmentWan',
  'landDemandMu',
  'floorDemandM2',
] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];

/** What the form holds: text as typed, enums as chosen, key dates as ISO text ('' = none). */
export interface ProjectFormValues {
  name: string;
  enterprise: string;
  industry: Industry;
  origin: Origin;
  investmentWan: string;
  fixedInvestmentWan: string;
  landDemandMu: string;
  floorDemandM2: string;
  targetPlatformId: string;
  stage: ProjectStage;
  keyDates: Record<KeyDate, string>;
  approvedDocNo: string;
  signedDocNo: string;
  /** 增资 / 二期: the enterprise already in the zone this expands ('' = a new enterprise). */
  expansionOf: string;
  terminatedOn: string;
  /** 研发型: may also use M0 / 0802 land (kept as loaded; the form does not show it). */
  rdOriented: boolean;
}

/** The project fields the form reads (as GET /api/projects/:id answers them). */
export interface ProjectFormSource {
  name: string;
  enterprise: string;
  industry: Industry;
  origin: Origin;
  investmentWan: number;
  fixedInvestmentWan?: number | null;
  landDemandMu: number | null;
  floorDemandM2: number | null;
  targetPlatformId: string | null;
  stage: ProjectStage;
  keyDates: ProjectDates;
  approvedDocNo?: string | null;
  signedDocNo?: string | null;
  expansionOf?: string | null;
  terminatedOn?: string | null;
  rdOriented?: boolean;
}

const text = (n: number | null | undefined) => (n == null ? '' : String(n));

/** The form for `p`, or for a new lead on `platformId` when `p` is null. */
export function formValuesOf(p: ProjectFormSource | null, platformId: string | null): ProjectFormValues {
  return {
    name: p?.name ?? '',
    enterprise: p?.enterprise ?? '',
    industry: p?.industry ?? 'other',
    origin: p?.origin ?? 'shenzhen',
    investmentWan: text(p?.investmentWan),
    fixedInvestmentWan: text(p?.fixedInvestmentWan),
    landDemandMu: text(p?.landDemandMu),
    floorDemandM2: text(p?.floorDemandM2),
    targetPlatformId: p ? (p.targetPlatformId ?? '') : (platformId ?? ''),
    stage: p?.stage ?? 'lead',
    keyDates: Object.fromEntries(KEY_DATES.map((k) => [k, p?.keyDates[k] ?? ''])) as Record<KeyDate, string>,
    approvedDocNo: p?.approvedDocNo ?? '',
    signedDocNo: p?.signedDocNo ?? '',
    expansionOf: p?.expansionOf ?? '',
    terminatedOn: p?.terminatedOn ?? '',
    rdOriented: p?.rdOriented ?? false,
  };
}

/** A field the form refuses before sending, with the reason's i18n key. */
export type FormProblem = { field: string; key: 'required' | 'number' };

type Body = Omit<ProjectCreate, 'who'>;

/** Parses a number field: blank → null, else a finite number or a problem. */
function numberOf(v: string): number | null | 'bad' {
  const s = v.trim().replace(/,/g, '');
  if (s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : 'bad';
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The whole project the form describes, or the first problem. */
export function fullBody(
  v: ProjectFormValues,
): { ok: true; body: Body } | { ok: false; problem: FormProblem } {
  for (const f of ['name', 'enterprise', 'investmentWan'] as const) {
    if (v[f].trim() === '') return { ok: false, problem: { field: f, key: 'required' } };
  }
  const nums = {} as Record<NumberField, number | null>;
  for (const f of NUMBER_FIELDS) {
    const n = numberOf(v[f]);
    if (n === 'bad') return { ok: false, problem: { field: f, key: 'number' } };
    nums[f] = n;
  }
  const body: Body = {
    name: v.name.trim(),
    enterprise: v.enterprise.trim(),
    industry: v.industry,
    origin: v.origin,
    investmentWan: nums.investmentWan ?? 0,
    fixedInvestmentWan: nums.fixedInvestmentWan,
    landDemandMu: nums.landDemandMu,
    floorDemandM2: nums.floorDemandM2,
    targetPlatformId: orNull(v.targetPlatformId),
    stage: v.stage,
    rdOriented: v.rdOriented,
    keyDates: Object.fromEntries(KEY_DATES.map((k) => [k, orNull(v.keyDates[k])])),
    approvedDocNo: orNull(v.approvedDocNo),
    signedDocNo: orNull(v.signedDocNo),
    expansionOf: orNull(v.expansionOf),
    terminatedOn: orNull(v.terminatedOn),
  };
  return { ok: true, body };
}

/** POST body of a new project: the full body without the nulls a new lead does not need to send. */
export function createBody(v: ProjectFormValues) {
  const r = fullBody(v);
  if (!r.ok) return r;
  const body = Object.fromEntries(Object.entries(r.body).filter(([, x]) => x !== null)) as Body;
  body.targetPlatformId = r.body.targetPlatformId;
  const keyDates = Object.fromEntries(Object.entries(r.body.keyDates ?? {}).filter(([, d]) => d !== null));
  return { ok: true as const, body: { ...body, keyDates } };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * PATCH body: only the fields whose value differs from the form as opened (`initial`); key dates only the
 * changed ones (the server merges them). `{}` when nothing changed.
 */
export function patchBody(
  initial: ProjectFormValues,
  v: ProjectFormValues,
): { ok: true; body: Omit<ProjectPatch, 'who'> } | { ok: false; problem: FormProblem } {
  const before = fullBody(initial);
  const after = fullBody(v);
  if (!after.ok) return after;
  if (!before.ok) return { ok: true, body: after.body };
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(after.body)) {
    if (k === 'keyDates') continue;
    if (!same(x, before.body[k as keyof Body])) out[k] = x;
  }
  const dates: Partial<Record<KeyDate, string | null>> = {};
  for (const k of KEY_DATES) {
    const a = after.body.keyDates?.[k] ?? null;
    if (a !== (before.body.keyDates?.[k] ?? null)) dates[k] = a;
  }
  if (Object.keys(dates).length) out.keyDates = dates;
  return { ok: true, body: out as Omit<ProjectPatch, 'who'> };
}
