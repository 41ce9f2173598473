/**
 * Land-supply state machine: 规划 planned → 储备 reserve → 净地可供 ready → 挂牌 listed →
 * 已出让 transferred → 已交地 delivered → 在建 under_construction → 竣工 completed → 投产 producing.
 *
 * Allowed moves, and why:
 * - one step forward along the chain — the normal lifecycle;
 * - ready → transferred — granted by 招标 or 拍卖 (their announcement is not modelled as a state; 挂牌 goes
 *   through listed). Which mode a grant may use is grant.ts's rule, checked with the transition;
 * - planned → transferred — 协议出让 of land still held by its user (三旧 自行改造 by the original holder,
 *   划拨 converted to 出让, renewal): such land never passes through the reserve. grant.ts requires the mode
 *   协议 with its legal basis, and refuses 协议 from reserve / ready / listed land (国土资源部令第39号 第四条);
 * - listed → ready — 流拍 / withdrawn: the listing failed or was pulled, the parcel is available again;
 * - transferred or delivered → reserve — 收回 (reclaim): under 闲置土地处置办法 (2012) a parcel not started
 *   two years after its agreed construction start may be taken back into the reserve, after 认定 and a 收回
 *   decision (contract-clock/procedure-request.ts). Only allowed when the caller says the parcel is reclaimable
 *   (the decision is recorded). `delivered` is included because most idle parcels have been handed over.
 * Everything else is refused with a bilingual reason: skipping two or more steps (the skipped states carry
 * legal events — a contract, a handover — that must be recorded), other backward moves (history is
 * append-only; corrections are new events), and staying in the same state (not a change).
 */
import { LAND_STATE_ZH, LAND_STATES, type LandState } from './enums.ts';
import { LAND_STATE_EN } from './labels-en.ts';

/** Land states in lifecycle order. */
export const LAND_STATE_ORDER: readonly LandState[] = LAND_STATES;

/** Context for transitions that depend on the parcel's situation. */
export interface TransitionContext {
  /** True when the parcel may be taken back: a 收回 decision is recorded (idle-land procedure). */
  reclaimable?: boolean;
}

/** Outcome of `canTransition`; `reason` is a bilingual (zh / en) sentence naming both states. */
export type TransitionResult = { ok: true } | { ok: false; reason: string };

/** Position of a state in the lifecycle, 0 (planned) … 8 (producing). */
export function stateIndex(s: LandState): number {
  return LAND_STATES.indexOf(s);
}

const name = (s: LandState): { zh: string; en: string } => ({
  zh: `「${LAND_STATE_ZH[s]}」`,
  en: `"${LAND_STATE_EN[s]}"`,
});

/** Whether a parcel may move from `from` to `to`; refusals explain why in Chinese and English. */
export function canTransition(from: LandState, to: LandState, ctx: TransitionContext = {}): TransitionResult {
  const f = name(from);
  const t = name(to);
  const step = stateIndex(to) - stateIndex(from);
  if (step === 0) {
    return { ok: false, reason: `地块已处于${f.zh}状态，无需变更。 The parcel is already ${f.en}.` };
  }
  if (step === 1) return { ok: true };
  if ((from === 'ready' || from === 'planned') && to === 'transferred') return { ok: true };
  if (from === 'listed' && to === 'ready') return { ok: true };
  if ((from === 'transferred' || from === 'delivered') && to === 'reserve') {
    if (ctx.reclaimable) return { ok: true };
    return {
      ok: false,
      reason:
        `只有闲置满两年、经认定并作出收回决定的地块才能从${f.zh}收回为${t.zh}（国土资源部令第53号 第十四条）。 ` +
        `A parcel can go back from ${f.en} to ${t.en} (reclaimed) only after two idle years, 认定 and a reclaim decision.`,
    };
  }
  if (step > 1) {
    const skipped = LAND_STATES.slice(stateIndex(from) + 1, stateIndex(to));
    return {
      ok: false,
      reason:
        `不能从${f.zh}直接跳到${t.zh}，须先经过${skipped.map((s) => name(s).zh).join('、')}。 ` +
        `Cannot skip from ${f.en} to ${t.en}; it must first pass through ${skipped.map((s) => name(s).en).join(', ')}.`,
    };
  }
  return {
    ok: false,
    reason: `不能从${f.zh}退回${t.zh}。 Cannot move back from ${f.en} to ${t.en}.`,
  };
}

/** States reachable from `s` in one allowed move (reclaim to reserve only when `ctx.reclaimable`). */
export function nextStates(s: LandState, ctx: TransitionContext = {}): LandState[] {
  return LAND_STATES.filter((to) => canTransition(s, to, ctx).ok);
}

/** Land acquired (已拿地): transferred or later. */
export function isAcquired(s: LandState): boolean {
  return stateIndex(s) >= stateIndex('transferred');
}

/** Available for supply now: ready (净地可供) or listed (挂牌). */
export function isAvailable(s: LandState): boolean {
  return s === 'ready' || s === 'listed';
}

/** Construction started: under construction or later. */
export function isStarted(s: LandState): boolean {
  return stateIndex(s) >= stateIndex('under_construction');
}
