/**
 * The ledger on a past date (`asOf=YYYY-MM-DD` on the parcel list, parcel detail and dashboard): parcels that
 * existed then — split/merge aware — in the state their event history gives for that day
 * (domain/history/parcel-state-at.ts). Parcels with no event by then (not yet in the ledger) are left out.
 */
import type { Database } from 'better-sqlite3';
import { type LandStateTotal, landStateTotals } from '../../domain/dashboard/charts.ts';
import type { LandState } from '../../domain/enums.ts';
import { type ParcelStateAt, parcelStateAt } from '../../domain/history/parcel-state-at.ts';
import { type ProjectTimeline, projectStageAt } from '../../domain/history/project-stage-at.ts';
import {
  landEventsByParcel,
  type ParcelFeature,
  type ParcelFilter,
  parcelLifeDays,
  queryParcels,
} from '../db/queries/parcels.ts';
import { PARCEL_LIMIT_MAX } from './parcel-list.ts';

/** A function giving each parcel's standing on `date`, reading the event history once. */
export function standingOn(db: Database, date: string): (id: string) => ParcelStateAt {
  const events = landEventsByParcel(db);
  const life = parcelLifeDays(db);
  return (id) => {
    const days = life.get(id) ?? { createdOn: null, retiredOn: null };
    return parcelStateAt({ ...days, events: events.get(id) ?? [] }, date);
  };
}

/** The parcels matching `f` as they stood on `asOf` (ISO): state on that day, the state filter applied to it. */
export function parcelsAsOf(
  db: Database,
  f: ParcelFilter,
  asOf: string,
): { features: ParcelFeature[]; total: number } {
  const { features } = queryParcels(db, {
    ...f,
    states: undefined,
    existedOn: asOf,
    limit: PARCEL_LIMIT_MAX,
  });
  const standing = standingOn(db, asOf);
  const wanted = f.states?.length ? new Set<LandState>(f.states) : null;
  const matches = features.flatMap((feature) => {
    const s = standing(feature.id);
    if (!s.exists || s.state === null || (wanted && !wanted.has(s.state))) return [];
    return [{ ...feature, properties: { ...feature.properties, state: s.state } }];
  });
  return { features: matches.slice(0, f.limit), total: matches.length };
}

/** Count and area per platform × state of the parcels as they stood on `asOf`. */
export function landTotalsAsOf(db: Database, asOf: string): LandStateTotal[] {
  const { features } = parcelsAsOf(db, { limit: PARCEL_LIMIT_MAX }, asOf);
  return landStateTotals(features.map((f) => f.properties));
}

/** The projects in the ledger on `asOf`, each at its stage then (domain/history/project-stage-at.ts). */
export function projectsAsOf<P extends ProjectTimeline>(projects: readonly P[], asOf: string): P[] {
  return projects.flatMap((p) => {
    const stage = projectStageAt(p, asOf);
    return stage === null ? [] : [{ ...p, stage }];
  });
}
