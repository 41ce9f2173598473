/**
 * The only reader of `process.env`. Every variable is validated once at start-up, before anything is opened
 * or written; an invalid value fails with an error naming the variable (all invalid ones, in one message),
 * so a typo in a deployment never turns into a silent default. Numbers are plain decimals (no hex, no
 * exponent: domain/decimal.ts), dates go through the app's one date parser (domain/dates.ts).
 */
import { z } from 'zod';
import { parseWholeNumber } from '../domain/decimal.ts';
import { textProblem } from '../domain/safe-text.ts';
import { IsoDate } from '../domain/schemas.ts';
import type { AuthSettings } from './auth/settings.ts';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './import/import-limits.ts';

/** Empty strings count as "not set" (a blank `PORT=` in a shell file should mean the default). */
const blankAsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** A whole number within min–max written as digits only (`0x50`, `1e3`, `+80`, `80.0` are refused). */
const whole = (min: number, max: number) =>
  z
    .string()
    .trim()
    .transform((s, ctx) => {
      const n = parseWholeNumber(s);
      if (n === null || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `expected a whole number ${min}–${max} (digits only)` });
        return z.NEVER;
      }
      return n;
    });

/** A file-system path: no control or bidi characters (a NUL would cut it short in the C library). */
const path = z.string().superRefine((s, ctx) => {
  const problem = textProblem(s);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** A period such as `30m`, `6h`, `1d` → milliseconds; 1 minute to 30 days. */
const duration = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const m = /^(\d{1,5})([mhd])$/.exec(s);
    const ms = m ? Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS] : Number.NaN;
    if (!(ms >= UNIT_MS.m && ms <= 30 * UNIT_MS.d)) {
      ctx.addIssue({
        code: 'custom',
        message: 'expected a period such as 30m, 6h or 1d (1 minute to 30 days)',
      });
      return z.NEVER;
    }
    return ms;
  });

const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsUnset, schema.optional());
// `prefault` runs the default through the schema (so `'8787'` becomes 8787); `default` would skip it.
const def = <T extends z.ZodType>(schema: T, value: z.input<T>) =>
  z.preprocess(blankAsUnset, schema.prefault(value));

/** A positive whole number with a default (import limits). */
const positiveInt = (fallback: number) => def(whole(1, Number.MAX_SAFE_INTEGER), String(fallback));

/** A yes/no switch: true/false, 1/0, on/off, yes/no (any case). */
const flag = (fallback: boolean) =>
  z.preprocess(
    blankAsUnset,
    z
      .enum(['true', 'false', '1', '0', 'on', 'off', 'yes', 'no', 'TRUE', 'FALSE', 'ON', 'OFF', 'YES', 'NO'])
      .transform((v) => ['true', '1', 'on', 'yes'].includes(v.toLowerCase()))
      .default(fallback),
  );

