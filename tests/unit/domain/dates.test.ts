import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareIso,
  daysBetween,
  isIsoDate,
  isoDateProblem,
  isoToUtcMs,
  quarterOf,
} from '../../../domain/dates.ts';
import { IsoDate } from '../../../domain/schemas.ts';

describe('daysBetween', () => {
  it('counts whole days, to − from', () => {
    expect(daysBetween('2018-03-09', '2018-03-09')).toBe(0);
    expect(daysBetween('2018-03-09', '2018-03-10')).toBe(1);
    expect(daysBetween('2018-03-10', '2018-03-09')).toBe(-1);
    expect(daysBetween('2018-01-01', '2019-01-01')).toBe(365);
    expect(daysBetween('2020-01-01', '2021-01-01')).toBe(366);
  });

  it('is not affected by DST-like local offsets (dates are UTC)', () => {
    expect(daysBetween('2018-03-24', '2018-03-26')).toBe(2);
    expect(daysBetween('2018-10-27', '2018-10-29')).toBe(2);
  });

  it('rejects invalid dates', () => {
    expect(() => daysBetween('2018-02-30', '2018-03-01')).toThrow(RangeError);
    expect(() => daysBetween('2018-3-9', '2018-03-10')).toThrow(/ISO date/);
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2019-02-29')).toBe(false);
  });
});

describe('addDays', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2018-03-09', 365)).toBe('2019-03-09');
    expect(addDays('2019-03-01', 365)).toBe('2020-02-29');
    expect(addDays('2018-01-01', -1)).toBe('2017-12-31');
    expect(addDays('2018-12-31', 1)).toBe('2019-01-01');
  });
});

describe('quarterOf / compareIso', () => {
  it('names calendar quarters', () => {
    expect(quarterOf('2018-01-01')).toBe('2018Q1');
    expect(quarterOf('2018-03-31')).toBe('2018Q1');
    expect(quarterOf('2018-04-01')).toBe('2018Q2');
    expect(quarterOf('2018-12-31')).toBe('2018Q4');
  });

  it('sorts ISO dates chronologically', () => {
    const dates = ['2018-12-01', '2017-01-31', '2018-03-09', '2018-03-09'];
    expect([...dates].sort(compareIso)).toEqual(['2017-01-31', '2018-03-09', '2018-03-09', '2018-12-01']);
    expect(compareIso('2018-03-09', '2018-03-09')).toBe(0);
    expect(compareIso('2018-03-08', '2018-03-09')).toBeLessThan(0);
  });
});

describe('isoDateProblem — the one date parser (env, query, body, data files)', () => {
  it.each(['1900-01-01', '2100-12-31', '2000-02-29', '2018-03-09', '2024-02-29'])('accepts %s', (d) => {
    expect(isoDateProblem(d)).toBeNull();
    expect(IsoDate.safeParse(d).success).toBe(true);
  });

  it.each([
    ['0050-01-01', 'year must lie within 1900–2100'],
    ['0000-01-01', 'year must lie within 1900–2100'],
    ['1899-12-31', 'year must lie within 1900–2100'],
    ['2101-01-01', 'year must lie within 1900–2100'],
    ['9999-12-31', 'year must lie within 1900–2100'],
    // 1900 is not a leap year (divisible by 100, not by 400); 2100 neither.
    ['1900-02-29', 'not a real calendar date'],
    ['2100-02-29', 'not a real calendar date'],
    ['2018-02-30', 'not a real calendar date'],
    ['2018-04-31', 'not a real calendar date'],
    ['2018-13-01', 'not a real calendar date'],
    ['2018-00-10', 'not a real calendar date'],
    ['2018-01-00', 'not a real calendar date'],
    ['2018-3-9', 'expected an ISO date YYYY-MM-DD'],
    ['+02018-03-09', 'expected an ISO date YYYY-MM-DD'],
    ['2018-03-09T00:00:00Z', 'expected an ISO date YYYY-MM-DD'],
    ['２０１８-03-09', 'expected an ISO date YYYY-MM-DD'],
    [' 2018-03-09', 'expected an ISO date YYYY-MM-DD'],
  ])('refuses %s: %s', (d, reason) => {
    expect(isoDateProblem(d)).toBe(reason);
    expect(isIsoDate(d)).toBe(false);
    expect(IsoDate.safeParse(d).success).toBe(false);
  });

  it('computes exact milliseconds for years below 100, which Date.UTC would map to 19xx (oracle: Python datetime)', () => {
    expect(isoToUtcMs('0050-01-01')).toBe(-60589296000000);
    expect(isoToUtcMs('0001-03-01')).toBe(-62130499200000);
    expect(addDays('0050-01-01', 1)).toBe('0050-01-02');
  });
});
