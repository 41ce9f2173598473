/** GET /api/targets (filters scope, year, metric) and GET /api/tech-upgrades. */
import { Hono } from 'hono';
import { z } from 'zod';
import { TargetMetric } from '../../domain/schemas.ts';
import { listTargets, listTechUpgrades } from '../db/queries/targets.ts';
import { noQuery } from '../http/strict-query.ts';
import type { AppDeps } from './deps.ts';
import { listParam, valid, yearParam } from './validate.ts';

const TargetQuery = z.object({
  scope: listParam(z.string().min(1)),
  year: listParam(yearParam),
  metric: listParam(TargetMetric),
});

export const targetRoutes = ({ db }: AppDeps) =>
  new Hono().get('/', valid('query', TargetQuery), (c) => {
    const q = c.req.valid('query');
    return c.json({ items: listTargets(db, { scopes: q.scope, years: q.year, metrics: q.metric }) });
  });

export const techUpgradeRoutes = ({ db }: AppDeps) =>
  new Hono().get('/', noQuery, (c) => c.json({ items: listTechUpgrades(db) }));
