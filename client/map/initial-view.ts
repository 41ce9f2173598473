/** Where the map starts: the URL's view if any, else framed on 仲恺高新区. */
import type { LngLatBoundsLike } from 'maplibre-gl';

/** Bounding box of 仲恺高新区 and its platforms (west, south, east, north; WGS84 degrees). */
export const ZHONGKAI_BOUNDS: LngLatBoundsLike = [114.12, 22.93, 114.52, 23.15];
