/** User navigation between parcels and platforms: one place that updates the UI state and asks the map to fly. */
import { requestFocus } from '../../map/focus.ts';
import { getAppState, update } from '../../state/app-store.ts';

/** Selects a parcel and opens its panel; `fly` frames it on the map (search results, lists). */
export function selectParcel(id: string, fly: boolean): void {
  update({ selectedParcelId: id });
  // In the compact layout the details sheet covers the lower half of the map: frame the parcel above it.
  if (fly || window.matchMedia('(max-width: 899.98px)').matches) requestFocus('parcel', id);
}

/** Opens a platform's summary and frames it. */
export function openPlatform(id: string): void {
  update({
    selectedParcelId: null,
    selectedProjectId: null,
    selectedPlatformId: id,
    selectedRedevelopmentId: null,
  });
  requestFocus('platform', id);
}

/** Opens a project's details (its parcels are listed there). */
export function openProject(id: string): void {
  update({ selectedParcelId: null, selectedProjectId: id, selectedRedevelopmentId: null });
}

/** Opens a 三旧改造 site's details (clicked on the map). */
export function openRedevelopment(id: string): void {
  update({ selectedParcelId: null, selectedRedevelopmentId: id });
}

/**
 * Closes the top-most details view — parcel, then 三旧 site, then project, then platform — so Escape walks back the way the
 * user came (platform → parcel → Escape shows the platform again).
 */
export function closeDetails(): void {
  const s = getAppState();
  if (s.selectedParcelId) update({ selectedParcelId: null });
  else if (s.selectedRedevelopmentId) update({ selectedRedevelopmentId: null });
  else if (s.selectedProjectId) update({ selectedProjectId: null });
  else if (s.selectedPlatformId) update({ selectedPlatformId: null });
}
