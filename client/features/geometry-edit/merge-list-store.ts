/**
 * The parcels an editor has gathered for a 合宗, with the version each was read at (the merge sends them back, as
 * If-Match does for one record) and its area ㎡. Kept while the editor moves from parcel to parcel, so a list of
 * neighbours can be built one panel at a time; emptied by the editor or by a committed merge.
 */
import { useSyncExternalStore } from 'react';

/** One parcel of the merge list. */
export interface MergeItem {
  id: string;
  code: string;
  version: number;
  areaM2: number;
}

let items: readonly MergeItem[] = [];
const listeners = new Set<() => void>();

const publish = (next: readonly MergeItem[]) => {
  items = next;
  for (const l of listeners) l();
};

/** Adds a parcel (or refreshes its version if it is already listed). */
export const addToMerge = (item: MergeItem): void =>
  publish([...items.filter((i) => i.id !== item.id), item]);

/** Takes a parcel off the list. */
export const removeFromMerge = (id: string): void => publish(items.filter((i) => i.id !== id));

/** Empties the list. */
export const clearMerge = (): void => publish([]);

const subscribe = (l: () => void): (() => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
/** The merge list now (outside React). */
export const getMergeList = (): readonly MergeItem[] => items;
const read = getMergeList;

/** The merge list, re-rendering when it changes. */
export const useMergeList = (): readonly MergeItem[] => useSyncExternalStore(subscribe, read, read);
