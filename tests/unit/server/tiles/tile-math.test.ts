/** Tile arithmetic against known slippy-map values (OSM wiki "Slippy map tilenames"). */
import { describe, expect, it } from 'vitest';
import { growByTileFraction, isTile, tileBBox, tileRange } from '../../../../server/tiles/tile-math.ts';

describe('tile math', () => {
  it('gives the boxes of the world tile and the north-east tile of zoom 1', () => {
    const world = tileBBox({ z: 0, x: 0, y: 0 });
    expect(world[0]).toBe(-180);
    expect(world[2]).toBe(180);
    expect(world[1]).toBeCloseTo(-85.0511287798, 9);
    expect(world[3]).toBeCloseTo(85.0511287798, 9);
    const ne = tileBBox({ z: 1, x: 1, y: 0 });
    expect(ne[0]).toBe(0);
    expect(ne[1]).toBeCloseTo(0, 12);
  });

  it('finds the zoom-14 tile of 仲恺 (114.3 E, 23.0 N) and grows boxes by a buffer', () => {
    // x = floor((114.3 + 180) / 360 × 2^14) = floor(13393.92); y = floor(7115.94) (computed with Python).
    expect(tileRange([114.3, 23.0, 114.3, 23.0], 14)).toEqual({
      minX: 13393,
      maxX: 13393,
      minY: 7115,
      maxY: 7115,
    });
    const b = tileBBox({ z: 14, x: 13393, y: 7115 }, 64 / 4096);
    const plain = tileBBox({ z: 14, x: 13393, y: 7115 });
    expect(b[0]).toBeCloseTo(plain[0] - (360 / 2 ** 14) * (64 / 4096), 12);
    expect(growByTileFraction(plain, 14, 0.5)[2]).toBeCloseTo(plain[2] + 360 / 2 ** 15, 12);
  });

  it('knows which addresses are tiles', () => {
    expect(isTile({ z: 2, x: 3, y: 3 })).toBe(true);
    expect(isTile({ z: 2, x: 4, y: 0 })).toBe(false);
    expect(isTile({ z: 2, x: -1, y: 0 })).toBe(false);
  });
});
