/** The shared palette keeps the promises its doc makes: distinct colours, and neighbouring states apart in greyscale. */
import { describe, expect, it } from 'vitest';
import { INDUSTRIES, LAND_STATES, LAND_USES } from '../../../domain/enums.ts';
import {
  INDUSTRY_COLORS,
  LAND_USE_COLORS,
  OVERLAY_COLORS,
  PLATFORM_COLORS,
  STATE_COLORS,
} from '../../../domain/palette.ts';

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

/** CIE L*a*b* (D65) of a `#rrggbb` colour, by the textbook sRGB → XYZ → Lab formulas. */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference ΔE*ab. */
const deltaE = (a: string, b: string): number => {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
};

describe('no two legend entries look alike within a theme (issue 17)', () => {
  const overlays = Object.entries(OVERLAY_COLORS).map(([k, c]) => [`overlay ${k}`, c] as const);
  const themes: Record<string, (readonly [string, string])[]> = {
    state: LAND_STATES.map((s) => [s, STATE_COLORS[s]] as const),
    landUse: LAND_USES.map((u) => [u, LAND_USE_COLORS[u]] as const),
    industry: [...INDUSTRIES, 'none' as const].map((i) => [i, INDUSTRY_COLORS[i]] as const),
    platform: PLATFORM_COLORS.map((c, i) => [`platform #${i + 1}`, c] as const),
  };

  it('the oracle: ΔE of black and white is 100, of a colour with itself 0', () => {
    expect(deltaE('#000000', '#ffffff')).toBeCloseTo(100, 1);
    expect(deltaE('#e64980', '#e64980')).toBe(0);
  });

  for (const [theme, classes] of Object.entries(themes)) {
    it(`${theme}: every pair of classes and overlays is at least ΔE 10 apart`, () => {
      const entries = [...classes, ...overlays];
      const close: string[] = [];
      for (let i = 0; i < entries.length; i++) {
        for (let j = i + 1; j < entries.length; j++) {
          const [a, ca] = entries[i]!;
          const [b, cb] = entries[j]!;
          const d = deltaE(ca, cb);
          if (d < 10) close.push(`${a} ${ca} ~ ${b} ${cb}: ΔE ${d.toFixed(1)}`);
        }
      }
      expect(close).toEqual([]);
    });
  }

  it('the 三旧 hatch is not the 激光 red any more (the pair the issue found)', () => {
    expect(deltaE(OVERLAY_COLORS.redevelopment, INDUSTRY_COLORS.laser)).toBeGreaterThan(30);
  });
});
