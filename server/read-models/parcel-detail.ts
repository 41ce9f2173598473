/**
 * The whole parcel as GET /api/parcels/:id answers it — also the answer of a recorded state change
 * (POST /api/parcels/:id/transitions), so both always have the same shape.
 */
import type { Database } from 'better-sqlite3';
import { idleLandStatus } from '../../domain/indicators.ts';
import { townEnglishNames } from '../db/queries/layers.ts';
import { getParcel, parcelEvents } from '../db/queries/parcels.ts';
import { platformRef } from '../db/queries/platforms.ts';
import { projectsOfParcel } from '../db/queries/projects.ts';
import { redevelopmentOfParcel } from '../db/queries/redevelopment.ts';
import { NotFoundError } from '../errors.ts';

/** The whole parcel `id` with the idle clock on `refDate` (ISO); null if unknown. */
export function parcelDetail(db: Database, id: string, refDate: string) {
  const parcel = getParcel(db, id);
  if (!parcel) return null;
  const platform = platformRef(db, parcel.platformId);
  if (!platform) throw new NotFoundError('platform', parcel.platformId);
  return {
    ...parcel,
    townEn: townEnglishNames(db)(parcel.town),
    platform,
    projects: projectsOfParcel(db, id),
    events: parcelEvents(db, id),
    redevelopment: redevelopmentOfParcel(db, id),
    idle: idleLandStatus(parcel, refDate),
    referenceDate: refDate,
  };
}
