/**
 * 更正 of a land-state transition recorded by mistake — not an "undo" of the legal act. A grant (出让) or a
 * delivery (交地) that really happened is not reversed by the ledger: it ends only by its own procedure (收回 under
 * 国土资源部令第53号《闲置土地处置办法》, 解除合同). What this corrects is a data-entry mistake in the ledger,
 * modelled on 更正登记 of 《不动产登记暂行条例实施细则》（国土资源部令第63号）第七十九条至第八十一条: a record
 * found wrong is corrected with a stated reason and the correction itself is recorded; the wrong entry is kept,
 * marked corrected, never deleted. (The ledger is not the 不动产登记簿; the articles are the practice it follows.
 * Which transitions may be corrected is the list `CORRECTABLE_MOVES` below — the bureau can narrow it there.)
 *
 * Rules: only the parcel's latest uncorrected transition, only when nothing was written on the parcel since
 * (its version is still the one the transition produced; else 409 naming the later writes), never a 收回
 * (a reclaim is a decision with its own procedure, 422), and the audit row must hold what the transition
 * replaced (state, since-date, contract, price, and for a grant or delivery the grant and delivery date).
 *
 * Effect on past dates (documented choice): a corrected event is void from the start — every view of the
 * ledger on a date (asOf map and tiles, dashboard, 变化) skips it, as if it had never been recorded, because the
 * correction says the land never was in that state. The history still lists it, marked corrected, next to the
 * correction.
 */
import { z } from 'zod';
import type { LandState } from '../enums.ts';
import { Grant } from '../grant.ts';
import { isAcquired } from '../land-states.ts';
import { Contract, IsoDate, LandState as LandStateSchema } from '../schemas.ts';

/** The audit action of a transition and of its correction. */
export const TRANSITION_ACTION = 'parcel.transition';
export const CORRECTION_ACTION = 'parcel.transition_correction';

/** Moves a correction may void: every move except a 收回 (acquired → reserve), see the module doc. */
export const CORRECTABLE_MOVES = (from: LandState, to: LandState): boolean =>
  !(to === 'reserve' && isAcquired(from));

/** What the transition's audit row kept of the parcel before it (transitions.ts `snapshot`). */
const Before = z.object({
  state: LandStateSchema,
  stateSince: IsoDate,
  contract: Contract,
  landPriceWan: z.number().nullable(),
  version: z.number().int(),
  grant: Grant.nullable().optional(),
  deliveryActual: IsoDate.nullable().optional(),
});
export type CorrectionRestore = z.infer<typeof Before>;

/** What the check reads: the audit row, the parcel now, its latest uncorrected event, the writes since. */
export interface CorrectionInput {
  row: { id: number; action: string; entityType: string; entityId: string; before: unknown; after: unknown };
  parcel: { id: string; code: string; state: LandState; version: number };
  /** The audit row of the parcel's latest uncorrected event (null: loaded data, or none). */
  latestEventAuditId: number | null;
  /** The parcel's audited writes after the transition, oldest first. */
  later: readonly { at: string; who: string; action: string }[];
}

export type CorrectionCheck =
  | { ok: true; restore: CorrectionRestore; from: LandState; to: LandState }
  | { ok: false; status: 409 | 422; code: string; message: string };

const refuse = (status: 409 | 422, code: string, message: string): CorrectionCheck => ({
  ok: false,
  status,
  code,
  message,
});

const versionOf = (x: unknown): number | null => {
  const v = (x as { version?: unknown } | null)?.version;
  return typeof v === 'number' ? v : null;
};

/** Whether the transition of audit row `row` may be corrected now, and what the parcel goes back to. */
export function checkTransitionCorrection(i: CorrectionInput): CorrectionCheck {
  const { row, parcel } = i;
  if (row.entityType !== 'parcel' || row.entityId !== parcel.id || row.action !== TRANSITION_ACTION) {
    return refuse(
      422,
      'not_correctable',
      '该记录不是此地块的状态变更。 the audit row is not a state change of this parcel.',
    );
  }
  const before = Before.safeParse(row.before);
  const after = (row.after ?? {}) as { state?: LandState };
  if (!before.success || after.state === undefined) {
    return refuse(
      422,
      'not_correctable',
      '审计记录缺少变更前的值。 the audit row lacks the values before the change.',
    );
  }
  const b = before.data;
  if (!CORRECTABLE_MOVES(b.state, after.state)) {
    return refuse(
      422,
      'not_correctable',
      '收回是依《闲置土地处置办法》作出的决定，不能作为录入错误更正。 a reclaim (收回) is a decision, not a data-entry mistake; it cannot be corrected.',
    );
  }
  if ((after.state === 'transferred' || after.state === 'delivered') && b.grant === undefined) {
    return refuse(
      422,
      'not_correctable',
      '审计记录缺少出让记录的旧值。 the audit row lacks the grant records before the change.',
    );
  }
  if (i.later.length > 0 || parcel.version !== versionOf(row.after) || i.latestEventAuditId !== row.id) {
    const what = i.later.map((l) => `${l.action}（${l.who}，${l.at}）`).join('；');
    return refuse(
      409,
      'changed_since',
      `地块 ${parcel.code} 在该变更之后已有修改，只能更正最新的状态变更：${what || '版本已变'}。 ` +
        `parcel ${parcel.code} was written after this change; only its latest state change can be corrected: ${what || 'version moved'}.`,
    );
  }
  return { ok: true, restore: b, from: after.state, to: b.state };
}
