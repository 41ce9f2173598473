import { bbox } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { useMap } from '../../map/map-context.ts';

/** Source and layer ids of the preview (drawn above the parcels). */
export const PREVIEW = {
  source: 'import-preview',
  fill: 'import-preview-fill',
  line: 'import-preview-line',
} as const;

/** Blocking records red, updates orange, new parcels blue. */
const COLOR = ['case', ['get', 'blocking'], '#d62728', ['get', 'update'], '#ff7f0e', '#1f77b4'] as const;

function addPreview(map: MapLibreMap): void {
  if (map.getSource(PREVIEW.source)) return;
  map.addSource(PREVIEW.source, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({
    id: PREVIEW.fill,
    type: 'fill',
    source: PREVIEW.source,
    paint: { 'fill-color': COLOR as never, 'fill-opacity': 0.35 },
  });
  map.addLayer({
    id: PREVIEW.line,
    type: 'line',
    source: PREVIEW.source,
    paint: { 'line-color': COLOR as never, 'line-width': 2 },
  });
}

function removePreview(map: MapLibreMap): void {
  for (const id of [PREVIEW.line, PREVIEW.fill]) if (map.getLayer(id)) map.removeLayer(id);
  if (map.getSource(PREVIEW.source)) map.removeSource(PREVIEW.source);
}

/**
 * The staged parcels of an import over the existing ones, framed when they arrive, so a shifted file (wrong CRS)
 * shows before anything is committed. The map element carries `data-preview-count` for tests.
 */
export function ImportPreviewLayers({ data }: { data: FeatureCollection | undefined }) {
  const map = useMap();
  useEffect(() => {
    if (!map) return;
    addPreview(map);
    return () => {
      // The map may already be gone when the page unmounts.
      if (map.getStyle()) removePreview(map);
    };
  }, [map]);
  useEffect(() => {
    if (!map) return;
    const fc = data ?? { type: 'FeatureCollection', features: [] };
    map.getSource<GeoJSONSource>(PREVIEW.source)?.setData(fc);
    map.getContainer().dataset.previewCount = String(fc.features.length);
    if (fc.features.length === 0) return;
    const [w, s, e, n] = bbox(fc);
    map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: 60, maxZoom: 16, duration: 0 },
    );
  }, [map, data]);
  return null;
}
