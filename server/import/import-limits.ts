/**
 * Size limits of an import, each configurable (server/env.ts reads them from the environment) and each
 * answered, when exceeded, with an error that names it (see import-errors.ts). The defaults suit one
 * development zone's data with a wide margin: a few thousand parcels of a few hundred vertices each.
 */

/** Limits applied while reading an uploaded file. */
export interface ImportLimits {
  /** Largest upload, bytes (413 `file_too_large`). */
  maxUploadBytes: number;
  /** Largest total uncompressed size of a zip's entries, bytes (413 `unzipped_too_large`). */
  maxUnzippedBytes: number;
  /** Most entries in a zip (422 `too_many_files`). */
  maxZipFiles: number;
  /** Most features (records) in one file (422 `too_many_features`). */
  maxFeatures: number;
  /** Most vertices over all features of one file (422 `too_many_vertices`). */
  maxVertices: number;
  /**
   * Hours an uncommitted dry run is kept: older staged imports (and their staged records) are deleted at start-up
   * and before each new dry run; committing one after that answers 404.
   */
  stagingTtlHours: number;
}

/** Environment variable that sets each limit (named in error messages so an operator knows what to raise). */
export const IMPORT_LIMIT_ENV: Record<keyof ImportLimits, string> = {
  maxUploadBytes: 'IMPORT_MAX_UPLOAD_BYTES',
  maxUnzippedBytes: 'IMPORT_MAX_UNZIPPED_BYTES',
  maxZipFiles: 'IMPORT_MAX_ZIP_FILES',
  maxFeatures: 'IMPORT_MAX_FEATURES',
  maxVertices: 'IMPORT_MAX_VERTICES',
  stagingTtlHours: 'IMPORT_STAGING_TTL_HOURS',
};

/** Default limits. */
export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  // 50 MB: a 20,000-parcel shapefile zip is ≈ 10 MB.
  maxUploadBytes: 50 * 1024 * 1024,
  // 200 MB inflated: the largest honest shapefile set fitting the upload limit, refused beyond (zip bombs).
  maxUnzippedBytes: 200 * 1024 * 1024,
  // A shapefile set is 3–8 files; 100 leaves room for several layers and readme files.
  maxZipFiles: 100,
  maxFeatures: 100_000,
  // 5 million vertices ≈ 80 MB of coordinates: far above any zone, far below what exhausts the server.
  maxVertices: 5_000_000,
  // A day: long enough to fix a file or ask a colleague between the dry run and the commit.
  stagingTtlHours: 24,
};
