/**
 * Test oracle: the area of a lon/lat rectangle on a sphere of radius R, in closed form
 * R² · Δλ · (sin φ₂ − sin φ₁) — the area turf's `area` computes (Chamberlain & Duquette on the mean radius R = 6,371,008.8 m), found
 * independently of it. Plus small polygon builders near 陈江 used by the parcel-edit tests.
 */
const R = 6_371_008.8;
const rad = (d: number) => (d * Math.PI) / 180;

/** Area (㎡) of the rectangle west…east × south…north (degrees). */
export const rectAreaM2 = (w: number, s: number, e: number, n: number): number =>
  R * R * rad(e - w) * (Math.sin(rad(n)) - Math.sin(rad(s)));

/** Closed counter-clockwise rectangle ring. */
export const rectRing = (w: number, s: number, e: number, n: number): number[][] => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];

/** A rectangle Polygon geometry. */
export const rect = (w: number, s: number, e: number, n: number) => ({
  type: 'Polygon' as const,
  coordinates: [rectRing(w, s, e, n)],
});

/** A LineString geometry. */
export const line = (...coordinates: number[][]) => ({ type: 'LineString' as const, coordinates });
