/** Colours of the idle-land statuses, shared by the list tags and the map layer (yellow → orange → red → purple; blue for a government delay). */
export const IDLE_COLORS = {
  due_soon: '#f2b705',
  overdue: '#f76707',
  government_delay: '#1c7ed6',
  idle: '#e03131',
  partial_idle: '#c2255c',
  reclaimable: '#862e9c',
} as const;

/** A status on the idle-land watch list. */
export type WatchStatus = keyof typeof IDLE_COLORS;

/** True for the statuses the watch list shows. */
export const isWatchStatus = (s: string): s is WatchStatus => s in IDLE_COLORS;
