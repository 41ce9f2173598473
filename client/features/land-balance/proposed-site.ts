/**
 * The site a planner last opened from the land-balance tab (a candidate or an assignment): the parcel the map
 * flew to and the label drawn on it ("拟配给 <project>" when the matching places a project there, else the
 * candidate's rank for the selected project). Kept out of the URL: it follows a click, like a fly-to.
 */
import { useSyncExternalStore } from 'react';
import { requestFocus } from '../../map/focus.ts';
import { update } from '../../state/app-store.ts';

/** The opened site: the parcel (first of a merged site) and who the matching proposes it for. */
export interface ProposedSite {
  parcelId: string;
  /** Project the matching assigned the site to, or null when no project was placed there. */
  assignedTo: string | null;
  /** The selected project and the candidate's rank, for a site nobody was placed on. */
  candidateOf: { project: string; rank: number } | null;
}

let current: ProposedSite | null = null;
const listeners = new Set<() => void>();

/** Selects the site's parcel (its panel opens), flies the map there at parcel zoom and labels it. */
export function openProposedSite(site: ProposedSite): void {
  current = site;
  for (const l of listeners) l();
  update({ selectedParcelId: site.parcelId, selectedProjectId: null, selectedPlatformId: null });
  requestFocus('parcel', site.parcelId);
}

/** The site last opened from the tab (null before any). */
export const useProposedSite = (): ProposedSite | null =>
  useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
    () => current,
  );
