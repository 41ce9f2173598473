/** server/env.ts: defaults, parsing, and errors that name the variable. */
import { describe, expect, it } from 'vitest';
import { EnvError, readEnv } from '../../server/env.ts';

describe('readEnv', () => {
  it('applies the defaults', () => {
    expect(readEnv({})).toEqual({
      PORT: 8787,
      HOST: '127.0.0.1',
      DB_PATH: 'data/zhongkai.sqlite',
      GEODATA_DIR: 'geodata',
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
    });
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['REFERENCE_DATE', '2018-02-30'],
    ['REFERENCE_DATE', '9 March 2018'],
  ])('rejects %s=%s with an error naming the variable', (variable, value) => {
    expect(() => readEnv({ [variable]: value })).toThrow(EnvError);
    expect(() => readEnv({ [variable]: value })).toThrow(
      new RegExp(`^Invalid environment variable ${variable}: .*"${value}"`),
    );
  });
});
