/**
 * The platform filter of the list endpoints (parcels, exports, projects, redevelopment): every id must be a
 * platform of the dataset, so a typo answers 400 naming `platform` instead of an empty list that looks like
 * "no parcels here".
 */
import type { Database } from 'better-sqlite3';
import { platformIds } from '../db/queries/dashboard.ts';
import { InvalidInputError } from '../errors.ts';

/** Throws a 400 naming `platform` when one of `list` is not a platform id of the dataset. */
export function checkPlatformList(db: Database, list: readonly string[]): void {
  if (!list.length) return;
  const known = new Set(platformIds(db));
  const unknown = list.filter((id) => !known.has(id));
  if (unknown.length) {
    throw new InvalidInputError(
      'platform',
      `platform: unknown platform ${unknown.map((u) => `"${u}"`).join(', ')}`,
    );
  }
}
