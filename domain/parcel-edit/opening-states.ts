/**
 * The opening states of a parcel drawn as new, apart from the request schema so the client's form imports no zod
 * (zod's compiled validators probe `new Function`, which the Content-Security-Policy reports as a violation).
 */
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
