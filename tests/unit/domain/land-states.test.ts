import { describe, expect, it } from 'vitest';
import { LAND_STATES } from '../../../domain/enums.ts';
import {
  canTransition,
  isAcquired,
  isAvailable,
  isStarted,
  nextStates,
  stateIndex,
} from '../../../domain/land-states.ts';

describe('canTransition', () => {
  it('allows each single step forward along the chain', () => {
    for (let i = 0; i + 1 < LAND_STATES.length; i++) {
      expect(canTransition(LAND_STATES[i]!, LAND_STATES[i + 1]!)).toEqual({ ok: true });
    }
  });

  it('allows 招标/拍卖 (ready → transferred), 协议 of held land (planned → transferred, grant.ts checks the mode) and 流拍 (listed → ready)', () => {
    expect(canTransition('ready', 'transferred')).toEqual({ ok: true });
    expect(canTransition('planned', 'transferred')).toEqual({ ok: true });
    expect(canTransition('listed', 'ready')).toEqual({ ok: true });
  });

  it('refuses skips, naming both states and the skipped ones in Chinese and English', () => {
    const r = canTransition('listed', 'under_construction');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toContain('「挂牌」');
    expect(r.reason).toContain('「在建」');
    expect(r.reason).toContain('「已出让」、「已交地」');
    expect(r.reason).toContain('"Listed"');
    expect(r.reason).toContain('"Under construction"');
    expect(canTransition('planned', 'ready').ok).toBe(false);
    expect(canTransition('reserve', 'transferred').ok).toBe(false);
    expect(canTransition('transferred', 'under_construction').ok).toBe(false);
  });

  it('refuses backward moves with a reason', () => {
    const r = canTransition('producing', 'completed');
    expect(r).toEqual({
      ok: false,
      reason: '不能从「投产」退回「竣工」。 Cannot move back from "Producing" to "Completed".',
    });
    expect(canTransition('ready', 'reserve').ok).toBe(false);
    expect(canTransition('transferred', 'listed').ok).toBe(false);
    expect(canTransition('under_construction', 'reserve', { reclaimable: true }).ok).toBe(false);
  });

  it('allows reclaiming (收回, 国土资源部令第53号 第十四条) only with a recorded reclaim decision', () => {
    const refused = canTransition('transferred', 'reserve');
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.reason).toMatch(
        /闲置满两年、经认定并作出收回决定.*two idle years, 认定 and a reclaim decision/,
      );
    expect(canTransition('transferred', 'reserve', { reclaimable: false }).ok).toBe(false);
    expect(canTransition('transferred', 'reserve', { reclaimable: true })).toEqual({ ok: true });
    expect(canTransition('delivered', 'reserve', { reclaimable: true })).toEqual({ ok: true });
  });

  it('refuses staying in the same state', () => {
    for (const s of LAND_STATES) {
      const r = canTransition(s, s);
      expect(r.ok).toBe(false);
    }
    const r = canTransition('ready', 'ready');
    if (!r.ok) expect(r.reason).toContain('「净地可供」');
  });
});

describe('nextStates and predicates', () => {
  it('lists the allowed next states', () => {
    expect(nextStates('planned')).toEqual(['reserve', 'transferred']);
    expect(nextStates('ready')).toEqual(['listed', 'transferred']);
    expect(nextStates('listed')).toEqual(['ready', 'transferred']);
    expect(nextStates('transferred')).toEqual(['delivered']);
    expect(nextStates('transferred', { reclaimable: true })).toEqual(['reserve', 'delivered']);
    expect(nextStates('producing')).toEqual([]);
  });

  it('classifies states', () => {
    expect(stateIndex('planned')).toBe(0);
    expect(stateIndex('producing')).toBe(8);
    expect(LAND_STATES.filter(isAcquired)).toEqual([
      'transferred',
      'delivered',
      'under_construction',
      'completed',
      'producing',
    ]);
    expect(LAND_STATES.filter(isAvailable)).toEqual(['ready', 'listed']);
    expect(LAND_STATES.filter(isStarted)).toEqual(['under_construction', 'completed', 'producing']);
  });
});
