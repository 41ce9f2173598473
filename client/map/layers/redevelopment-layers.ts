/**
 * Hover and selection of 三旧改造 sites: a highlight line layer over the hatch (feature-state `hover` thin,
 * `selected` thick; in the initial style), and the pointer handlers that set those states and open a site's
 * panel on click. The hatch and its dashed outline are drawn by the base style (data-layers.ts); this only makes
 * them inspectable.
 */
import type { LayerSpecification, MapLayerMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import { OVERLAY_COLORS } from '../../../domain/palette.ts';
import { SOURCES } from '../layer-ids.ts';

export const REDEVELOPMENT_LAYERS = {
  fill: 'redevelopment-fill',
  highlight: 'redevelopment-highlight',
} as const;

/**
 * The highlight line (feature-state `hover` thin, `selected` thick), part of the initial style: added when
 * the 三旧 panel's layers mounted, it made maplibre lay out the 三旧 source again and draw one more frame at
 * start-up.
 */
export function redevelopmentHighlightLayer(): LayerSpecification {
  const selected = ['boolean', ['feature-state', 'selected'], false] as const;
  const hover = ['boolean', ['feature-state', 'hover'], false] as const;
  return {
    id: REDEVELOPMENT_LAYERS.highlight,
    type: 'line',
    source: SOURCES.redevelopment,
    paint: {
      'line-color': OVERLAY_COLORS.redevelopment,
      'line-width': ['case', [...selected], 4, [...hover], 2.5, 0],
    },
  };
}

/** Sets feature-state `key` on one site, clearing it from the previous one; returns the new id. */
export function moveState(
  map: MapLibreMap,
  key: 'hover' | 'selected',
  from: string | null,
  to: string | null,
) {
  if (from === to) return to;
  if (!map.getSource(SOURCES.redevelopment)) return null;
  if (from != null) map.setFeatureState({ source: SOURCES.redevelopment, id: from }, { [key]: false });
  if (to != null) map.setFeatureState({ source: SOURCES.redevelopment, id: to }, { [key]: true });
  return to;
}

/** Registers hover (cursor + outline) and click on the hatch; returns the function that removes them. */
export function bindRedevelopmentPointer(map: MapLibreMap, onClick: (id: string) => void): () => void {
  let hovered: string | null = null;
  const idAt = (e: MapLayerMouseEvent): string | null => {
    const id = e.features?.[0]?.properties?.id;
    return id == null ? null : String(id);
  };
  const move = (e: MapLayerMouseEvent) => {
    hovered = moveState(map, 'hover', hovered, idAt(e));
    map.getCanvas().style.cursor = 'pointer';
  };
  const leave = () => {
    hovered = moveState(map, 'hover', hovered, null);
    map.getCanvas().style.cursor = '';
  };
  const click = (e: MapLayerMouseEvent) => {
    const id = idAt(e);
    if (id) onClick(id);
  };
  map.on('mousemove', REDEVELOPMENT_LAYERS.fill, move);
  map.on('mouseleave', REDEVELOPMENT_LAYERS.fill, leave);
  map.on('click', REDEVELOPMENT_LAYERS.fill, click);
  return () => {
    map.off('mousemove', REDEVELOPMENT_LAYERS.fill, move);
    map.off('mouseleave', REDEVELOPMENT_LAYERS.fill, leave);
    map.off('click', REDEVELOPMENT_LAYERS.fill, click);
  };
}
