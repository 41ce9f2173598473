import { describe, expect, it } from 'vitest';
import { checkIfMatch, etagOf, parseIfMatch } from '../../../domain/edit-concurrency.ts';

describe('ETag / If-Match (RFC 9110 §13.1.1, RFC 6585 §3)', () => {
  it('the ETag of version 3 is the strong tag "3"', () => {
    expect(etagOf(3)).toBe('"3"');
  });

  it('the current tag matches; an older one is stale', () => {
    expect(checkIfMatch('"3"', 3)).toBe('match');
    expect(checkIfMatch('"2"', 3)).toBe('stale');
    expect(checkIfMatch(' "1", "3" ', 3)).toBe('match');
  });

  it('absent, empty or * is missing (428): * would let a lost update through', () => {
    expect(checkIfMatch(undefined, 3)).toBe('missing');
    expect(checkIfMatch('  ', 3)).toBe('missing');
    expect(checkIfMatch('*', 3)).toBe('missing');
  });

  it('a weak tag never matches (strong comparison)', () => {
    expect(checkIfMatch('W/"3"', 3)).toBe('stale');
  });

  it('unquoted or non-numeric tags are malformed', () => {
    expect(checkIfMatch('3', 3)).toBe('malformed');
    expect(checkIfMatch('"abc"', 3)).toBe('malformed');
    expect(checkIfMatch('"0"', 3)).toBe('malformed');
    expect(parseIfMatch('"4", W/"5"')).toEqual([4, null]);
  });
});
