/** server/env.ts: defaults, parsing, and errors that name the variable. */
import { describe, expect, it } from 'vitest';
import { authSettings, EnvError, importLimitsOf, readEnv } from '../../server/env.ts';

describe('readEnv', () => {
  it('applies the defaults', () => {
    expect(readEnv({})).toEqual({
      PORT: 8787,
      HOST: '127.0.0.1',
      DB_PATH: 'data/zhongkai.sqlite',
      GEODATA_DIR: 'geodata',
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
    });
  });

  it('reads the variables, treating blank values as unset', () => {
    expect(
      readEnv({
        PORT: '9000',
        DB_PATH: '/tmp/x.sqlite',
        TIANDITU_KEY: 'abc',
        REFERENCE_DATE: '2018-06-30',
        HOST: ' ',
      }),
    ).toEqual({
      PORT: 9000,
      HOST: '127.0.0.1',
      DB_PATH: '/tmp/x.sqlite',
      GEODATA_DIR: 'geodata',
      TIANDITU_KEY: 'abc',
      REFERENCE_DATE: '2018-06-30',
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
    ['REFERENCE_DATE', '2018-02-30'],
    ['REFERENCE_DATE', '9 March 2018'],
    ['IMPORT_MAX_UPLOAD_BYTES', '0'],
    ['IMPORT_MAX_FEATURES', '1.5'],
    ['IMPORT_MAX_VERTICES', 'lots'],
    ['ANONYMOUS_READ', 'maybe'],
    ['SESSION_IDLE_MINUTES', '0'],
    ['PASSWORD_MIN_LENGTH', '6'],
    ['ALLOWED_HOSTS', 'evil.example/x'],
  ])('rejects %s=%s with an error naming the variable', (variable, value) => {
    expect(() => readEnv({ [variable]: value })).toThrow(EnvError);
    expect(() => readEnv({ [variable]: value })).toThrow(
      new RegExp(`^Invalid environment variable ${variable}: .*"${value}"`),
    );
  });
});

describe('import limits', () => {
  it('are read from IMPORT_MAX_* (blank = default)', () => {
    const env = readEnv({
      IMPORT_MAX_UPLOAD_BYTES: '1048576',
      IMPORT_MAX_ZIP_FILES: ' ',
      IMPORT_MAX_VERTICES: '1000',
    });
    expect(importLimitsOf(env)).toEqual({
      maxUploadBytes: 1_048_576,
      maxUnzippedBytes: 209_715_200,
      maxZipFiles: 100,
      maxFeatures: 100_000,
      maxVertices: 1000,
    });
  });
});
