/**
 * GET /api/search?q=&limit= — parcel codes, project names and enterprises containing q (Chinese substring),
 * each list at most `limit` (default 20, max 200) with `truncated` flags when there were more.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { SafeText } from '../../domain/safe-text.ts';
import { search } from '../db/queries/search.ts';
import type { AppDeps } from './deps.ts';
import { intParam, valid } from './validate.ts';

const SearchQuery = z.object({
  q: SafeText({ min: 1, max: 100 }),
  limit: intParam.pipe(z.number().int().min(1).max(200)).optional(),
});

export const searchRoutes = ({ db }: AppDeps) =>
  new Hono().get('/', valid('query', SearchQuery), (c) => {
    const { q, limit } = c.req.valid('query');
    return c.json({ q, ...search(db, q, limit ?? 20) });
  });
