/**
 * The whole parcel as GET /api/parcels/:id answers it — also the answer of a recorded state change, 补充协议 or
 * idle-procedure step (POST /api/parcels/:id/transitions, …/amendments, …/compliance), so all have the same
 * shape: attributes, platform, projects (with their land-use fit), history, redevelopment, and the grant and
 * contract clock on the reference date (domain/parcel-supervision.ts), notes and lineage (split / merge), and the
 * split or merge that created it (`origin`, server/read-models/geometry-origin.ts).
 */
import type { Database } from 'better-sqlite3';
import { checkLandUseFit } from '../../domain/land-use-fit.ts';
import { parcelSupervision } from '../../domain/parcel-supervision.ts';
import { readGrantRecords } from '../db/queries/grant-records.ts';
import { townEnglishNames } from '../db/queries/layers.ts';
import { parcelEditColumns, parcelLineage } from '../db/queries/parcel-edits.ts';
import { getParcel, parcelEvents } from '../db/queries/parcels.ts';
import { platformRef } from '../db/queries/platforms.ts';
import { projectsOfParcel } from '../db/queries/projects.ts';
import { redevelopmentOfParcel } from '../db/queries/redevelopment.ts';
import { NotFoundError } from '../errors.ts';
import { geometryOrigin } from './geometry-origin.ts';

/** The whole parcel `id` with its grant and contract clock on `refDate` (ISO); null if unknown. */
export function parcelDetail(db: Database, id: string, refDate: string) {
  const parcel = getParcel(db, id);
  const records = readGrantRecords(db, id);
  if (!parcel || !records) return null;
  const platform = platformRef(db, parcel.platformId);
  if (!platform) throw new NotFoundError('platform', parcel.platformId);
  return {
    ...parcel,
    ...parcelSupervision(parcel, records, refDate),
    townEn: townEnglishNames(db)(parcel.town),
    platform,
    projects: projectsOfParcel(db, id).map((p) => ({ ...p, landUseFit: checkLandUseFit(p, parcel.landUse) })),
    events: parcelEvents(db, id),
    redevelopment: redevelopmentOfParcel(db, id),
    // Notes, the day it was created / retired in the app, and the parcels it came from or went into.
    ...parcelEditColumns(db, id),
    lineage: parcelLineage(db, id),
    // The split or merge that created it (for its undo from the history), null for loaded data.
    origin: geometryOrigin(db, id),
    referenceDate: refDate,
  };
}
