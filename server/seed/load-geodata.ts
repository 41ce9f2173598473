/**
 * Reads a geodata directory (file shapes in domain/geodata-files.ts), validates every record with the domain
 * schemas and every area geometry with `validateAreaGeometry`, checks cross-references, and computes
 * geodesic areas (turf) and bounding boxes. Any problem throws a SeedError naming the file and record.
 */

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area as turfArea, bbox as turfBbox } from '@turf/turf';
import { z } from 'zod';
import {
  areaFeature,
  type ContextLayer,
  ContextProps,
  featureCollection,
  GEODATA_FILES,
  ParcelProps,
  PlatformProps,
  RedevelopmentProps,
} from '../../domain/geodata-files.ts';
import { validateAreaGeometry } from '../../domain/geometry-validation.ts';
import type { GrantRecords } from '../../domain/grant-records.ts';
import { type AreaGeometry, DatasetMeta, Project, Target, TechUpgrade } from '../../domain/schemas.ts';
import { m2ToMu } from '../../domain/units.ts';
import type {
  BBox,
  ContextFeature,
  Dataset,
  ParcelRecord,
  PlatformRecord,
  RedevelopmentRecord,
} from './dataset.ts';
import { SeedError } from './seed-error.ts';

/** Files that may be absent: context layers and the optional upgrade list. */
const OPTIONAL_FILES = new Set<string>([
  'tech-upgrades.json',
  'towns.geojson',
  'roads.geojson',
  'water.geojson',
]);

/** Describes a zod failure as `path: message` so the seed error points into the record. */
function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return `${path}${issue.message}`;
}

/** Reads the raw files; a missing required file or invalid JSON fails naming the file. */
function readFiles(dir: string): { raw: Map<string, unknown>; dataVersion: string } {
  const hash = createHash('sha256');
  const raw = new Map<string, unknown>();
  for (const file of GEODATA_FILES) {
    const path = join(dir, file);
    if (!existsSync(path)) {
      if (OPTIONAL_FILES.has(file)) continue;
      throw new SeedError(file, null, `missing from ${dir}`);
    }
    const bytes = readFileSync(path);
    hash.update(file).update(bytes);
    try {
      raw.set(file, JSON.parse(bytes.toString('utf8')));
    } catch (e) {
      throw new SeedError(file, null, `not valid JSON: ${(e as Error).message}`);
    }
  }
  return { raw, dataVersion: hash.digest('hex').slice(0, 12) };
}

/** Parses the whole file with `schema`, reporting the first failing record by index and id. */
function parseFile<S extends z.ZodType>(
  file: string,
  value: unknown,
  schema: S,
  records: string,
): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path ?? [];
  // Point at the record: features[i] / [i]; name it by its id when the raw record has one.
  const at = path[0] === records ? 1 : 0;
  const index = typeof path[at] === 'number' ? path[at] : null;
  let record: string | null = null;
  if (index != null) {
    const list = records ? (value as Record<string, unknown>)[records] : value;
    const item = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
    const props = (item?.properties ?? item) as Record<string, unknown> | undefined;
    record = typeof props?.id === 'string' ? `#${index} ${props.id}` : `#${index}`;
  }
  const rest = path.slice(index != null ? at + 1 : 0).join('.');
  throw new SeedError(file, record, `${rest ? `${rest}: ` : ''}${issue?.message ?? describe(result.error)}`);
}

/** Validates the geometry and returns its geodesic area (㎡) and bbox. */
function measure(file: string, id: string, geometry: AreaGeometry): { areaM2: number; bbox: BBox } {
  const check = validateAreaGeometry(geometry);
  if (!check.valid) throw new SeedError(file, id, `invalid geometry (${check.reason}): ${check.message}`);
  const [minLon, minLat, maxLon, maxLat] = turfBbox(geometry);
  return { areaM2: turfArea(geometry), bbox: [minLon, minLat, maxLon, maxLat] };
}

