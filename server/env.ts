/**
 * The only reader of `process.env`. Every variable is validated once at start-up; an invalid value fails
 * with an error naming the variable, so a typo in a deployment never turns into a silent default.
 */
import { z } from 'zod';
import { IsoDate } from '../domain/schemas.ts';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './import/import-limits.ts';

/** Empty strings count as "not set" (a blank `PORT=` in a shell file should mean the default). */
const blankAsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** A positive whole number with a default (import limits). */
const positiveInt = (fallback: number) =>
  z.preprocess(blankAsUnset, z.coerce.number().int().positive().default(fallback));

const EnvSchema = z.object({
  /** TCP port of the HTTP server; 0 picks a free port. */
  PORT: z.preprocess(blankAsUnset, z.coerce.number().int().min(0).max(65535).default(8787)),
  /** Interface to listen on; loopback by default so a laptop does not expose the data. */
  HOST: z.preprocess(blankAsUnset, z.string().min(1).default('127.0.0.1')),
  /** SQLite file; created and seeded from GEODATA_DIR when missing. */
  DB_PATH: z.preprocess(blankAsUnset, z.string().min(1).default('data/zhongkai.sqlite')),
  /** Directory holding the geodata files used to seed an empty database. */
  GEODATA_DIR: z.preprocess(blankAsUnset, z.string().min(1).default('geodata')),
  /** 天地图 browser key; the client offers the 天地图 basemap only when it is set. */
  TIANDITU_KEY: z.preprocess(blankAsUnset, z.string().min(1).optional()),
  /** Date against which deadlines (idle-land clock) are computed; defaults to the dataset's as-of date. */
  REFERENCE_DATE: z.preprocess(blankAsUnset, IsoDate.optional()),
  /** Import limits (server/import/import-limits.ts documents each default): upload bytes, inflated zip bytes,
   * zip entries, features and vertices per file. */
  IMPORT_MAX_UPLOAD_BYTES: positiveInt(DEFAULT_IMPORT_LIMITS.maxUploadBytes),
  IMPORT_MAX_UNZIPPED_BYTES: positiveInt(DEFAULT_IMPORT_LIMITS.maxUnzippedBytes),
  IMPORT_MAX_ZIP_FILES: positiveInt(DEFAULT_IMPORT_LIMITS.maxZipFiles),
  IMPORT_MAX_FEATURES: positiveInt(DEFAULT_IMPORT_LIMITS.maxFeatures),
  IMPORT_MAX_VERTICES: positiveInt(DEFAULT_IMPORT_LIMITS.maxVertices),
});

/** Validated server configuration. */
export type Env = z.infer<typeof EnvSchema>;

/** Raised when an environment variable has an invalid value; `variable` names it. */
export class EnvError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Invalid environment variable ${variable}: ${detail}`);
    this.name = 'EnvError';
  }
}

/** Reads and validates the configuration from `source` (default: `process.env`). */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const variable = String(issue?.path[0] ?? 'environment');
  const value = source[variable];
  throw new EnvError(variable, `${issue?.message ?? 'invalid'} (got ${JSON.stringify(value)})`);
}

/** The import limits of a validated configuration. */
export function importLimitsOf(env: Env): ImportLimits {
  return {
    maxUploadBytes: env.IMPORT_MAX_UPLOAD_BYTES,
    maxUnzippedBytes: env.IMPORT_MAX_UNZIPPED_BYTES,
    maxZipFiles: env.IMPORT_MAX_ZIP_FILES,
    maxFeatures: env.IMPORT_MAX_FEATURES,
    maxVertices: env.IMPORT_MAX_VERTICES,
  };
}
