/**
 * Undo of a geometry edit — a split (分宗), a merge (合宗), a vertex move (编辑边界) or a parcel drawn as new (新增地块)
 * — as a new revision: nothing is
 * deleted and the history keeps the edit, marked undone, next to the undo. What may be undone, given the edit's
 * audit row and what happened since (pure; the server reads the facts and writes the result):
 *
 * - split / merge: the parcels the edit created are retired (reason `undo`, naming the edit) and the parcels it
 *   retired stand again with the outline, attributes, events and project links they kept while retired; 三旧
 *   links the edit moved go back. Only while every created parcel is exactly as the edit left it: current (not
 *   split or merged again), at the version the edit gave it (no attribute edit, state change, 补充协议, vertex
 *   move or project link since — each moves the version), holding the projects and 三旧 sites the plan gave it.
 *   Otherwise 409 `changed_since` naming the parcel and the writes. The reinstated outlines must still fit:
 *   no other parcel may now overlap them and they must lie inside the platform (422 `overlaps_parcel`,
 *   `outside_platform`, topology-check.ts). The undo is the reverse of the edit, so it follows the edit's own
 *   rules in reverse: the parcels reinstated are the parcels of record before the edit (《城镇地籍调查规程》TD
 *   1001-93 keeps a retired parcel's record; reinstating it reuses its code, which was never given again).
 * - vertex move: the parcel goes back to the outline and areas before the move, while its outline is still the
 *   one the move drew (a later move or undo → 409); attribute edits and state changes since are kept (they do
 *   not touch the outline). Same topology checks.
 * - new parcel (新增地块): the parcel is retired (reason `undo`) while it is exactly as it was drawn — version 1, no
 *   project or 三旧 link (else 409 `changed_since` with the writes). A parcel entered by mistake is thus taken out
 *   of the ledger without deleting its record or its audit trail.
 * - An undo is not itself undone (redo = edit again); an edit is undone at most once (409 `already_undone`).
 *
 * On past dates the undone split, merge or new parcel is void, like a 更正 (domain/history/transition-correction.ts):
 * the created parcels are retired on the edit's own date, so they exist on no day (parcel-state-at.ts), and the
 * reinstated parcels stand on every day again.
 */
import { z } from 'zod';
import { AreaGeometry } from '../schemas.ts';
import { checkParcelTopology, type TopologyContext } from './topology-check.ts';

/** Audit actions of the edits an undo reverses, and of the undo itself. */
export const GEOMETRY_UNDOABLE_ACTIONS = [
  'parcel.split',
  'parcel.merge',
  'parcel.reshape',
  'parcel.create',
] as const;
export const GEOMETRY_UNDO_ACTION = 'parcel.geometry_undo';

