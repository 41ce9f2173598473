/**
 * "变化 / What changed" between two dates: parcels whose state changed (or that were created or retired), land
 * granted in the window, and projects that moved stage. Split/merge aware: a parcel created in the window is
 * compared with what its ancestors were on the first date, so splitting granted land is not counted as a new
 * grant, and land granted and then split counts once (its parts, whose areas sum to the parent's).
 */
import { compareIso } from '../dates.ts';
import type { LandState, ProjectStage } from '../enums.ts';
import { isAcquired } from '../land-states.ts';
import { stageRank } from '../project-stages.ts';
import { type ParcelTimeline, parcelStateAt } from './parcel-state-at.ts';
import { type ProjectTimeline, projectStageAt } from './project-stage-at.ts';

/** A parcel's timeline with what the change list shows: id, code, area (㎡) and the parcels it derives from. */
export interface ParcelRecordTimeline extends ParcelTimeline {
  id: string;
  code: string;
  areaM2: number;
  derivedFrom: readonly string[];
}

/** One parcel in the change list; states null where the parcel did not exist. */
export interface ParcelChange {
  id: string;
  code: string;
  areaM2: number;
  kind: 'state' | 'created' | 'retired';
  before: LandState | null;
  after: LandState | null;
  /** Became 已出让 or later in the window (neither it nor its ancestors were on the first date). */
  granted: boolean;
}

/** One project whose stage differs between the dates (null: not in the ledger yet). */
export interface ProjectChange {
  id: string;
  before: ProjectStage | null;
  after: ProjectStage | null;
  kind: 'new' | 'advanced' | 'terminated' | 'other';
}

/** Parcel and project changes from `from` to `to` (ISO, from ≤ to), granted land in ㎡. */
export interface WhatChanged {
  from: string;
  to: string;
  parcels: ParcelChange[];
  projects: ProjectChange[];
  grantedM2: number;
}

/** Whether the parcel or, when it did not exist then, any ancestor was acquired on `date`. */
function acquiredOn(
  id: string,
  date: string,
  byId: ReadonlyMap<string, ParcelRecordTimeline>,
  depth = 0,
): boolean {
  const t = byId.get(id);
  if (!t || depth > 64) return false;
  const s = parcelStateAt(t, date);
  if (s.exists) return s.state !== null && isAcquired(s.state);
  return t.derivedFrom.some((a) => acquiredOn(a, date, byId, depth + 1));
}

function parcelChange(
  t: ParcelRecordTimeline,
  from: string,
  to: string,
  byId: ReadonlyMap<string, ParcelRecordTimeline>,
): ParcelChange | null {
  const a = parcelStateAt(t, from);
  const b = parcelStateAt(t, to);
  const before = a.exists ? a.state : null;
  const after = b.exists ? b.state : null;
  if (!a.exists && !b.exists) return null;
  if (a.exists && b.exists && before === after) return null;
  const kind = !a.exists ? 'created' : !b.exists ? 'retired' : 'state';
  const granted = after !== null && isAcquired(after) && !acquiredOn(t.id, from, byId);
  return { id: t.id, code: t.code, areaM2: t.areaM2, kind, before, after, granted };
}

function projectChange(p: ProjectTimeline & { id: string }, from: string, to: string): ProjectChange | null {
  const before = projectStageAt(p, from);
  const after = projectStageAt(p, to);
  if (before === after) return null;
  const kind =
    after === 'terminated'
      ? 'terminated'
      : before === null
        ? 'new'
        : after !== null && stageRank(after) > stageRank(before)
          ? 'advanced'
          : 'other';
  return { id: p.id, before, after, kind };
}

/** What changed from `from` to `to` (ISO; swapped when given the other way round). */
export function whatChanged(
  parcels: readonly ParcelRecordTimeline[],
  projects: readonly (ProjectTimeline & { id: string })[],
  from: string,
  to: string,
): WhatChanged {
  const [d1, d2] = compareIso(from, to) <= 0 ? [from, to] : [to, from];
  const byId = new Map(parcels.map((p) => [p.id, p]));
  const pc = parcels.map((t) => parcelChange(t, d1, d2, byId)).filter((c): c is ParcelChange => c !== null);
  const jc = projects.map((p) => projectChange(p, d1, d2)).filter((c): c is ProjectChange => c !== null);
  const grantedM2 = pc.filter((c) => c.granted).reduce((s, c) => s + c.areaM2, 0);
  return { from: d1, to: d2, parcels: pc, projects: jc, grantedM2 };
}
