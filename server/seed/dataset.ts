/**
 * The validated, computed content of a geodata directory, ready to be written to the database.
 * Areas and bounding boxes are computed from the geometry here (never taken from input).
 */

import type { ContextLayer, ContextProps } from '../../domain/geodata-files.ts';
import type { GrantRecords } from '../../domain/grant-records.ts';
import type {
  AreaGeometry,
  DatasetMeta,
  LandEvent,
  Parcel,
  Platform,
  Project,
  RedevelopmentSite,
  Target,
  TechUpgrade,
} from '../../domain/schemas.ts';

/** `[minLon, minLat, maxLon, maxLat]`, degrees. */
export type BBox = [number, number, number, number];

/** Geometry kinds allowed in context layers. */
export type ContextGeometry =
  | { type: 'Point'; coordinates: number[] }
  | { type: 'LineString' | 'MultiPoint'; coordinates: number[][] }
  | { type: 'Polygon' | 'MultiLineString'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** A feature of a context layer (towns, roads, water). */
export type ContextFeature = {
  type: 'Feature';
  id: string;
  geometry: ContextGeometry;
  properties: ContextProps;
};

export type PlatformRecord = Platform & { geometry: AreaGeometry; bbox: BBox };
export type ParcelRecord = Omit<Parcel, 'projectIds'> & {
  geometry: AreaGeometry;
  bbox: BBox;
  events: Omit<LandEvent, 'parcelId'>[];
  /** Grant, conditions, delivery, 动工, progress, readiness, 补充协议 and procedure steps (empty when absent). */
  records: GrantRecords;
};
export type RedevelopmentRecord = RedevelopmentSite & { geometry: AreaGeometry; bbox: BBox };

/** Everything a seed writes. `dataVersion` identifies the source bytes (12 hex of a sha256). */
export type Dataset = {
  meta: DatasetMeta;
  dataVersion: string;
  platforms: PlatformRecord[];
  parcels: ParcelRecord[];
  projects: Project[];
  redevelopment: RedevelopmentRecord[];
  targets: Target[];
  techUpgrades: TechUpgrade[];
  layers: Record<ContextLayer, ContextFeature[]>;
};
