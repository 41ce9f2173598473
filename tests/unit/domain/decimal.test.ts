import { describe, expect, it } from 'vitest';
import { parseDecimal, parseWholeNumber } from '../../../domain/decimal.ts';

describe('parseDecimal — plain decimal notation only', () => {
  it.each([
    ['12', 12],
    ['-0.5', -0.5],
    ['.5', 0.5],
    ['3.', 3],
    ['114.25', 114.25],
    ['-180', -180],
    ['007', 7],
  ])('reads %s as %s', (text, n) => {
    expect(parseDecimal(text)).toBe(n);
  });

  it.each([
    '0x50',
    '0X1',
    '0b1',
    '0o7',
    '1e3',
    '1E-2',
    '1e400',
    '+1',
    '1_000',
    '1,5',
    '',
    ' ',
    ' 1',
    'Infinity',
    '-Infinity',
    'NaN',
    '-',
    '.',
    '1.2.3',
    '１２',
    `1${'0'.repeat(40)}`,
  ])('refuses %j', (text) => {
    expect(parseDecimal(text)).toBeNull();
  });
});

describe('parseWholeNumber — digits only', () => {
  it('reads digits', () => {
    expect(parseWholeNumber('0')).toBe(0);
    expect(parseWholeNumber('8787')).toBe(8787);
    expect(parseWholeNumber('999999999999999')).toBe(999999999999999);
  });

  it.each(['0x50', '80.0', '8e1', '-1', '+80', '', '80 ', '9999999999999999'])('refuses %j', (text) => {
    expect(parseWholeNumber(text)).toBeNull();
  });
});
