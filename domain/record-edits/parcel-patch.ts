/**
 * Body of PATCH /api/parcels/:id — the attributes a planner keeps current: the code (宗地编码), town, land use,
 * maximum plot ratio, expected ready date, the 出让条件 (grant conditions), the supply-readiness record and notes.
 * The land state and the contract change only through POST …/transitions (they are events with dates), the
 * geometry only through split / merge, and the area is always computed from the geometry — fields not listed
 * here are refused (400 naming the field), never ignored.
 */
import { z } from 'zod';
import { GrantConditions } from '../grant-conditions.ts';
import { SafeText } from '../safe-text.ts';
import { IsoDate, LandUse } from '../schemas.ts';
import { ReadinessRecord } from '../supply-readiness.ts';
import { SignedInWho } from '../who-field.ts';

/** Longest parcel note, characters. */
export const PARCEL_NOTES_MAX = 2000;

/** 宗地编码: letters, digits and `-`, 1–40 characters (ZK-ZC-0175, ZK-ZC-0175-1). */
export const ParcelCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/, 'letters, digits and - only, at most 40 characters');

/** The editable attributes; at least one must be given. */
export const ParcelPatch = z
  .object({
    code: ParcelCode.optional(),
    town: SafeText({ min: 1, max: 40 }).optional(),
    landUse: LandUse.optional(),
    /** Maximum plot ratio (容积率上限), 0–20. */
    plotRatioMax: z.number().positive().max(20).optional(),
    expectedReadyDate: IsoDate.nullable().optional(),
    conditions: GrantConditions.nullable().optional(),
    readiness: ReadinessRecord.nullable().optional(),
    notes: SafeText({ max: PARCEL_NOTES_MAX, multiline: true }).optional(),
    who: SignedInWho,
  })
  .strict()
  .refine((b) => Object.keys(b).some((k) => k !== 'who'), { message: 'nothing to change', path: [] });
export type ParcelPatch = z.infer<typeof ParcelPatch>;
