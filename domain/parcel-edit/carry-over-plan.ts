/**
 * What a split or merge carries over from the old parcels to the new ones — the plan the editor sees and
 * confirms before the edit is committed, and the server then writes as it stands. Types shared by
 * split-carry-over.ts and merge-carry-over.ts.
 *
 * Common rules: old parcels are retired on the edit's date, never deleted, and keep their own events (their
 * history stays complete and frozen); each new parcel records the parcels it derives from and opens its history
 * with one event on the edit's date (from none to the carried state) whose note names its origin. `stateSince`
 * is carried, not reset: the land has been in that state since then, and clocks that run from it (批而未供 days,
 * the idle-land clock) must not restart because a line was drawn.
 */
import type { LandState, LandUse } from '../enums.ts';
import type { Contract } from '../schemas.ts';

/** What the plan reads of an old parcel. Areas ㎡, money 万元, dates ISO. */
export interface CarryParcel {
  id: string;
  code: string;
  platformId: string;
  town: string;
  landUse: LandUse;
  plotRatioMax: number;
  state: LandState;
  stateSince: string;
  expectedReadyDate: string | null;
  contract: Contract;
  landPriceWan: number | null;
  projectIds: readonly string[];
  areaM2: number;
}

/** A parcel the edit creates, with every attribute it starts with. */
export interface NewParcelPlan {
  code: string;
  /** Geodesic area of the new geometry, ㎡ and 亩. */
  areaM2: number;
  areaMu: number;
  platformId: string;
  town: string;
  landUse: LandUse;
  plotRatioMax: number;
  state: LandState;
  stateSince: string;
  expectedReadyDate: string | null;
  contract: Contract;
  landPriceWan: number | null;
  projectIds: string[];
  /** Ids of the parcels it derives from (lineage). */
  derivedFrom: string[];
  /** First event of its history, on the edit's date. */
  openingEvent: { from: null; to: LandState; date: string; note: string };
}

/** One carry-over rule as shown to the editor, with the values it applies. */
export interface CarryRule {
  topic:
    | 'state'
    | 'events'
    | 'contract'
    | 'land_price'
    | 'projects'
    | 'redevelopment'
    | 'attributes'
    | 'retire';
  zh: string;
  en: string;
}

/** The whole plan: parcels retired, parcels created, 三旧 site links moved, and the rules in words. */
export interface CarryOverPlan {
  kind: 'split' | 'merge';
  /** Date of the edit (ISO): old parcels are retired and new ones exist from this day. */
  date: string;
  retire: { parcelId: string; code: string; reason: 'split' | 'merge' }[];
  created: NewParcelPlan[];
  /** 三旧 sites whose parcel link moves to a new parcel (by its code). */
  redevelopment: { siteId: string; toCode: string }[];
  rules: CarryRule[];
}
