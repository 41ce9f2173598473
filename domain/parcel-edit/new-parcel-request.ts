/**
 * Body of POST /api/parcels — a parcel drawn from scratch (names on the wire). The area is never taken from the
 * client: the server measures the geometry. The code is optional (default: the next free number under the
 * platform's prefix, parcel-codes.ts `newParcelCode`); the date is the day of its first event (default today in
 * Beijing, set by the server).
 */
import { z } from 'zod';
import { NOTE_MAX } from '../land-transition.ts';
import { ParcelCode } from '../record-edits/parcel-patch.ts';
import { SafeText } from '../safe-text.ts';
import { AreaGeometry, IsoDate, LandUse } from '../schemas.ts';
import { checkVertexCount } from './edit-requests.ts';
import { OPENING_STATES } from './opening-states.ts';

/** Body of POST /api/parcels (see the module doc). */
export const NewParcelRequest = z
  .object({
    geometry: AreaGeometry,
    platformId: z.string().min(1).max(64),
    code: ParcelCode.optional(),
    landUse: LandUse,
    town: SafeText({ min: 1, max: 40 }).optional(),
    /** Maximum plot ratio (容积率上限), 0–20, as PATCH takes it. */
    plotRatioMax: z.number().positive().max(20),
    state: z.enum(OPENING_STATES),
    date: IsoDate.optional(),
    note: SafeText({ max: NOTE_MAX, multiline: true }).optional(),
  })
  .strict()
  .superRefine((b, ctx) => checkVertexCount(b.geometry, ctx));
export type NewParcelRequest = z.infer<typeof NewParcelRequest>;
