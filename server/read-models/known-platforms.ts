/**
 * The one unknown-platform check of the API (parcels, exports, projects, redevelopment, dashboard, idle land,
 * land balance): every requested id must be a platform of the dataset, so a typo answers 400 naming
 * `platform` instead of an empty list that looks like "no parcels here".
 */
import { InvalidInputError } from '../errors.ts';

/** Throws a 400 naming `platform` when one of `requested` is not in `knownIds`. */
export function checkPlatforms(knownIds: readonly string[], requested: readonly string[]): void {
  if (!requested.length) return;
  const known = new Set(knownIds);
  const unknown = requested.filter((id) => !known.has(id));
  if (unknown.length) {
    throw new InvalidInputError(
      'platform',
      `platform: unknown platform ${unknown.map((u) => `"${u}"`).join(', ')}`,
    );
  }
}
