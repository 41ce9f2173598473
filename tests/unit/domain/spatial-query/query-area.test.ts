import { describe, expect, it } from 'vitest';
import { ringSignedArea } from '../../../../domain/geometry-validation.ts';
import {
  formatQueryArea,
  parseQueryArea,
  QUERY_AREA_VERTICES_MAX,
} from '../../../../domain/spatial-query/query-area.ts';

describe('query area in a URL (lon,lat;lon,lat;…)', () => {
  it('parses an open ring, closes it and winds it counter-clockwise (RFC 7946)', () => {
    // Clockwise as drawn: west-north, east-north, east-south, west-south.
    const r = parseQueryArea('114.20,23.02;114.22,23.02;114.22,23.00;114.20,23.00');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ring = r.polygon.coordinates[0] ?? [];
    expect(ring).toHaveLength(5);
    expect(ring[0]).toEqual(ring[4]);
    expect(ringSignedArea(ring)).toBeGreaterThan(0);
  });

  it('refuses a vertex that is not "lon,lat", naming it', () => {
    const r = parseQueryArea('114.2,23;114.3;114.3,23.1');
    expect(r).toMatchObject({ ok: false, reason: 'syntax' });
    expect(!r.ok && r.message).toMatch(/vertex 2/);
  });

  it(`refuses more than ${QUERY_AREA_VERTICES_MAX} vertices as too large`, () => {
    const n = QUERY_AREA_VERTICES_MAX + 1;
    const ring = Array.from({ length: n }, (_, i) => {
      const t = (2 * Math.PI * i) / n;
      return `${(114.2 + 0.01 * Math.cos(t)).toFixed(6)},${(23.0 + 0.01 * Math.sin(t)).toFixed(6)}`;
    });
    const r = parseQueryArea(ring.join(';'));
    expect(r).toMatchObject({ ok: false, reason: 'too_large' });
    expect(!r.ok && r.message).toMatch(/501 vertices; the limit is 500/);
  });

  it('refuses a bow-tie (self-intersecting ring)', () => {
    const r = parseQueryArea('114.20,23.00;114.22,23.02;114.22,23.00;114.20,23.02');
    expect(r).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('refuses an area far from Zhongkai (swapped axes)', () => {
    const r = parseQueryArea('23.00,114.20;23.02,114.20;23.02,114.22');
    expect(r.ok).toBe(false);
  });

  it('writes the ring back without the closing position, 6 decimals', () => {
    const text = '114.2,23;114.210001,23;114.21,23.01';
    const r = parseQueryArea(text);
    expect(r.ok && formatQueryArea(r.polygon)).toBe(text);
  });
});
