/**
 * The only reader of `process.env`. Every variable is validated once at start-up; an invalid value fails
 * with an error naming the variable, so a typo in a deployment never turns into a silent default.
 */
import { z } from 'zod';
import { IsoDate } from '../domain/schemas.ts';
import type { AuthSettings } from './auth/settings.ts';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './import/import-limits.ts';

/** Empty strings count as "not set" (a blank `PORT=` in a shell file should mean the default). */
const blankAsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** A positive whole number with a default (import limits). */
const positiveInt = (fallback: number) =>
  z.preprocess(blankAsUnset, z.coerce.number().int().positive().default(fallback));

/** A yes/no switch: true/false, 1/0, on/off, yes/no (any case). */
const flag = (fallback: boolean) =>
  z.preprocess(
    blankAsUnset,
    z
      .enum(['true', 'false', '1', '0', 'on', 'off', 'yes', 'no', 'TRUE', 'FALSE', 'ON', 'OFF', 'YES', 'NO'])
      .transform((v) => ['true', '1', 'on', 'yes'].includes(v.toLowerCase()))
      .default(fallback),
  );

/** A whole number within [min, max]. */
const whole = (fallback: number, min: number, max: number) =>
  z.preprocess(blankAsUnset, z.coerce.number().int().min(min).max(max).default(fallback));

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
  /**
   * Host names (comma-separated) requests may address, against DNS rebinding; the bound HOST and the loopback
   * names are always allowed. Needed when the server is reached by a name or a LAN address.
   */
  ALLOWED_HOSTS: z.preprocess(
    blankAsUnset,
    z
      .string()
      .transform((s) =>
        s
          .split(',')
          .map((h) => h.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().regex(/^[\w.:[\]-]+$/, 'host names separated by commas')))
      .default([]),
  ),
  /** Whether reading works without signing in (writing never does). */
  ANONYMOUS_READ: flag(true),
  /** A session ends after this many minutes without a request. */
  SESSION_IDLE_MINUTES: whole(60, 1, 7 * 24 * 60),
  /** A session ends this many hours after sign-in, however active. */
  SESSION_MAX_HOURS: whole(12, 1, 30 * 24),
  /** Failed sign-ins per login name within SIGNIN_WINDOW_MINUTES before that name is refused for a while. */
  SIGNIN_MAX_FAILURES: whole(5, 1, 1000),
  /** Failed sign-ins per client address within SIGNIN_WINDOW_MINUTES before that address is refused. */
  SIGNIN_MAX_FAILURES_PER_ADDRESS: whole(20, 1, 100_000),
  /** Sliding window of the sign-in throttle, minutes. */
  SIGNIN_WINDOW_MINUTES: whole(15, 1, 24 * 60),
  /** Shortest new password, characters (NIST SP 800-63B: at least 8). */
  PASSWORD_MIN_LENGTH: whole(10, 8, 128),
  /** Behind a reverse proxy: take the client address and scheme from X-Forwarded-For / X-Forwarded-Proto. */
  TRUST_PROXY: flag(false),
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

/** The account and session settings an Env describes. */
export function authSettings(env: Env): Omit<AuthSettings, 'passwordCost'> {
  return {
    anonymousRead: env.ANONYMOUS_READ,
    sessionIdleMs: env.SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: env.SESSION_MAX_HOURS * 3_600_000,
    maxFailuresPerLogin: env.SIGNIN_MAX_FAILURES,
    maxFailuresPerAddress: env.SIGNIN_MAX_FAILURES_PER_ADDRESS,
    failureWindowMs: env.SIGNIN_WINDOW_MINUTES * 60_000,
    passwordMinLength: env.PASSWORD_MIN_LENGTH,
    trustProxy: env.TRUST_PROXY,
  };
}
