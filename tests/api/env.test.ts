/** server/env.ts: defaults, strict parsing, and errors that name every invalid variable. */
import { describe, expect, it } from 'vitest';
import { authSettings, ENV_VARIABLES, EnvError, importLimitsOf, readEnv } from '../../server/env.ts';

const DEFAULTS = {
  PORT: 8787,
  HOST: '127.0.0.1',
  DB_PATH: 'data/zhongkai.sqlite',
  GEODATA_DIR: 'geodata',
  LOG_LEVEL: 'info',
  JOB_QUEUE: 32,
  JOB_TIMEOUT_SEC: 120,
  SHUTDOWN_TIMEOUT_SEC: 10,
  BACKUP_EVERY: 86_400_000,
  BACKUP_KEEP: 7,
  IMPORT_MAX_UPLOAD_BYTES: 52_428_800,
  IMPORT_MAX_UNZIPPED_BYTES: 209_715_200,
  IMPORT_MAX_ZIP_FILES: 100,
  IMPORT_MAX_FEATURES: 100_000,
  IMPORT_MAX_VERTICES: 5_000_000,
  ALLOWED_HOSTS: [],
  ANONYMOUS_READ: true,
  SESSION_IDLE_MINUTES: 60,
  SESSION_MAX_HOURS: 12,
  SIGNIN_MAX_FAILURES: 5,
  SIGNIN_MAX_FAILURES_PER_ADDRESS: 20,
  SIGNIN_WINDOW_MINUTES: 15,
  PASSWORD_MIN_LENGTH: 10,
  TRUST_PROXY: false,
};

describe('readEnv', () => {
  it('applies the defaults', () => {
    expect(readEnv({})).toMatchObject(DEFAULTS);
    expect(readEnv({}).REFERENCE_DATE).toBeUndefined();
    expect(readEnv({}).BACKUP_DIR).toBeUndefined();
  });

  it('reads the variables, treating blank values as unset', () => {
    expect(
      readEnv({
        PORT: '9000',
        DB_PATH: '/tmp/x.sqlite',
        TIANDITU_KEY: 'abc',
        REFERENCE_DATE: '2018-06-30',
        HOST: ' ',
        BACKUP_DIR: '/var/backups/zk',
        BACKUP_EVERY: '6h',
        BACKUP_KEEP: '30',
        JOB_THREADS: '2',
      }),
    ).toMatchObject({
      ...DEFAULTS,
      PORT: 9000,
      DB_PATH: '/tmp/x.sqlite',
      TIANDITU_KEY: 'abc',
      REFERENCE_DATE: '2018-06-30',
      BACKUP_DIR: '/var/backups/zk',
      BACKUP_EVERY: 6 * 3_600_000,
      BACKUP_KEEP: 30,
      JOB_THREADS: 2,
    });
  });

  it('reads the account and security settings', () => {
    const env = readEnv({
      ALLOWED_HOSTS: 'gis.example.org, 10.0.0.5 ,::1',
      ANONYMOUS_READ: 'off',
      SESSION_IDLE_MINUTES: '30',
      SESSION_MAX_HOURS: '8',
      SIGNIN_MAX_FAILURES: '3',
      SIGNIN_MAX_FAILURES_PER_ADDRESS: '50',
      SIGNIN_WINDOW_MINUTES: '10',
      PASSWORD_MIN_LENGTH: '12',
      TRUST_PROXY: 'yes',
    });
    expect(env).toMatchObject({
      ALLOWED_HOSTS: ['gis.example.org', '10.0.0.5', '::1'],
      ANONYMOUS_READ: false,
      TRUST_PROXY: true,
    });
    expect(authSettings(env)).toEqual({
      anonymousRead: false,
      sessionIdleMs: 30 * 60_000,
      sessionMaxMs: 8 * 3_600_000,
      maxFailuresPerLogin: 3,
      maxFailuresPerAddress: 50,
      failureWindowMs: 10 * 60_000,
      passwordMinLength: 12,
      trustProxy: true,
    });
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['PORT', '0x50'],
    ['PORT', '8e3'],
    ['PORT', '+80'],
    ['PORT', '80.0'],
    ['HOST', 'local host'],
    ['DB_PATH', 'data/x\u0000.sqlite'],
    ['REFERENCE_DATE', '2018-02-30'],
    ['REFERENCE_DATE', '9 March 2018'],
    ['REFERENCE_DATE', '0050-01-01'],
    ['REFERENCE_DATE', '2101-01-01'],
    ['TIANDITU_KEY', 'a key'],
    ['LOG_LEVEL', 'verbose'],
    ['JOB_THREADS', '0'],
    ['JOB_QUEUE', '-1'],
    ['JOB_TIMEOUT_SEC', '1e2'],
    ['SHUTDOWN_TIMEOUT_SEC', '0'],
    ['BACKUP_DIR', 'bak\u202eup'],
    ['BACKUP_EVERY', '10s'],
    ['BACKUP_EVERY', '31d'],
    ['BACKUP_KEEP', '0'],
    ['IMPORT_MAX_UPLOAD_BYTES', '0'],
    ['IMPORT_MAX_FEATURES', '1.5'],
    ['IMPORT_MAX_VERTICES', 'lots'],
    ['ANONYMOUS_READ', 'maybe'],
    ['SESSION_IDLE_MINUTES', '0'],
    ['SESSION_IDLE_MINUTES', '0x10'],
    ['PASSWORD_MIN_LENGTH', '6'],
    ['ALLOWED_HOSTS', 'evil.example/x'],
  ])('rejects %s=%j with an error naming the variable', (variable, value) => {
    expect(() => readEnv({ [variable]: value })).toThrow(EnvError);
    const message = (() => {
      try {
        readEnv({ [variable]: value });
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(message?.startsWith(`Invalid environment variable ${variable}: `)).toBe(true);
    expect(message).toContain(JSON.stringify(value));
  });

  it('names every invalid variable in one message', () => {
    const err = (() => {
      try {
        readEnv({ PORT: '0x50', REFERENCE_DATE: '0050-01-01', BACKUP_KEEP: 'x' });
      } catch (e) {
        return e as EnvError;
      }
    })();
    expect(err?.variable).toBe('PORT');
    for (const v of ['PORT', 'REFERENCE_DATE', 'BACKUP_KEEP'])
      expect(err?.message).toContain(`variable ${v}:`);
  });

  it('lists each variable it reads once, and the README documents each of them', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const v of ENV_VARIABLES) expect(readme, v).toContain(`| \`${v}\` |`);
  });
});

describe('import limits', () => {
  it('are read from IMPORT_MAX_* (blank = default)', () => {
    const env = readEnv({
      IMPORT_MAX_UPLOAD_BYTES: '1048576',
      IMPORT_MAX_ZIP_FILES: ' ',
      IMPORT_MAX_VERTICES: '1000',
      IMPORT_STAGING_TTL_HOURS: '48',
    });
    expect(importLimitsOf(env)).toEqual({
      maxUploadBytes: 1_048_576,
      maxUnzippedBytes: 209_715_200,
      maxZipFiles: 100,
      maxFeatures: 100_000,
      maxVertices: 1000,
      stagingTtlHours: 48,
    });
  });
});
