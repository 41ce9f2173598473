/**
 * POST /api/parcels/:id/transitions — records a land-supply state change (净地可供 → 挂牌, 已出让 → 已交地, …):
 * JSON body `{ to, date, note?, who, version, contract?, landPriceWan?, grant? }` (domain/land-transition.ts;
 * a grant's mode, basis and term are checked by domain/grant.ts). In one
 * transaction it checks the parcel's version (409 `version_conflict` when stale), the rules (422 with the
 * refusal's code), appends the event, moves the parcel and bumps its version and the data revision; answers
 * the whole updated parcel as GET /api/parcels/:id does; the cached vector tiles showing the parcel are dropped
 * in the same transaction (idle clock on `?refDate=`, default the server's).
 * Bodies over 16 KB are refused with 413, bodies not sent as JSON with 415.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { beijingDate } from '../../domain/beijing-time.ts';
import { checkLandTransition, LandTransitionRequest } from '../../domain/land-transition.ts';
import { readGrantRecords, startNextGrant, writeGrantColumns } from '../db/queries/grant-records.ts';
import { writeLandTransition } from '../db/queries/land-transitions.ts';
import { bumpRevision } from '../db/queries/meta.ts';
import { getParcel } from '../db/queries/parcels.ts';
import { NotFoundError, PayloadTooLargeError, RuleError, VersionConflictError } from '../errors.ts';
import { jsonBody } from '../http/json-body.ts';
import { parcelDetail } from '../read-models/parcel-detail.ts';
import { tileCache } from '../tiles/tile-cache.ts';
import type { AppDeps } from './deps.ts';
import { ParcelDetailQuery } from './queries.ts';
import { IdParam, valid } from './validate.ts';

/** Largest accepted request body, bytes: a transition is a few hundred bytes even with a 500-character note. */
export const TRANSITION_BODY_MAX = 16 * 1024;

export const transitionRoutes = ({ db, clock, referenceDate }: AppDeps) =>
  new Hono().post(
    '/:id/transitions',
    bodyLimit({
      maxSize: TRANSITION_BODY_MAX,
      onError: () => {
        throw new PayloadTooLargeError(TRANSITION_BODY_MAX);
      },
    }),
    jsonBody,
    valid('param', IdParam),
    valid('query', ParcelDetailQuery),
    valid('json', LandTransitionRequest),
    (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      // Planners work in Beijing time: "today" for the date check is their calendar day.
      const today = beijingDate(clock());
      // IMMEDIATE: take the write lock before reading, so the version read is the one the update applies to.
      db.transaction(() => {
        const parcel = getParcel(db, id);
        if (!parcel) throw new NotFoundError('parcel', id);
        if (parcel.version !== body.version) {
          throw new VersionConflictError('parcel', id, body.version, parcel.version);
        }
        const records = readGrantRecords(db, id) ?? undefined;
        const check = checkLandTransition({ ...parcel, records }, body, today);
        if (!check.ok) throw new RuleError(check.code, check.reason, check.field);
        writeLandTransition(db, {
          parcelId: id,
          from: parcel.state,
          to: body.to,
          date: body.date,
          note: body.note ?? '',
          who: body.who,
          version: parcel.version,
          contract: check.contract,
          landPriceWan: check.landPriceWan,
        });
        if (check.endsGrant) startNextGrant(db, id);
        writeGrantColumns(db, id, check.records);
        bumpRevision(db);
        // The parcel's state (and so its colour) changed in every tile that draws it.
        tileCache(db).invalidateBBox('parcels', parcel.bbox);
      }).immediate();
      const detail = parcelDetail(db, id, c.req.valid('query').refDate ?? referenceDate);
      if (!detail) throw new NotFoundError('parcel', id);
      return c.json(detail, 200);
    },
  );