/** What the rules read of the edit's audit row. */
export interface EditRow {
  id: number;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** A refusal: 409 when something happened since, 422 when the edit cannot be undone at all. */
export interface UndoRefusal {
  ok: false;
  status: 409 | 422;
  code:
    | 'not_undoable'
    | 'already_undone'
    | 'changed_since'
    | 'overlaps_parcel'
    | 'outside_platform'
    | 'retired';
  message: string;
  parcelCode?: string;
}

const refuse = (
  status: 409 | 422,
  code: UndoRefusal['code'],
  zh: string,
  en: string,
  parcelCode?: string,
): UndoRefusal => ({
  ok: false,
  status,
  code,
  message: `${zh} ${en}`,
  ...(parcelCode ? { parcelCode } : {}),
});

const Ref = z.object({ id: z.string(), code: z.string(), version: z.number().int() });
const SplitMergeBefore = z.object({
  parcels: z.array(Ref).min(1),
  /** 三旧 site links before the edit (recorded since the undo exists; a split's are all its parent's). */
  sites: z.array(z.object({ siteId: z.string(), parcelId: z.string() })).optional(),
});
const SplitMergeAfter = z.object({
  plan: z.object({
    kind: z.enum(['split', 'merge']),
    date: z.string(),
    created: z.array(z.object({ code: z.string(), projectIds: z.array(z.string()) })).min(1),
    redevelopment: z.array(z.object({ siteId: z.string(), toCode: z.string() })),
  }),
  createdIds: z.array(z.string()).min(1),
});
const ReshapeSide = z.object({
  geometry: AreaGeometry,
  areaM2: z.number().positive(),
  areaMu: z.number().positive(),
  version: z.number().int(),
});

/** A parcel as it stands now (null: unknown). */
export interface ParcelNow {
  id: string;
  code: string;
  version: number;
  retiredOn: string | null;
  retiredReason: string | null;
}

/** A parcel the edit created, as it stands now, with its links and the writes on it since. */
export interface CreatedNow extends ParcelNow {
  projectIds: readonly string[];
  siteIds: readonly string[];
  later: readonly { at: string; who: string; action: string }[];
}

/** What the split / merge rules read besides the row. */
export interface SplitMergeUndoInput {
  row: EditRow;
  /** The parcel the undo is asked from (the path's id): one the edit created. */
  askedFrom: string;
  /** The audit row of an undo of this edit already recorded, or null. */
  undoneBy: number | null;
  created: readonly (CreatedNow | null)[];
  parents: readonly (ParcelNow | null)[];
  /** The parents' outlines (same order as the row's parcels) and their topology context. */
  outlines: readonly AreaGeometry[];
  topology: Omit<TopologyContext, 'replaces'>;
}

/** What a split / merge undo writes. */
export interface SplitMergeUndo {
  ok: true;
  kind: 'split' | 'merge';
  /** The edit's date: the created parcels are retired on it (void on every past date). */
  date: string;
  reinstate: { id: string; code: string; version: number }[];
  retire: { id: string; code: string; version: number }[];
  /** 三旧 links to move back. */
  sites: { siteId: string; toParcelId: string }[];
}

const writesText = (later: CreatedNow['later']) =>
  later.map((l) => `${l.action}（${l.who}，${l.at}）`).join('；');

/** Whether the split / merge of `row` may be undone now (see the module doc). */
export function checkSplitMergeUndo(i: SplitMergeUndoInput): SplitMergeUndo | UndoRefusal {
  const before = SplitMergeBefore.safeParse(i.row.before);
  const after = SplitMergeAfter.safeParse(i.row.after);
  if (
    i.row.entityType !== 'parcel' ||
    (i.row.action !== 'parcel.split' && i.row.action !== 'parcel.merge') ||
    !before.success ||
    !after.success ||
    !after.data.createdIds.includes(i.askedFrom)
  ) {
    return refuse(
      422,
      'not_undoable',
      '该记录不是产生此地块的分宗或合宗。',
      'the audit row is not the split or merge that created this parcel.',
    );
  }
  if (i.undoneBy !== null) {
    return refuse(
      409,
      'already_undone',
      '该编辑已撤销。',
      `this edit was already undone (audit row ${i.undoneBy}).`,
    );
  }
  const { plan, createdIds } = after.data;
  const parents = checkParents(before.data.parcels, i.parents, plan.kind, plan.date);
  if (!Array.isArray(parents)) return parents;
  const created = checkCreated(createdIds, plan, i.created);
  if (!Array.isArray(created)) return created;
  const sites = siteMoves(before.data, plan);
  if (!Array.isArray(sites)) return sites;
  const topology = checkParcelTopology(i.outlines, { ...i.topology, replaces: createdIds });
  if (!topology.ok) {
    const code = topology.reason === 'outside_platform' ? 'outside_platform' : 'overlaps_parcel';
    return { ok: false, status: 422, code, message: topology.message, parcelCode: topology.parcelCode };
  }
  return { ok: true, kind: plan.kind, date: plan.date, reinstate: parents, retire: created, sites };
}

/** The parents still retired by this edit, at the version it left them, or a refusal. */
function checkParents(
  recorded: readonly z.infer<typeof Ref>[],
  now: readonly (ParcelNow | null)[],
  kind: 'split' | 'merge',
  date: string,
): SplitMergeUndo['reinstate'] | UndoRefusal {
  const out: SplitMergeUndo['reinstate'] = [];
  for (const [k, r] of recorded.entries()) {
    const p = now[k];
    if (!p || p.retiredOn !== date || p.retiredReason !== kind || p.version !== r.version + 1) {
      return refuse(
        409,
        'changed_since',
        `地块 ${r.code} 已不是该编辑注销时的状态。`,
        `parcel ${r.code} is no longer as the edit retired it.`,
        r.code,
      );
    }
    out.push({ id: p.id, code: p.code, version: p.version });
  }
  return out;
}

/** The created parcels, each exactly as the edit left it, or a refusal naming the first that is not. */
function checkCreated(
  ids: readonly string[],
  plan: z.infer<typeof SplitMergeAfter>['plan'],
  now: readonly (CreatedNow | null)[],
): SplitMergeUndo['retire'] | UndoRefusal {
  const out: SplitMergeUndo['retire'] = [];
  for (const [k, id] of ids.entries()) {
    const p = now[k];
    const planned = plan.created[k];
    if (!p || !planned)
      return refuse(422, 'not_undoable', `地块 ${id} 不存在。`, `parcel ${id} is unknown.`, id);
    if (p.retiredOn !== null) {
      return refuse(
        409,
        'changed_since',
        `地块 ${p.code} 已于 ${p.retiredOn} 再次分宗或合宗，不能撤销。`,
        `parcel ${p.code} was split or merged again on ${p.retiredOn}; the edit cannot be undone.`,
        p.code,
      );
    }
    const sites = plan.redevelopment.filter((s) => s.toCode === planned.code).map((s) => s.siteId);
    const sameLinks =
      sameSet(p.projectIds, planned.projectIds) && sameSet(p.siteIds, sites) && p.version === 1;
    if (!sameLinks) {
      const what = writesText(p.later) || '关联已变 / links changed';
      return refuse(
        409,
        'changed_since',
        `地块 ${p.code} 在该编辑之后已有修改：${what}。`,
        `parcel ${p.code} was changed after the edit: ${what}.`,
        p.code,
      );
    }
    out.push({ id: p.id, code: p.code, version: p.version });
  }
  return out;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** Where each 三旧 link the edit moved goes back to (a split's: its one parent). */
function siteMoves(
  before: z.infer<typeof SplitMergeBefore>,
  plan: z.infer<typeof SplitMergeAfter>['plan'],
): SplitMergeUndo['sites'] | UndoRefusal {
  const out: SplitMergeUndo['sites'] = [];
  for (const move of plan.redevelopment) {
    const recorded = before.sites?.find((s) => s.siteId === move.siteId)?.parcelId;
    const toParcelId = recorded ?? (before.parcels.length === 1 ? before.parcels[0]!.id : undefined);
    if (!toParcelId) {
      return refuse(
        422,
        'not_undoable',
        `该合宗未记录三旧地块 ${move.siteId} 原属的地块，不能撤销。`,
        `the merge did not record which parcel 三旧 site ${move.siteId} belonged to; it cannot be undone.`,
      );
    }
    out.push({ siteId: move.siteId, toParcelId });
  }
  return out;
}

/** What the vertex-move rules read besides the row. */
export interface ReshapeUndoInput {
  row: EditRow;
  parcel: ParcelNow & { geometry: AreaGeometry };
  undoneBy: number | null;
  /** Geometry writes on the parcel after the move (reshapes, undos), oldest first. */
  later: readonly { at: string; who: string; action: string }[];
  topology: Omit<TopologyContext, 'replaces'>;
}

/** What a vertex-move undo writes: the outline and areas before the move. */
export interface ReshapeUndo {
  ok: true;
  kind: 'reshape';
  restore: { geometry: AreaGeometry; areaM2: number; areaMu: number };
  current: { areaM2: number; areaMu: number };
}

const sameGeometry = (a: AreaGeometry, b: AreaGeometry) => JSON.stringify(a) === JSON.stringify(b);

/** Whether the vertex move of `row` may be undone now (see the module doc). */
export function checkReshapeUndo(i: ReshapeUndoInput): ReshapeUndo | UndoRefusal {
  const before = ReshapeSide.safeParse(i.row.before);
  const after = ReshapeSide.safeParse(i.row.after);
  const p = i.parcel;
  if (
    i.row.entityType !== 'parcel' ||
    i.row.action !== 'parcel.reshape' ||
    i.row.entityId !== p.id ||
    !before.success ||
    !after.success
  ) {
    return refuse(
      422,
      'not_undoable',
      '该记录不是此地块的边界编辑。',
      'the audit row is not a vertex move of this parcel.',
    );
  }
  if (p.retiredOn !== null) {
    return refuse(422, 'retired', `地块 ${p.code} 已注销。`, `parcel ${p.code} is retired.`, p.code);
  }
  if (i.undoneBy !== null) {
    return refuse(
      409,
      'already_undone',
      '该编辑已撤销。',
      `this edit was already undone (audit row ${i.undoneBy}).`,
    );
  }
  if (!sameGeometry(p.geometry, after.data.geometry)) {
    const what = writesText(i.later) || '边界已变 / outline changed';
    return refuse(
      409,
      'changed_since',
      `地块 ${p.code} 的边界在该编辑之后又有修改：${what}。`,
      `the outline of parcel ${p.code} was changed after this edit: ${what}.`,
      p.code,
    );
  }
  const { geometry, areaM2, areaMu } = before.data;
  const topology = checkParcelTopology([geometry], { ...i.topology, replaces: [p.id] });
  if (!topology.ok) {
    const code = topology.reason === 'outside_platform' ? 'outside_platform' : 'overlaps_parcel';
    return { ok: false, status: 422, code, message: topology.message, parcelCode: topology.parcelCode };
  }
  return {
    ok: true,
    kind: 'reshape',
    restore: { geometry, areaM2, areaMu },
    current: { areaM2: after.data.areaM2, areaMu: after.data.areaMu },
  };
}

/** The parcels a split / merge audit row names: those it retired and those it created (empty when unreadable). */
export function splitMergeIds(row: EditRow): { parents: string[]; created: string[] } {
  const before = SplitMergeBefore.safeParse(row.before);
  const after = SplitMergeAfter.safeParse(row.after);
  return {
    parents: before.success ? before.data.parcels.map((p) => p.id) : [],
    created: after.success ? after.data.createdIds : [],
  };
}

/** The outline a vertex move replaced (its audit row's before), or null when unreadable. */
export function reshapeBeforeGeometry(row: EditRow): AreaGeometry | null {
  const before = ReshapeSide.safeParse(row.before);
  return before.success ? before.data.geometry : null;
}

/** What the new-parcel rules read besides the row: the parcel as it stands, with its links and the writes since. */
export interface CreateUndoInput {
  row: EditRow;
  parcel: CreatedNow;
  undoneBy: number | null;
}

/** What a new-parcel undo writes: the parcel retired on the day it was drawn for. */
export interface CreateUndo {
  ok: true;
  kind: 'create';
  date: string;
  retire: { id: string; code: string; version: number };
}

const CreateAfter = z.object({ date: z.string(), version: z.literal(1) });

/** Whether the parcel drawn by `row` (新增地块) may be taken out again now (see the module doc). */
export function checkCreateUndo(i: CreateUndoInput): CreateUndo | UndoRefusal {
  const after = CreateAfter.safeParse(i.row.after);
  const p = i.parcel;
  if (
    i.row.entityType !== 'parcel' ||
    i.row.action !== 'parcel.create' ||
    i.row.entityId !== p.id ||
    !after.success
  ) {
    return refuse(
      422,
      'not_undoable',
      '该记录不是此地块的新增。',
      'the audit row is not the drawing of this parcel.',
    );
  }
  if (i.undoneBy !== null) {
    return refuse(
      409,
      'already_undone',
      '该编辑已撤销。',
      `this edit was already undone (audit row ${i.undoneBy}).`,
    );
  }
  if (p.retiredOn !== null) {
    return refuse(422, 'retired', `地块 ${p.code} 已注销。`, `parcel ${p.code} is retired.`, p.code);
  }
  if (p.version !== 1 || p.projectIds.length > 0 || p.siteIds.length > 0) {
    const what = writesText(p.later) || '关联已变 / links changed';
    return refuse(
      409,
      'changed_since',
      `地块 ${p.code} 在新增之后已有修改：${what}。`,
      `parcel ${p.code} was changed after it was drawn: ${what}.`,
      p.code,
    );
  }
  return {
    ok: true,
    kind: 'create',
    date: after.data.date,
    retire: { id: p.id, code: p.code, version: p.version },
  };
}
