/** An axis-aligned lon/lat rectangle as a closed GeoJSON Polygon (west, south, east, north in degrees). */
export const rect = (w: number, s: number, e: number, n: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});
