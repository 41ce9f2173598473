/**
 * The geometry edit in progress, shared by the parcel panel (buttons, preview, confirm) and the map (terra-draw,
 * the previewed pieces): `drawing` while the editor draws the split line, `preview` once the server has answered
 * the plan for it, `reshaping` while the editor moves the parcel's vertices, `creating` while a new parcel is drawn and described. The map layer reads `drawing` to run terra-draw and `pieces` to draw the new parcels.
 */
import type { LineString, Polygon } from 'geojson';
import { useSyncExternalStore } from 'react';
import type { AreaGeometry } from '../../../domain/schemas.ts';

/** What the geometry tool is doing now. */
export type GeometryEdit =
  | { phase: 'idle' }
  | { phase: 'drawing'; parcelId: string }
  | { phase: 'preview'; parcelId: string; line: LineString | null; pieces: AreaGeometry[] }
  /** Moving vertices: `original` as loaded into terra-draw, `current` the last settled outline (null: untouched). */
  | { phase: 'reshaping'; parcelId: string; original: Polygon; current: Polygon | null }
  /** Drawing a new parcel (`shape` null) or filling in its form once the outline is closed. */
  | { phase: 'creating'; shape: Polygon | null };

const IDLE: GeometryEdit = { phase: 'idle' };
let current: GeometryEdit = IDLE;
const listeners = new Set<() => void>();

/** The edit now (outside React). */
export const getGeometryEdit = (): GeometryEdit => current;

/** Replaces the edit in progress and tells the subscribers. */
export function setGeometryEdit(next: GeometryEdit): void {
  if (next === current) return;
  current = next;
  for (const l of listeners) l();
}

/** Ends any edit (cancel, commit, panel closed, another tool took the map). */
export const resetGeometryEdit = (): void => setGeometryEdit(IDLE);

const subscribe = (l: () => void): (() => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The edit in progress, re-rendering when it changes. */
export const useGeometryEdit = (): GeometryEdit =>
  useSyncExternalStore(subscribe, getGeometryEdit, getGeometryEdit);
