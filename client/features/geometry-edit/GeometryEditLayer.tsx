import type { Feature, FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { useMap } from '../../map/map-context.ts';
import { getMapTool, setMapTool, useMapTool } from '../../state/map-tool.ts';
import { type LineDrawing, startLineDrawing } from './draw-line.ts';
import { type PolygonDrawing, startPolygonDrawing } from './draw-polygon.ts';
import {
  type GeometryEdit,
  getGeometryEdit,
  resetGeometryEdit,
  setGeometryEdit,
  useGeometryEdit,
} from './geometry-edit-store.ts';
import { type ReshapeDrawing, startReshape } from './reshape-draw.ts';

const SOURCE = 'geometry-edit-preview';
const FILL = 'geometry-edit-fill';
const LINE = 'geometry-edit-line';
/** One colour per new parcel, in the order of the preview's list (the same swatch is shown there). */
export const PIECE_COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#e377c2'];

function addPreview(map: MapLibreMap): void {
  if (map.getSource(SOURCE)) return;
  map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({
    id: FILL,
    type: 'fill',
    source: SOURCE,
    filter: ['==', ['geometry-type'], 'Polygon'],
    paint: { 'fill-color': ['get', 'color'], 'fill-opacity': 0.45 },
  });
  map.addLayer({
    id: LINE,
    type: 'line',
    source: SOURCE,
    paint: { 'line-color': ['get', 'color'], 'line-width': ['case', ['get', 'cut'], 3, 2] },
  });
}

function removePreview(map: MapLibreMap): void {
  for (const id of [LINE, FILL]) if (map.getLayer(id)) map.removeLayer(id);
  if (map.getSource(SOURCE)) map.removeSource(SOURCE);
}

/** The previewed pieces (one colour each) and the drawn line, as one collection. */
function previewFeatures(edit: GeometryEdit): FeatureCollection {
  if (edit.phase === 'creating' && edit.shape) {
    const f: Feature = {
      type: 'Feature',
      properties: { color: PIECE_COLORS[0], cut: false },
      geometry: edit.shape,
    };
    return { type: 'FeatureCollection', features: [f] };
  }
  if (edit.phase !== 'preview') return { type: 'FeatureCollection', features: [] };
  const features: Feature[] = edit.pieces.map((geometry, i) => ({
    type: 'Feature',
    properties: { color: PIECE_COLORS[i % PIECE_COLORS.length], cut: false },
    geometry,
  }));
  if (edit.line)
    features.push({ type: 'Feature', properties: { color: '#d62728', cut: true }, geometry: edit.line });
  return { type: 'FeatureCollection', features };
}

/** Runs terra-draw while the split line is drawn; a finished line moves the edit to `preview`. */
function useLineDrawing(map: MapLibreMap | null, edit: GeometryEdit): void {
  const drawingFor = edit.phase === 'drawing' ? edit.parcelId : null;
  useEffect(() => {
    if (!map || !drawingFor) return;
    let cancelled = false;
    let drawing: LineDrawing | null = null;
    startLineDrawing(map, (line) => {
      setGeometryEdit({ phase: 'preview', parcelId: drawingFor, line, pieces: [] });
    }).then((d) => {
      if (cancelled) d.stop();
      else {
        drawing = d;
        // terra-draw loads lazily: the map says when the line tool takes input (tests wait for it).
        map.getContainer().dataset.drawReady = 'true';
      }
    }, console.error);
    return () => {
      cancelled = true;
      drawing?.stop();
      delete map.getContainer().dataset.drawReady;
    };
  }, [map, drawingFor]);
}

/** Runs terra-draw's select mode while the parcel's vertices are moved; settled outlines go to the store. */
function useReshapeDrawing(map: MapLibreMap | null, edit: GeometryEdit): void {
  const parcelId = edit.phase === 'reshaping' ? edit.parcelId : null;
  const original = edit.phase === 'reshaping' ? edit.original : null;
  useEffect(() => {
    if (!map || !parcelId || !original) return;
    let cancelled = false;
    let drawing: ReshapeDrawing | null = null;
    startReshape(map, original, (current) => {
      const now = getGeometryEdit();
      if (now.phase === 'reshaping' && now.parcelId === parcelId) setGeometryEdit({ ...now, current });
    }).then((d) => {
      if (cancelled) d.stop();
      else {
        drawing = d;
        map.getContainer().dataset.drawReady = 'true';
      }
    }, console.error);
    return () => {
      cancelled = true;
      drawing?.stop();
      delete map.getContainer().dataset.drawReady;
    };
  }, [map, parcelId, original]);
}

/** Runs terra-draw's polygon mode while a new parcel is drawn; the closed outline goes to the store. */
function useNewParcelDrawing(map: MapLibreMap | null, edit: GeometryEdit): void {
  const drawing = edit.phase === 'creating' && edit.shape === null;
  useEffect(() => {
    if (!map || !drawing) return;
    let cancelled = false;
    let d: PolygonDrawing | null = null;
    startPolygonDrawing(map, (shape) => {
      if (getGeometryEdit().phase === 'creating') setGeometryEdit({ phase: 'creating', shape });
    }).then((started) => {
      if (cancelled) started.stop();
      else {
        d = started;
        map.getContainer().dataset.drawReady = 'true';
      }
    }, console.error);
    return () => {
      cancelled = true;
      d?.stop();
      delete map.getContainer().dataset.drawReady;
    };
  }, [map, drawing]);
}

/**
 * The map side of geometry editing (rendered inside the map): terra-draw while a split line is drawn (then the
 * new parcels of the preview) or while a parcel's vertices are moved, or a new parcel is drawn (then its outline). Owns the map (map-tool `edit`) while an edit is in progress and gives it back when
 * the edit ends; another tool taking the map ends the edit.
 */
export function GeometryEditLayer() {
  const map = useMap();
  const edit = useGeometryEdit();
  const tool = useMapTool();
  useLineDrawing(map, edit);
  useReshapeDrawing(map, edit);
  useNewParcelDrawing(map, edit);
  useEffect(() => {
    if (edit.phase !== 'idle' && tool !== 'edit') resetGeometryEdit();
  }, [tool, edit.phase]);
  useEffect(() => {
    if (edit.phase === 'idle' && getMapTool() === 'edit') setMapTool('none');
  }, [edit.phase]);
  useEffect(() => {
    if (!map) return;
    addPreview(map);
    return () => {
      if (map.getStyle()) removePreview(map);
    };
  }, [map]);
  useEffect(() => {
    if (!map) return;
    const data = previewFeatures(edit);
    map.getSource<GeoJSONSource>(SOURCE)?.setData(data);
    map.getContainer().dataset.geometryEdit = edit.phase;
  }, [map, edit]);
  return null;
}
