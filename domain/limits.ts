/**
 * Limits on the text a planner records with a land-supply state change, in characters. Kept apart from the zod
 * request schema (land-transition.ts) so the client form can use them without bundling zod.
 */

/** Longest note of an event, characters. */
export const NOTE_MAX = 500;
