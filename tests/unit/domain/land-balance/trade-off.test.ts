/**
 * Trade-offs and cross-platform reasons on a hand-made case. Two ready parcels of about 61 亩, far apart:
 * P on platform pb (focus 半导体), Q on pa (focus 激光). 康凯斯 (签约, 激光, 50 亩, target pb) fits P (its
 * target, rank 1) and Q (激光 focus, rank 2); 云驰 (在谈, 半导体, 50 亩, target pb) fits only P. Placing the most
 * signed demand and then the most 在谈 demand puts 康凯斯 on Q and 云驰 on P: giving P to 康凯斯 would leave
 * 云驰 without land. The cost is checked by re-solving with the pair forced as a lock.
 */
import { describe, expect, it } from 'vitest';
import { matchProjects, tradeOff, tradeOffReason } from '../../../../domain/land-balance/index.ts';
import { solverContext } from '../../../../server/land-balance/solver.ts';
import { input, parcels } from './two-platforms-fixture.ts';

describe('trade-off of a project that did not get its first choice', () => {
  it('the parcels are inside both demand windows (50–65 亩)', () => {
    for (const p of parcels) expect(p.areaMu).toBeGreaterThan(50);
    for (const p of parcels) expect(p.areaMu).toBeLessThan(65);
  });

  it('康凯斯 is placed cross-platform on Q, with 云驰 named as the holder of its target site', async () => {
    const m = matchProjects(input, await solverContext());
    const a = m.assignments.find((x) => x.projectId === 'kks')!;
    expect([a.siteId, a.rank, a.crossPlatform, a.targetPlatformId]).toEqual(['Q', 2, true, 'pb']);
    expect(a.crossReason?.code).toBe('target_taken');
    expect(a.crossReason?.details.holders).toEqual(['yc']);
    expect(a.crossReason?.zh).toContain('云驰（在谈）');
    expect(m.assignments.find((x) => x.projectId === 'yc')).toMatchObject({
      siteId: 'P',
      crossPlatform: false,
    });
  });

  it('giving P to 康凯斯 would leave 1 在谈 project (50 亩) without land — and a forced re-solve agrees', async () => {
    const ctx = await solverContext();
    const m = matchProjects(input, ctx);
    const t = tradeOff(input, ctx, m, 'kks')!;
    expect(t).toMatchObject({ siteId: 'P', gotRank: 2, feasible: true });
    expect(t.heldBy.map((h) => h.projectId)).toEqual(['yc']);
    expect(t.lost).toEqual([{ projectId: 'yc', name: '云驰', stage: 'negotiating', demandMu: 50 }]);
    expect(tradeOffReason(t, 'ZK-P', '康凯斯').zh).toBe(
      '首选 ZK-P 分给了 云驰（在谈）：若给康凯斯，则 1 个在谈项目共 50.0 亩无地可配',
    );
    // Independent check: the same solve with the pair locked by hand places 康凯斯 on P and 云驰 nowhere.
    const forced = matchProjects(
      {
        ...input,
        overrides: { locks: [{ projectId: 'kks', siteId: 'P' }], excludedSites: [], excludedProjects: [] },
      },
      ctx,
    );
    expect(forced.assignments.map((x) => [x.projectId, x.siteId])).toEqual([['kks', 'P']]);
  });

  it('no trade-off for a project on its first choice', async () => {
    const ctx = await solverContext();
    const m = matchProjects(input, ctx);
    expect(tradeOff(input, ctx, m, 'yc')).toBeNull();
  });

  it('a lock held by another lock is refused (lockViolations), not silently applied', async () => {
    const ctx = await solverContext();
    const m = matchProjects(
      {
        ...input,
        overrides: {
          locks: [
            { projectId: 'yc', siteId: 'P' },
            { projectId: 'kks', siteId: 'P' },
          ],
          excludedSites: [],
          excludedProjects: [],
        },
      },
      ctx,
    );
    expect(m.lockViolations).toEqual([{ projectId: 'kks', siteId: 'P' }]);
    expect(m.assignments.find((x) => x.projectId === 'yc')).toMatchObject({ siteId: 'P', locked: true });
  });
});
