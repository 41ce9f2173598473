/** GET /api/platforms and /api/platforms/:id — platforms with parcel, investment and redevelopment summaries. */
import { Hono } from 'hono';
import { listPlatforms } from '../db/queries/platforms.ts';
import { NotFoundError } from '../errors.ts';
import { noQuery } from '../http/strict-query.ts';
import type { AppDeps } from './deps.ts';
import { IdParam, valid } from './validate.ts';

export const platformRoutes = ({ db }: AppDeps) =>
  new Hono()
    .get('/', noQuery, (c) => c.json({ items: listPlatforms(db) }))
    .get('/:id', noQuery, valid('param', IdParam), (c) => {
      const { id } = c.req.valid('param');
      const [platform] = listPlatforms(db, id);
      if (!platform) throw new NotFoundError('platform', id);
      return c.json(platform);
    });
