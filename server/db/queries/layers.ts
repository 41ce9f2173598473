/** Context layers (towns, roads, water) stored whole by the seed. */
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { type ContextLayer, ContextProps } from '../../../domain/geodata-files.ts';
import { townNameLookup } from '../../../domain/town-names.ts';
import type { ContextFeature } from '../../seed/dataset.ts';
import { jsonColumn } from './columns.ts';

const Coord = z.array(z.number());
const StoredFeature = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  geometry: z.discriminatedUnion('type', [
    z.object({ type: z.literal('Point'), coordinates: Coord }),
    z.object({ type: z.enum(['LineString', 'MultiPoint']), coordinates: z.array(Coord) }),
    z.object({ type: z.enum(['Polygon', 'MultiLineString']), coordinates: z.array(z.array(Coord)) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(Coord))) }),
  ]),
  properties: ContextProps,
});

/** The features of one context layer, in file order. */
export function layerFeatures(db: Database, layer: ContextLayer): ContextFeature[] {
  const texts = db
    .prepare('SELECT feature FROM context_features WHERE layer = ? ORDER BY position')
    .pluck()
    .all(layer) as string[];
  return texts.map((t) => jsonColumn(StoredFeature, 'context_features.feature', t));
}

/** English name of a Chinese town name (with or without 镇/街道), from the towns layer; null when unknown. */
export function townEnglishNames(db: Database): (nameZh: string) => string | null {
  return townNameLookup(
    layerFeatures(db, 'towns')
      .filter((f) => f.properties.kind === 'town')
      .map((f) => f.properties),
  );
}
