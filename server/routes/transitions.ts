/**
 * POST /api/parcels/:id/transitions — records a land-supply state change (净地可供 → 挂牌, 已出让 → 已交地, …):
 * JSON body `{ to, date, note?, version, contract?, landPriceWan?, grant? }` (domain/land-transition.ts; a
 * grant's mode, basis and term are checked by domain/grant.ts). Needs an editor session allowed to edit the
 * parcel's platform (authorize.ts checks before the route runs; the route checks again inside the transaction).
 * In one transaction it checks the parcel's version (409 `version_conflict` when stale), the rules (422 with the
 * refusal's code), appends the audit row and the event (its `who` is the signed-in account), moves the parcel
 * and bumps its version and the data revision, and drops the cached vector tiles showing the parcel; answers
 * the whole updated parcel as GET /api/parcels/:id does (idle clock on `?refDate=`, default the server's).
 * Bodies over 16 KB are refused with 413, bodies not sent as JSON with 415.
 */
import { Hono } from 'hono';
import { beijingDate } from '../../domain/beijing-time.ts';
import { type GrantRecords, NO_GRANT_RECORDS } from '../../domain/grant-records.ts';
import {
  checkLandTransition,
  LandTransitionRequest,
  type TransitionParcel,
} from '../../domain/land-transition.ts';
import { writeContext } from '../auth/actor.ts';
import { requireEditorFor } from '../auth/authorize.ts';
import { audit } from '../db/queries/audit.ts';
import { readGrantRecords, startNextGrant, writeGrantColumns } from '../db/queries/grant-records.ts';
import { writeLandTransition } from '../db/queries/land-transitions.ts';
import { bumpRevision } from '../db/queries/meta.ts';
import { getParcel } from '../db/queries/parcels.ts';
import { NotFoundError, RuleError, VersionConflictError } from '../errors.ts';
import { jsonBody } from '../http/json-body.ts';
import { refuseIfRetired } from '../read-models/current-parcel.ts';
import { parcelDetail } from '../read-models/parcel-detail.ts';
import { tileCache } from '../tiles/tile-cache.ts';
import type { AppDeps } from './deps.ts';
import { ParcelDetailQuery } from './queries.ts';
import { IdParam, valid } from './validate.ts';

/** Largest accepted request body, bytes: a transition is a few hundred bytes even with a 500-character note. */
export const TRANSITION_BODY_MAX = 16 * 1024;

/**
 * What the audit row keeps of a parcel before and after a change — with the grant and the delivery date, which a
 * 更正 of the change restores (domain/history/transition-correction.ts).
 */
const snapshot = (
  p: Pick<TransitionParcel, 'state' | 'stateSince' | 'contract' | 'landPriceWan'> & { version: number },
  r: Pick<GrantRecords, 'grant' | 'deliveryActual'>,
) => ({
  state: p.state,
  stateSince: p.stateSince,
  contract: { ...p.contract },
  landPriceWan: p.landPriceWan,
  version: p.version,
  grant: r.grant,
  deliveryActual: r.deliveryActual,
});

export const transitionRoutes = ({ db, clock, referenceDate }: AppDeps) =>
  new Hono().post(
    '/:id/transitions',
    jsonBody(TRANSITION_BODY_MAX),
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
        const { displayName } = requireEditorFor(c, parcel.platformId);
        if (parcel.version !== body.version) {
          throw new VersionConflictError('parcel', id, body.version, parcel.version);
        }
        refuseIfRetired(db, id, parcel.code);
        const records = readGrantRecords(db, id) ?? undefined;
        const check = checkLandTransition({ ...parcel, records }, body, today);
        if (!check.ok) throw new RuleError(check.code, check.reason, check.field);
        const auditId = audit(db, {
          ...writeContext(c),
          at: clock().toISOString(),
          action: 'parcel.transition',
          entityType: 'parcel',
          entityId: id,
          platformId: parcel.platformId,
          before: snapshot(parcel, records ?? NO_GRANT_RECORDS),
          after: {
            ...snapshot(
              { ...check, state: body.to, stateSince: body.date, version: parcel.version + 1 },
              check.records,
            ),
            note: body.note ?? '',
          },
        });
        writeLandTransition(db, {
          parcelId: id,
          from: parcel.state,
          to: body.to,
          date: body.date,
          note: body.note ?? '',
          who: displayName,
          auditId,
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
