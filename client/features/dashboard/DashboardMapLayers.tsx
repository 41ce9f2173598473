import { bbox, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ExpressionSpecification, FilterSpecification, GeoJSONSource } from 'maplibre-gl';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../domain/format.ts';
import { useIdleLand } from '../../api/dashboard.ts';
import { useRedevelopment } from '../../api/hooks.ts';
import { DETAILS_PANEL_WIDTH } from '../../map/fly-to-geometry.ts';
import { SOURCES } from '../../map/layer-ids.ts';
import { useMap } from '../../map/map-context.ts';
import { useAppState } from '../../state/app-store.ts';
import { useLang } from '../language/use-lang.ts';
import { useParcelLayerData } from '../map-layers/use-parcel-layer-data.ts';
import { useHighlight } from './highlight-store.ts';
import { IDLE_COLORS } from './idle-colors.ts';
import { useRefDate } from './use-ref-date.ts';

/** Source and layer ids owned by the overview (added at runtime on top of the base style). */
export const DASH_LAYERS = {
  idleSource: 'dash-idle',
  idleFill: 'dash-idle-fill',
  idleLine: 'dash-idle-line',
  idleLabel: 'dash-idle-label',
  idleDot: 'dash-idle-dot',
  parcelHighlight: 'dash-highlight-parcels',
  siteHighlight: 'dash-highlight-sites',
} as const;

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
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
const isPoint: FilterSpecification = ['==', ['geometry-type'], 'Point'];
const isArea: FilterSpecification = ['!=', ['geometry-type'], 'Point'];
const idsFilter = (ids: readonly string[]): FilterSpecification => [
  'in',
  ['get', 'id'],
  ['literal', [...ids]],
];

/** Adds the overview's layers once: the idle-land marks and the chart/list highlight outlines. */
function addLayers(map: NonNullable<ReturnType<typeof useMap>>): void {
  if (map.getSource(DASH_LAYERS.idleSource)) return;
  map.addSource(DASH_LAYERS.idleSource, { type: 'geojson', data: EMPTY });
  // Under the parcel labels, so codes stay readable over the marks.
  const before = map.getLayer('parcels-label') ? 'parcels-label' : undefined;
  map.addLayer(
    {
      id: DASH_LAYERS.idleFill,
      type: 'fill',
      source: DASH_LAYERS.idleSource,
      filter: isArea,
      layout: { visibility: 'none' },
      paint: { 'fill-color': statusColor, 'fill-opacity': 0.35 },
    },
    before,
  );
  map.addLayer(
    {
      id: DASH_LAYERS.idleLine,
      type: 'line',
      source: DASH_LAYERS.idleSource,
      filter: isArea,
      layout: { visibility: 'none' },
      paint: { 'line-color': statusColor, 'line-width': 2.5 },
    },
    before,
  );
  // At zone scale a parcel is a few pixels: a dot per parcel keeps every one findable until the shapes take over.
  map.addLayer({
    id: DASH_LAYERS.idleDot,
    type: 'circle',
    source: DASH_LAYERS.idleSource,
    filter: isPoint,
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
    filter: isPoint,
    minzoom: 12,
    layout: {
      visibility: 'none',
      'text-field': ['get', 'label'],
      'text-font': ['sans-serif'],
      'text-size': 12,
    },
    paint: { 'text-color': statusColor, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
  });
  map.addLayer({
    id: DASH_LAYERS.parcelHighlight,
    type: 'line',
    source: SOURCES.parcels,
    filter: idsFilter([]),
    paint: { 'line-color': '#0b7285', 'line-width': 3.5 },
  });
  map.addLayer({
    id: DASH_LAYERS.siteHighlight,
    type: 'line',
    source: SOURCES.redevelopment,
    filter: idsFilter([]),
    paint: { 'line-color': '#0b7285', 'line-width': 3.5 },
  });
}

/** Bounding box of the features of `fc` whose id is in `ids`; null when none is loaded. */
function boxOf(
  fc: FeatureCollection | undefined,
  ids: ReadonlySet<string>,
): [number, number, number, number] | null {
  const hits = (fc?.features ?? []).filter((f) => ids.has(String(f.properties?.id ?? f.id)));
  if (!hits.length) return null;
  const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: hits });
  return [w, s, e, n];
}