/** Throws when an id occurs twice in a file. */
function assertUnique(file: string, label: string, values: string[]): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) throw new SeedError(file, v, `duplicate ${label}`);
    seen.add(v);
  }
}

const finite = z.number().refine(Number.isFinite, 'not a finite number');
const lonLat = z
  .array(finite)
  .min(2)
  .max(3)
  .refine(
    ([lon = NaN, lat = NaN]) => Math.abs(lon) <= 180 && Math.abs(lat) <= 90,
    'coordinate out of lon/lat range',
  );
const ContextGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: lonLat }),
  z.object({ type: z.enum(['LineString', 'MultiPoint']), coordinates: z.array(lonLat).min(1) }),
  z.object({ type: z.enum(['Polygon', 'MultiLineString']), coordinates: z.array(z.array(lonLat).min(1)) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(lonLat).min(1))) }),
]);
const ContextFile = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      geometry: ContextGeometrySchema,
      properties: ContextProps,
    }),
  ),
});

/** The raw JSON of each file read, by file name. */
export type RawFiles = ReadonlyMap<string, unknown>;

/** platforms.geojson: validated, measured, ids unique. */
export function loadPlatforms(raw: RawFiles): PlatformRecord[] {
  const file = 'platforms.geojson';
  const fc = parseFile(file, raw.get(file), featureCollection(areaFeature(PlatformProps)), 'features');
  const platforms: PlatformRecord[] = fc.features.map((f) => {
    const { areaM2, bbox } = measure(file, f.properties.id, f.geometry);
    return { ...f.properties, areaM2, geometry: f.geometry, bbox };
  });
  assertUnique(
    file,
    'platform id',
    platforms.map((p) => p.id),
  );
  return platforms;
}

/** parcels.geojson: validated, measured (㎡ and 亩), version 1, on a known platform, ids and codes unique. */
export function loadParcels(raw: RawFiles, platformIds: ReadonlySet<string>): ParcelRecord[] {
  const file = 'parcels.geojson';
  const fc = parseFile(file, raw.get(file), featureCollection(areaFeature(ParcelProps)), 'features');
  const parcels: ParcelRecord[] = fc.features.map((f) => {
    const p = f.properties;
    if (!platformIds.has(p.platformId)) throw new SeedError(file, p.id, `unknown platformId ${p.platformId}`);
    const { areaM2, bbox } = measure(file, p.id, f.geometry);
    const {
      grant,
      conditions,
      deliveryActual,
      started,
      development,
      readiness,
      amendments,
      complianceSteps,
      ...rest
    } = p;
    // Grant records are optional in the file; the database always has them (empty when absent).
    const records: GrantRecords = {
      grant: grant ?? null,
      conditions: conditions ?? null,
      deliveryActual: deliveryActual ?? null,
      started: started ?? null,
      development: development ?? null,
      readiness: readiness ?? null,
      amendments: amendments ?? [],
      complianceSteps: complianceSteps ?? [],
    };
    return { ...rest, areaM2, areaMu: m2ToMu(areaM2), version: 1, geometry: f.geometry, bbox, records };
  });
  assertUnique(
    file,
    'parcel id',
    parcels.map((p) => p.id),
  );
  assertUnique(
    file,
    'parcel code',
    parcels.map((p) => p.code),
  );
  return parcels;
}

/** projects.json: validated, ids unique, target platform and held parcels known. */
export function loadProjects(
  raw: RawFiles,
  platformIds: ReadonlySet<string>,
  parcelIds: ReadonlySet<string>,
): Project[] {
  const file = 'projects.json';
  const projects = parseFile(file, raw.get(file), z.array(Project), '');
  assertUnique(
    file,
    'project id',
    projects.map((p) => p.id),
  );
  for (const p of projects) {
    if (p.targetPlatformId != null && !platformIds.has(p.targetPlatformId)) {
      throw new SeedError(file, p.id, `unknown targetPlatformId ${p.targetPlatformId}`);
    }
    const missing = p.parcelIds.find((id) => !parcelIds.has(id));
    if (missing) throw new SeedError(file, p.id, `unknown parcelId ${missing}`);
  }
  return projects;
}

