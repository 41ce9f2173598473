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

/**
 * The land-supply states a new parcel may open with: the pre-supply states 规划 planned, 储备 reserve and 净地可供
 * ready. Every later state is entered by an event that carries a legal act the ledger must record with it
 * (land-states.ts: "the skipped states carry legal events — a contract, a handover — that must be recorded"):
 * 挂牌 listed follows a published listing announcement that fixes the parcel's location, area and boundary
 * (国土资源部令第39号 第九条), 已出让 and later need the 出让合同 (contract, price, grant mode: grant.ts), 已交地 a
 * handover date. Such land is entered as planned / reserve / ready and moved on through POST …/transitions.
 */
export const OPENING_STATES = ['planned', 'reserve', 'ready'] as const;
export type OpeningState = (typeof OPENING_STATES)[number];

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
