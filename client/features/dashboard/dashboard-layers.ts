/**
 * Map source and layers of the overview: the idle-land marks (coloured by status, shown while the 闲置预警 tab is
 * open: the listed parcels' shapes drawn from the parcel tiles by id — those layers are in the initial style —
 * and a dot and label per parcel from a small point source added here) and the outlines of what a chart or list
 * click highlighted.
 */
import type { ExpressionSpecification, FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { idsFilter, OVERVIEW_PARCEL_LAYERS } from '../../map/layers/overview-parcel-layers.ts';
import { IDLE_COLORS } from './idle-colors.ts';

export { idsFilter };

/**
 * Source and layer ids owned by the overview: those over the parcel tiles and the 三旧 sites are in the initial
 * style (client/map/layers/overview-parcel-layers.ts), the others are added at runtime on top of it.
 */
export const DASH_LAYERS = {
  ...OVERVIEW_PARCEL_LAYERS,
  idleSource: 'dash-idle',
  idleLabel: 'dash-idle-label',
  idleDot: 'dash-idle-dot',
} as const;

const statusColor: ExpressionSpecification = [
  'match',
  ['get', 'status'],
  'due_soon',
  IDLE_COLORS.due_soon,
  'overdue',
  IDLE_COLORS.overdue,
  'idle',
  IDLE_COLORS.idle,
  IDLE_COLORS.reclaimable,
];
/** A parcel on the idle-land list: its id and clock status. */
export type IdleMark = { id: string; status: string };

/**
 * Filter and colour of the idle-land shapes drawn from the parcel tiles: the listed parcels' ids, each coloured
 * by its status (ids grouped per status in one `match`).
 */
export function idleShapeStyle(marks: readonly IdleMark[]): {
  filter: FilterSpecification;
  color: ExpressionSpecification | string;
} {
  const byStatus = new Map<string, string[]>();
  for (const m of marks) byStatus.set(m.status, [...(byStatus.get(m.status) ?? []), m.id]);
  const arms = [...byStatus].flatMap(([status, ids]) => [
    ids,
    IDLE_COLORS[status as keyof typeof IDLE_COLORS] ?? IDLE_COLORS.reclaimable,
  ]);
  const color = arms.length
    ? (['match', ['get', 'id'], ...arms, IDLE_COLORS.reclaimable] as unknown as ExpressionSpecification)
    : IDLE_COLORS.reclaimable;
  return { filter: idsFilter(marks.map((m) => m.id)), color };
}

/** Adds the overview's runtime layers once: the idle-land dots and labels. */
export function addDashboardLayers(map: MapLibreMap): void {
  if (map.getSource(DASH_LAYERS.idleSource)) return;
  map.addSource(DASH_LAYERS.idleSource, {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
  });
  // At zone scale a parcel is a few pixels: a dot per parcel keeps every one findable until the shapes take over.
  map.addLayer({
    id: DASH_LAYERS.idleDot,
    type: 'circle',
    source: DASH_LAYERS.idleSource,
    maxzoom: 14,
    layout: { visibility: 'none' },
    paint: {
      'circle-color': statusColor,
      'circle-radius': 5,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
    },
  });
  map.addLayer({
    id: DASH_LAYERS.idleLabel,
    type: 'symbol',
    source: DASH_LAYERS.idleSource,
    minzoom: 12,
    layout: {
      visibility: 'none',
      'text-field': ['get', 'label'],
      'text-font': ['sans-serif'],
      'text-size': 12,
    },
    paint: { 'text-color': statusColor, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
  });
}

/** The idle-land layers, shown only on the 闲置预警 tab. */
export const IDLE_LAYER_IDS = [
  DASH_LAYERS.idleFill,
  DASH_LAYERS.idleLine,
  DASH_LAYERS.idleDot,
  DASH_LAYERS.idleLabel,
] as const;
