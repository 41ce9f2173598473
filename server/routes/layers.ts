/** GET /api/layers/:name — context layers (towns, roads, water) as FeatureCollections. */
import { Hono } from 'hono';
import { z } from 'zod';
import { CONTEXT_LAYERS } from '../../domain/geodata-files.ts';
import { layerFeatures } from '../db/queries/layers.ts';
import { NotFoundError } from '../errors.ts';
import { noQuery } from '../http/strict-query.ts';
import type { AppDeps } from './deps.ts';
import { valid } from './validate.ts';

const LayerParam = z.object({ name: z.string() });

export const layerRoutes = ({ db }: AppDeps) =>
  new Hono().get('/:name', noQuery, valid('param', LayerParam), (c) => {
    const { name } = c.req.valid('param');
    const layer = CONTEXT_LAYERS.find((l) => l === name);
    if (!layer) throw new NotFoundError('layer', `${name} (known: ${CONTEXT_LAYERS.join(', ')})`);
    return c.json({ type: 'FeatureCollection' as const, name: layer, features: layerFeatures(db, layer) });
  });