const EnvSchema = z.object({
  /** TCP port of the HTTP server; 0 picks a free port. */
  PORT: def(whole(0, 65535), '8787'),
  /** Interface to listen on (a host name or an IPv4/IPv6 address); loopback by default. */
  HOST: def(
    z.string().regex(/^[A-Za-z0-9.:%-]{1,253}$/, 'expected a host name or an IP address'),
    '127.0.0.1',
  ),
  /** SQLite file; created and seeded from GEODATA_DIR when missing. */
  DB_PATH: def(path, 'data/zhongkai.sqlite'),
  /** Directory holding the geodata files used to seed an empty database. */
  GEODATA_DIR: def(path, 'geodata'),
  /** What a new database is seeded with: `geodata` (GEODATA_DIR) or `none` (an empty zone to import into). */
  SEED: def(z.enum(['geodata', 'none']), 'geodata'),
  /** 天地图 browser key; the client offers the 天地图 basemap only when it is set. */
  TIANDITU_KEY: opt(z.string().regex(/^[\x21-\x7e]{1,200}$/, 'expected a key of printable ASCII characters')),
  /** Date against which deadlines (idle-land clock) are computed; defaults to the dataset's as-of date. */
  REFERENCE_DATE: opt(IsoDate),
  /** Level of the JSON log on standard output. */
  LOG_LEVEL: def(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), 'info'),
  /** Worker threads for PDFs, matching and exports; default: one less than the CPUs, at least 1, at most 4. */
  JOB_THREADS: opt(whole(1, 64)),
  /** Heavy jobs waiting for a worker beyond which requests get 429 with Retry-After. */
  JOB_QUEUE: def(whole(1, 10_000), '32'),
  /** Longest a heavy job may run (queue wait included), seconds; then 503 `job_timeout`. */
  JOB_TIMEOUT_SEC: def(whole(1, 3600), '120'),
  /** On SIGTERM/SIGINT, seconds to let in-flight requests finish before they are cut. */
  SHUTDOWN_TIMEOUT_SEC: def(whole(1, 600), '10'),
  /** Directory for scheduled online backups; unset = no scheduled backups. */
  BACKUP_DIR: opt(path),
  /** Period of the scheduled backups (with BACKUP_DIR), e.g. 6h; milliseconds once parsed. */
  BACKUP_EVERY: def(duration, '24h'),
  /** Scheduled backups kept in BACKUP_DIR (the oldest beyond this are deleted). */
  BACKUP_KEEP: def(whole(1, 1000), '7'),
  /** Import limits (server/import/import-limits.ts documents each default): upload bytes, inflated zip bytes,
   * zip entries, features and vertices per file. */
  IMPORT_MAX_UPLOAD_BYTES: positiveInt(DEFAULT_IMPORT_LIMITS.maxUploadBytes),
  IMPORT_MAX_UNZIPPED_BYTES: positiveInt(DEFAULT_IMPORT_LIMITS.maxUnzippedBytes),
  IMPORT_MAX_ZIP_FILES: positiveInt(DEFAULT_IMPORT_LIMITS.maxZipFiles),
  IMPORT_MAX_FEATURES: positiveInt(DEFAULT_IMPORT_LIMITS.maxFeatures),
  IMPORT_MAX_VERTICES: positiveInt(DEFAULT_IMPORT_LIMITS.maxVertices),
  /** Hours an uncommitted import dry run is kept before it is cleaned up. */
  IMPORT_STAGING_TTL_HOURS: positiveInt(DEFAULT_IMPORT_LIMITS.stagingTtlHours),
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
  SESSION_IDLE_MINUTES: def(whole(1, 7 * 24 * 60), '60'),
  /** A session ends this many hours after sign-in, however active. */
  SESSION_MAX_HOURS: def(whole(1, 30 * 24), '12'),
  /** Failed sign-ins per login name within SIGNIN_WINDOW_MINUTES before that name is refused for a while. */
  SIGNIN_MAX_FAILURES: def(whole(1, 1000), '5'),
  /** Failed sign-ins per client address within SIGNIN_WINDOW_MINUTES before that address is refused. */
  SIGNIN_MAX_FAILURES_PER_ADDRESS: def(whole(1, 100_000), '20'),
  /** Sliding window of the sign-in throttle, minutes. */
  SIGNIN_WINDOW_MINUTES: def(whole(1, 24 * 60), '15'),
  /** Shortest new password, characters (NIST SP 800-63B: at least 8). */
  PASSWORD_MIN_LENGTH: def(whole(8, 128), '10'),
  /** Behind a reverse proxy: take the client address and scheme from X-Forwarded-For / X-Forwarded-Proto. */
  TRUST_PROXY: flag(false),
});

/** Validated server configuration. */
export type Env = z.infer<typeof EnvSchema>;

/** The variables this file reads, in the order above (for documentation tests and error messages). */
export const ENV_VARIABLES = Object.keys(EnvSchema.shape) as (keyof Env)[];

/** Raised when environment variables have invalid values; `variable` names the first, the message all. */
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
  const picked = Object.fromEntries(ENV_VARIABLES.map((k) => [k, source[k]]));
  const result = EnvSchema.safeParse(picked);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const variable = String(issue.path[0] ?? 'environment');
    return { variable, text: `${issue.message} (got ${JSON.stringify(source[variable])})` };
  });
  const [first, ...rest] = problems;
  const detail = [first?.text, ...rest.map((p) => `Invalid environment variable ${p.variable}: ${p.text}`)];
  throw new EnvError(first?.variable ?? 'environment', detail.join('; '));
}

/** The import limits of a validated configuration. */
export function importLimitsOf(env: Env): ImportLimits {
  return {
    maxUploadBytes: env.IMPORT_MAX_UPLOAD_BYTES,
    maxUnzippedBytes: env.IMPORT_MAX_UNZIPPED_BYTES,
    maxZipFiles: env.IMPORT_MAX_ZIP_FILES,
    maxFeatures: env.IMPORT_MAX_FEATURES,
    maxVertices: env.IMPORT_MAX_VERTICES,
    stagingTtlHours: env.IMPORT_STAGING_TTL_HOURS,
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
