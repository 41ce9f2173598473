/**
 * The zone settings (domain/settings/zone-settings.ts):
 * - GET /api/settings — readable by whoever may read the map (the header shows the zone name, the map opens on its
 *   view);
 * - PUT /api/settings — the whole settings object, administrators only; validated (400 naming the field), written
 *   in one transaction with one audit row `settings.update` holding the values before and after.
 */
import { Hono } from 'hono';
import { ZoneSettings } from '../../domain/settings/zone-settings.ts';
import { writeContext } from '../auth/actor.ts';
import { requireRole } from '../auth/authorize.ts';
import { audit } from '../db/queries/audit.ts';
import { bumpRevision } from '../db/queries/meta.ts';
import { readSettings, writeSettings } from '../db/queries/settings.ts';
import { jsonBody } from '../http/json-body.ts';
import { noQuery } from '../http/strict-query.ts';
import type { AppDeps } from './deps.ts';
import { valid } from './validate.ts';

export const settingsRoutes = ({ db, clock }: AppDeps) =>
  new Hono()
    .get('/', noQuery, (c) => c.json(readSettings(db), 200))
    .put('/', noQuery, jsonBody(64 * 1024), valid('json', ZoneSettings), (c) => {
      requireRole(c, ['admin']);
      const next = c.req.valid('json');
      const ctx = writeContext(c);
      db.transaction(() => {
        const before = readSettings(db);
        writeSettings(db, next);
        audit(db, {
          ...ctx,
          at: clock().toISOString(),
          action: 'settings.update',
          entityType: 'settings',
          entityId: 'zone',
          platformId: null,
          before,
          after: next,
        });
        bumpRevision(db);
      }).immediate();
      return c.json(readSettings(db), 200);
    });