/** redevelopment.geojson: validated, measured, platform and parcel known, ids and codes unique. */
export function loadRedevelopment(
  raw: RawFiles,
  platformIds: ReadonlySet<string>,
  parcelIds: ReadonlySet<string>,
): RedevelopmentRecord[] {
  const file = 'redevelopment.geojson';
  const fc = parseFile(file, raw.get(file), featureCollection(areaFeature(RedevelopmentProps)), 'features');
  const sites: RedevelopmentRecord[] = fc.features.map((f) => {
    const r = f.properties;
    if (!platformIds.has(r.platformId)) throw new SeedError(file, r.id, `unknown platformId ${r.platformId}`);
    if (r.parcelId != null && !parcelIds.has(r.parcelId))
      throw new SeedError(file, r.id, `unknown parcelId ${r.parcelId}`);
    const { areaM2, bbox } = measure(file, r.id, f.geometry);
    return { ...r, areaM2, geometry: f.geometry, bbox };
  });
  assertUnique(
    file,
    'site id',
    sites.map((r) => r.id),
  );
  assertUnique(
    file,
    'site code',
    sites.map((r) => r.code),
  );
  return sites;
}

/** targets.json (ids unique, scope `zone` or a platform) and the optional tech-upgrades.json. */
export function loadTargetsAndUpgrades(
  raw: RawFiles,
  platformIds: ReadonlySet<string>,
): Pick<Dataset, 'targets' | 'techUpgrades'> {
  const targets = parseFile('targets.json', raw.get('targets.json'), z.array(Target), '');
  assertUnique(
    'targets.json',
    'target id',
    targets.map((t) => t.id),
  );
  for (const t of targets) {
    if (t.scope !== 'zone' && !platformIds.has(t.scope))
      throw new SeedError('targets.json', t.id, `unknown scope ${t.scope}`);
  }
  const techUpgrades = raw.has('tech-upgrades.json')
    ? parseFile('tech-upgrades.json', raw.get('tech-upgrades.json'), z.array(TechUpgrade), '')
    : [];
  for (const t of techUpgrades) {
    if (!platformIds.has(t.platformId))
      throw new SeedError('tech-upgrades.json', t.id, `unknown platformId ${t.platformId}`);
  }
  return { targets, techUpgrades };
}

/** One context layer (`<layer>.geojson`), its features keyed by their `id`; empty when the file is absent. */
export function loadContextLayer(raw: RawFiles, layer: ContextLayer): ContextFeature[] {
  const file = `${layer}.geojson`;
  if (!raw.has(file)) return [];
  return parseFile(file, raw.get(file), ContextFile, 'features').features.map((f) => ({
    type: 'Feature' as const,
    id: f.properties.id,
    geometry: f.geometry,
    properties: f.properties,
  }));
}

/** Loads, validates and measures the geodata directory `dir`; records that others reference come first. */
export function loadGeodata(dir: string): Dataset {
  const { raw, dataVersion } = readFiles(dir);
  const meta = parseFile('meta.json', raw.get('meta.json'), DatasetMeta, '');
  const platforms = loadPlatforms(raw);
  const platformIds = new Set(platforms.map((p) => p.id));
  const parcels = loadParcels(raw, platformIds);
  const parcelIds = new Set(parcels.map((p) => p.id));
  return {
    meta,
    dataVersion,
    platforms,
    parcels,
    projects: loadProjects(raw, platformIds, parcelIds),
    redevelopment: loadRedevelopment(raw, platformIds, parcelIds),
    ...loadTargetsAndUpgrades(raw, platformIds),
    layers: {
      towns: loadContextLayer(raw, 'towns'),
      roads: loadContextLayer(raw, 'roads'),
      water: loadContextLayer(raw, 'water'),
    },
  };
}
