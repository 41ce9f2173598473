import { PARCEL_IMPORT_FIELDS } from '../../../domain/import/parcel-mapping.ts';
import { PLATFORM_IMPORT_FIELDS } from '../../../domain/import/platform-mapping.ts';
import { PROJECT_IMPORT_FIELDS } from '../../../domain/import/project-mapping.ts';
import { REDEVELOPMENT_IMPORT_FIELDS } from '../../../domain/import/redevelopment-mapping.ts';
import type { importZh } from './i18n-zh.ts';

/** A field the mapping step names (each has its label under `import.field`, checked by the type). */
export type MappableField = keyof (typeof importZh)['field'];

/** What an import brings in. */
export type ImportKind = 'platforms' | 'parcels' | 'redevelopment' | 'projects';

/** The kinds in the order a new zone fills them: platforms first, then parcels (and 三旧 sites), then projects. */
export const IMPORT_KINDS: readonly ImportKind[] = ['platforms', 'parcels', 'redevelopment', 'projects'];

/** Kinds with geometry (previewed on the map). */
export const hasGeometry = (k: string): boolean => k !== 'projects';

/** Our fields the mapping step offers, per kind, in display order. */
export const MAPPABLE_FIELDS: Record<ImportKind, readonly MappableField[]> = {
  platforms: PLATFORM_IMPORT_FIELDS,
  parcels: PARCEL_IMPORT_FIELDS,
  redevelopment: REDEVELOPMENT_IMPORT_FIELDS,
  projects: PROJECT_IMPORT_FIELDS,
};

/** CRS choices offered next to the free text (the server accepts any EPSG:n of its catalogue). */
export const CRS_CHOICES = ['EPSG:4490', 'EPSG:4547', 'EPSG:4526', 'EPSG:4326', 'EPSG:3857', 'GCJ02', 'BD09'];
