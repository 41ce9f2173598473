import { describe, expect, it } from 'vitest';
import { ringSignedArea } from '../../../domain/geometry-validation.ts';
import { assembleRings, MAX_RINGS_PER_RECORD } from '../../../domain/ring-assembly.ts';

const square = (x: number, y: number, s: number) => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];

describe('assembleRings (containment decides outer rings and holes)', () => {
  it('a ring inside another becomes its hole, wound clockwise; the outer counter-clockwise', () => {
    const g = assembleRings([square(0, 0, 10), square(2, 2, 2)]);
    expect(g?.type).toBe('Polygon');
    const rings = g?.type === 'Polygon' ? g.coordinates : [];
    expect(rings).toHaveLength(2);
    expect(ringSignedArea(rings[0]!)).toBe(100);
    expect(ringSignedArea(rings[1]!)).toBe(-4);
  });

  it('holes listed before their shell, wrong windings, an island in a hole, open rings', () => {
    const island = square(3, 3, 1).slice(0, 4); // not closed
    const g = assembleRings([
      square(2, 2, 4).reverse(),
      island,
      square(0, 0, 10).reverse(),
      square(20, 0, 5),
    ]);
    expect(g?.type).toBe('MultiPolygon');
    if (g?.type !== 'MultiPolygon') return;
    // Parts keep file order of their outer rings: the island (2nd ring), the big square (3rd), the far square (4th).
    expect(g.coordinates.map((p) => p.map((r) => Math.abs(ringSignedArea(r))))).toEqual([
      [1],
      [100, 16],
      [25],
    ]);
    expect(g.coordinates[0]![0]).toHaveLength(5);
  });

  it('nothing, or too many rings, gives null', () => {
    expect(assembleRings([])).toBeNull();
    expect(
      assembleRings(Array.from({ length: MAX_RINGS_PER_RECORD + 1 }, (_, i) => square(i * 2, 0, 1))),
    ).toBeNull();
  });
});
