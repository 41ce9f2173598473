/**
 * Shapes of the files in `geodata/` (the bundled sample and any import of the same form).
 * Computed fields (areas, projectIds, version) are absent here: the seed computes them.
 *
 *   meta.json               DatasetMeta
 *   platforms.geojson       FeatureCollection<Polygon|MultiPolygon, PlatformProps>
 *   parcels.geojson         FeatureCollection<Polygon|MultiPolygon, ParcelProps>  (events inline)
 *   projects.json           Project[]   (parcelIds is the authoritative parcel↔project link)
 *   redevelopment.geojson   FeatureCollection<Polygon|MultiPolygon, RedevelopmentProps>
 *   targets.json            Target[]
 *   tech-upgrades.json      TechUpgrade[]
 *   towns.geojson           FeatureCollection<Point, ContextProps>
 *   roads.geojson           FeatureCollection<LineString, ContextProps>
 *   water.geojson           FeatureCollection<Polygon|LineString, ContextProps>
 */
import { z } from 'zod';
import { GrantRecords } from './grant-records.ts';
import { AreaGeometry, LandEvent, Parcel, Platform, RedevelopmentSite } from './schemas.ts';

export const PlatformProps = Platform.omit({ areaM2: true });
export type PlatformProps = z.infer<typeof PlatformProps>;

export const ParcelEventProps = LandEvent.omit({ parcelId: true });
export const ParcelProps = Parcel.omit({
  areaM2: true,
  areaMu: true,
  projectIds: true,
  version: true,
})
  .extend({
    events: z.array(ParcelEventProps).min(1),
  })
  .extend(GrantRecords.partial().shape);
export type ParcelProps = z.infer<typeof ParcelProps>;

export const RedevelopmentProps = RedevelopmentSite.omit({ areaM2: true });
export type RedevelopmentProps = z.infer<typeof RedevelopmentProps>;

/** Context layers (towns, roads, water): a name and a kind for styling. */
export const ContextProps = z.object({
  id: z.string().min(1),
  nameZh: z.string(),
  nameEn: z.string(),
  /** town | expressway | provincial | main | railway | station | lake | river */
  kind: z.string(),
  /** Road reference such as `S357`; empty otherwise. */
  ref: z.string().default(''),
});
export type ContextProps = z.infer<typeof ContextProps>;

/** A town or station of `towns.geojson`: a lon/lat point (degrees) with context properties. */
export const ContextPointFeature = z.object({
  type: z.literal('Feature'),
  geometry: z.object({ type: z.literal('Point'), coordinates: z.array(z.number()).length(2) }),
  properties: ContextProps,
});

/** A road of `roads.geojson`: a lon/lat line (degrees, ≥ 2 positions) with context properties. */
export const ContextLineFeature = z.object({
  type: z.literal('Feature'),
  geometry: z.object({
    type: z.literal('LineString'),
    coordinates: z.array(z.array(z.number()).length(2)).min(2),
  }),
  properties: ContextProps,
});

/** A GeoJSON feature with area geometry and the given properties schema. */
export const areaFeature = <P extends z.ZodType>(props: P) =>
  z.object({
    type: z.literal('Feature'),
    id: z.union([z.string(), z.number()]).optional(),
    geometry: AreaGeometry,
    properties: props,
  });

/** A FeatureCollection of `feature`. */
export const featureCollection = <F extends z.ZodType>(feature: F) =>
  z.object({ type: z.literal('FeatureCollection'), features: z.array(feature) });

/** The context layers served by `GET /api/layers/:name`. */
export const CONTEXT_LAYERS = ['towns', 'roads', 'water'] as const;
export type ContextLayer = (typeof CONTEXT_LAYERS)[number];

/** The files of a geodata directory, in the order hashed into the dataset's `dataVersion`. */
export const GEODATA_FILES = [
  'meta.json',
  'platforms.geojson',
  'parcels.geojson',
  'projects.json',
  'redevelopment.geojson',
  'targets.json',
  'tech-upgrades.json',
  'towns.geojson',
  'roads.geojson',
  'water.geojson',
] as const;
