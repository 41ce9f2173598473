/**
 * What a parcel's contract clock is computed from, beyond the 出让合同 dates: 补充协议 (amendments), the proof
 * of 动工, the recorded development progress and the steps of the idle-land procedure. zod schemas shared by the
 * geodata files, the database rows and the API.
 */
import { z } from 'zod';
import { START_EVIDENCE } from '../enums.ts';
import { IsoDate } from '../schemas.ts';

/** Longest 补充协议 reason, characters. */
export const REASON_MAX = 200;
/** Longest document or decision number (文号), characters. */
export const DOCUMENT_NO_MAX = 60;

/** A 补充协议: signed on `date`, moving the agreed start and/or completion, with its reason and 文号. */
export const Amendment = z.object({
  date: IsoDate,
  agreedStart: IsoDate.nullable(),
  agreedCompletion: IsoDate.nullable(),
  reason: z.string().trim().min(1).max(REASON_MAX),
  documentNo: z.string().trim().min(1).max(DOCUMENT_NO_MAX),
});
export type Amendment = z.infer<typeof Amendment>;

/** 动工 as 国土资源部令第53号 第三十条 defines it: which condition was met, and when. */
export const StartRecord = z.object({
  date: IsoDate,
  evidence: z.enum(START_EVIDENCE),
});
export type StartRecord = z.infer<typeof StartRecord>;

/**
 * Development progress of a started parcel (for partial-development idleness, 第二条): developed land as a share of
 * the land to develop, investment made as a share of the total (both %, 0–100), and since when the works stand
 * still (null while they go on).
 */
export const DevelopmentRecord = z.object({
  areaPct: z.number().min(0).max(100),
  investmentPct: z.number().min(0).max(100),
  haltedSince: IsoDate.nullable(),
});
export type DevelopmentRecord = z.infer<typeof DevelopmentRecord>;

/** Steps of the idle-land procedure, in order (调查 → 认定 → 征缴闲置费 / 收回). */
export const PROCEDURE_STEPS = ['investigated', 'confirmed_idle', 'fee_levied', 'reclaimed'] as const;
export type ProcedureStep = (typeof PROCEDURE_STEPS)[number];

/** One recorded step of the idle-land procedure, with its decision or notice number and, for 收回, the hearing. */
export const ComplianceStep = z.object({
  step: z.enum(PROCEDURE_STEPS),
  date: IsoDate,
  decisionNo: z.string().trim().max(DOCUMENT_NO_MAX).nullable(),
  /** Date of the hearing (听证) or of the notice of the right to one; 收回 only. */
  hearingDate: IsoDate.nullable(),
  note: z.string().default(''),
});
export type ComplianceStep = z.infer<typeof ComplianceStep>;
