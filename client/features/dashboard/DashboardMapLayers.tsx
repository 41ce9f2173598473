import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../domain/format.ts';
import { useIdleLand } from '../../api/dashboard.ts';
import { useRedevelopment } from '../../api/hooks.ts';
import { fitBbox } from '../../map/fly-to-geometry.ts';
import { PARCEL_SOURCE_LAYER, SOURCES } from '../../map/layer-ids.ts';
import { useMap } from '../../map/map-context.ts';
import { useAppState } from '../../state/app-store.ts';
import { useLang } from '../language/use-lang.ts';
import {
  addDashboardLayers,
  DASH_LAYERS,
  IDLE_LAYER_IDS,
  idleShapeStyle,
  idsFilter,
} from './dashboard-layers.ts';
import { useHighlight } from './highlight-store.ts';
import { useRefDate } from './use-ref-date.ts';

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
  useEffect(() => {
    if (map) addDashboardLayers(map);
  }, [map]);
  useIdleLayer(map);
  useHighlightLayer(map);
  return null;
}

/**
 * Marks the listed idle-land parcels while the 闲置预警 tab is open: their shapes from the parcel tiles (filtered by
 * id, coloured by status) and a labelled dot at each parcel's bbox centre (the answer carries no geometry).
 */
function useIdleLayer(map: MapLibreMap | null): void {
  const { t } = useTranslation();
  const lang = useLang();
  const open = useAppState((s) => s.tab === 'idle');
  const platform = useAppState((s) => s.filters.platform);
  const { refDate } = useRefDate();
  // Only while the tab is open: the list is not needed to open the app.
  const idle = useIdleLand(platform, refDate, open);

  const fc = useMemo((): FeatureCollection<Point> | undefined => {
    if (!idle.data) return undefined;
    const features: Feature<Point>[] = [];
    for (const r of idle.data.items) {
      if (!r.bbox) continue;
      const days = r.daysToStart ?? 0;
      const clock =
        days >= 0
          ? t('dashboard.idle.daysLeft', { n: formatNumber(days, lang) })
          : t('dashboard.idle.daysOverdue', { n: formatNumber(-days, lang) });
      const [w, s, e, n] = r.bbox;
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [(w + e) / 2, (s + n) / 2] },
        properties: { id: r.parcelId, status: r.status, label: `${r.code}\n${clock}` },
      });
    }
    return { type: 'FeatureCollection', features };
  }, [idle.data, t, lang]);

  useEffect(() => {
    if (!map || !idle.data) return;
    const { filter, color } = idleShapeStyle(
      idle.data.items.map((r) => ({ id: r.parcelId, status: r.status })),
    );
    for (const [id, paint] of [
      [DASH_LAYERS.idleFill, 'fill-color'],
      [DASH_LAYERS.idleLine, 'line-color'],
    ] as const) {
      if (!map.getLayer(id)) continue;
      map.setFilter(id, filter);
      map.setPaintProperty(id, paint, color);
    }
  }, [map, idle.data]);

  useEffect(() => {
    if (map && fc) map.getSource<GeoJSONSource>(DASH_LAYERS.idleSource)?.setData(fc);
  }, [map, fc]);

  useEffect(() => {
    if (!map) return;
    for (const id of IDLE_LAYER_IDS) {
      if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', open ? 'visible' : 'none');
    }
  }, [map, open]);
}

/**
 * Bounding box of the highlighted parcels among the loaded parcel tiles (pieces clipped to their tiles, whose
 * union is the parcel's box); null when none is loaded.
 */
function tiledBoxOf(map: MapLibreMap, ids: readonly string[]): [number, number, number, number] | null {
  const features = map.querySourceFeatures(SOURCES.parcels, {
    sourceLayer: PARCEL_SOURCE_LAYER,
    filter: idsFilter(ids),
  });
  return boxOf({ type: 'FeatureCollection', features }, new Set(ids));
}

/** Outlines the highlighted parcels or 三旧 sites and frames them once per request, as soon as they are loaded. */
function useHighlightLayer(map: MapLibreMap | null): void {
  const highlight = useHighlight();
  const sites = useRedevelopment();
  const framed = useRef(0);

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
      (highlight.kind === 'parcels'
        ? tiledBoxOf(map, highlight.ids)
        : boxOf(sites.data as FeatureCollection | undefined, new Set(highlight.ids)));
    if (!box) return;
    framed.current = highlight.seq;
    fitBbox(map, box);
  }, [map, highlight, sites.data]);
}
