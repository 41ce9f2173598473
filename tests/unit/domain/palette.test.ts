/** The shared palette keeps the promises its doc makes: distinct colours, and neighbouring states apart in greyscale. */
import { describe, expect, it } from 'vitest';
import { INDUSTRIES, LAND_STATES, LAND_USES } from '../../../domain/enums.ts';
import { INDUSTRY_COLORS, LAND_USE_COLORS, STATE_COLORS } from '../../../domain/palette.ts';

/** CIE L* (0–100) of a `#rrggbb` colour — what survives greyscale print. */
function lightness(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return y > 0.008856 ? 116 * Math.cbrt(y) - 16 : 903.3 * y;
}

describe('domain palette', () => {
  it('gives every class of each theme its own hex colour', () => {
    for (const colours of [
      LAND_STATES.map((s) => STATE_COLORS[s]),
      LAND_USES.map((u) => LAND_USE_COLORS[u]),
      [...INDUSTRIES, 'none' as const].map((i) => INDUSTRY_COLORS[i]),
    ]) {
      for (const c of colours) expect(c).toMatch(/^#[0-9a-f]{6}$/);
      expect(new Set(colours).size).toBe(colours.length);
    }
  });

  it('keeps neighbouring land states at least 10 L* apart for greyscale print', () => {
    for (let i = 1; i < LAND_STATES.length; i++) {
      const a = LAND_STATES[i - 1]!;
      const b = LAND_STATES[i]!;
      expect(
        Math.abs(lightness(STATE_COLORS[a]) - lightness(STATE_COLORS[b])),
        `${a} → ${b}`,
      ).toBeGreaterThanOrEqual(10);
    }
  });
});
