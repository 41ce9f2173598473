/** Beijing calendar day and time (domain/beijing-time.ts): UTC+8 all year, the day turns at 16:00 UTC. */
import { describe, expect, it } from 'vitest';
import { beijingDate, beijingDateTime } from '../../../domain/beijing-time.ts';

describe('Beijing time', () => {
  it('the Beijing day starts at 16:00 UTC of the previous UTC day', () => {
    expect(beijingDate(new Date('2018-03-08T15:59:59.999Z'))).toBe('2018-03-08');
    expect(beijingDate(new Date('2018-03-08T16:00:00Z'))).toBe('2018-03-09');
    expect(beijingDate(new Date('2018-12-31T16:30:00Z'))).toBe('2019-01-01');
  });

  it('has no daylight saving: the same offset in summer and winter', () => {
    expect(beijingDateTime(new Date('2018-07-01T04:05:00Z'))).toBe('2018-07-01 12:05');
    expect(beijingDateTime(new Date('2018-01-01T04:05:00Z'))).toBe('2018-01-01 12:05');
  });

  it('formats date and time to the minute', () => {
    expect(beijingDateTime(new Date('2018-03-09T10:00:59Z'))).toBe('2018-03-09 18:00');
  });
});
