/** Limits of the measure and query tools, import-free so the toolbar can load without the geometry library. */

/** Longest buffer distance accepted around a line, metres (the zone is ≈ 30 km across). */
export const BUFFER_M_MAX = 5_000;
