/** GET /api/redevelopment — 三旧改造 sites as a FeatureCollection (filters platform, type, mode, stage, year). */
import { Hono } from 'hono';
import { z } from 'zod';
import { RedevelopmentMode, RedevelopmentStage, RedevelopmentType } from '../../domain/schemas.ts';
import { platformIds } from '../db/queries/dashboard.ts';
import { listRedevelopment } from '../db/queries/redevelopment.ts';
import { checkPlatforms } from '../read-models/known-platforms.ts';
import type { AppDeps } from './deps.ts';
import { listParam, valid, yearParam } from './validate.ts';

const RedevelopmentQuery = z.object({
  platform: listParam(z.string().min(1)),
  type: listParam(RedevelopmentType),
  mode: listParam(RedevelopmentMode),
  stage: listParam(RedevelopmentStage),
  year: listParam(yearParam),
});

export const redevelopmentRoutes = ({ db }: AppDeps) =>
  new Hono().get('/', valid('query', RedevelopmentQuery), (c) => {
    const q = c.req.valid('query');
    checkPlatforms(platformIds(db), q.platform);
    const features = listRedevelopment(db, {
      platformIds: q.platform,
      types: q.type,
      modes: q.mode,
      stages: q.stage,
      targetYears: q.year,
    });
    return c.json({ type: 'FeatureCollection' as const, features, total: features.length });
  });
