/**
 * Whether the project form is open, and for what: a new project (optionally on a platform) or an existing one.
 * One small store, so the pipeline list, the search results and the project panel all open the same dialog.
 */
import { useSyncExternalStore } from 'react';

/** The open form: a new project (`id` null) or project `id`; null when closed. */
export type ProjectFormTarget = { id: string | null; platformId: string | null } | null;

let target: ProjectFormTarget = null;
const listeners = new Set<() => void>();
const set = (t: ProjectFormTarget) => {
  target = t;
  for (const l of listeners) l();
};

/** Opens the form for a new project (on `platformId`, if known). */
export const openNewProject = (platformId: string | null = null): void => set({ id: null, platformId });
/** Opens the form on project `id`. */
export const openProjectEdit = (id: string): void => set({ id, platformId: null });
/** Closes it. */
export const closeProjectForm = (): void => set(null);

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** What the form is open on (null = closed). */
export const useProjectFormTarget = (): ProjectFormTarget =>
  useSyncExternalStore(
    subscribe,
    () => target,
    () => target,
  );