/**
 * The overview's map layers: idle-risk parcels coloured by status while the 闲置预警 tab is open, and the
 * parcels or 三旧 sites a chart or list click highlighted (framed once they are loaded).
 */
export function DashboardMapLayers() {
  const map = useMap();
  const { t } = useTranslation();
  const lang = useLang();
  const tab = useAppState((s) => s.tab);
  const platform = useAppState((s) => s.filters.platform);
  const { refDate } = useRefDate();
  const idle = useIdleLand(platform, refDate);
  const highlight = useHighlight();
  const parcels = useParcelLayerData();
  const sites = useRedevelopment();
  const framed = useRef(0);

  useEffect(() => {
    if (map) addLayers(map);
  }, [map]);

  const idleFc = useMemo((): FeatureCollection | undefined => {
    if (!idle.data) return undefined;
    const features: Feature<Geometry>[] = [];
    for (const r of idle.data.items) {
      if (!r.geometry) continue;
      const days = r.daysToStart ?? 0;
      const clock =
        days >= 0
          ? t('dashboard.idle.daysLeft', { n: formatNumber(days, lang) })
          : t('dashboard.idle.daysOverdue', { n: formatNumber(-days, lang) });
      const properties = { id: r.parcelId, status: r.status, label: `${r.code}\n${clock}` };
      const area: Feature<Geometry> = { type: 'Feature', geometry: r.geometry, properties };
      features.push(area, { ...pointOnFeature(area), properties });
    }
    return { type: 'FeatureCollection', features };
  }, [idle.data, t, lang]);

  useEffect(() => {
    if (!map || !idleFc) return;
    map.getSource<GeoJSONSource>(DASH_LAYERS.idleSource)?.setData(idleFc);
  }, [map, idleFc]);

  useEffect(() => {
    if (!map) return;
    const v = tab === 'idle' ? 'visible' : 'none';
    for (const id of [
      DASH_LAYERS.idleFill,
      DASH_LAYERS.idleLine,
      DASH_LAYERS.idleDot,
      DASH_LAYERS.idleLabel,
    ]) {
      if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', v);
    }
  }, [map, tab]);

  useEffect(() => {
    if (!map) return;
    const parcelIds = highlight?.kind === 'parcels' ? highlight.ids : [];
    const siteIds = highlight?.kind === 'sites' ? highlight.ids : [];
    if (map.getLayer(DASH_LAYERS.parcelHighlight))
      map.setFilter(DASH_LAYERS.parcelHighlight, idsFilter(parcelIds));
    if (map.getLayer(DASH_LAYERS.siteHighlight)) map.setFilter(DASH_LAYERS.siteHighlight, idsFilter(siteIds));
  }, [map, highlight]);

  useEffect(() => {
    if (!map || !highlight || framed.current === highlight.seq || highlight.ids.length === 0) return;
    const box =
      highlight.bbox ??
      boxOf(
        highlight.kind === 'parcels' ? parcels.fc : (sites.data as FeatureCollection | undefined),
        new Set(highlight.ids),
      );
    if (!box) return;
    framed.current = highlight.seq;
    const side = Math.min(DETAILS_PANEL_WIDTH + 40, Math.max(0, map.getCanvas().clientWidth - 200));
    map.fitBounds(
      [
        [box[0], box[1]],
        [box[2], box[3]],
      ],
      { padding: { top: 60, bottom: 60, left: 40, right: side }, maxZoom: 16, duration: 800 },
    );
  }, [map, highlight, parcels.fc, sites.data]);

  return null;
}
