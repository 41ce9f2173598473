import './i18n.ts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUFFER_M_MAX } from '../../../domain/measure/limits.ts';
import type { QueryRelation } from '../../../domain/spatial-query/query-area.ts';
import { useMap } from '../../map/map-context.ts';
import { update } from '../../state/app-store.ts';
import { getMapTool, setMapTool, useMapTool } from '../../state/map-tool.ts';
import { useLang } from '../language/use-lang.ts';
import { type DrawnShape, type DrawSession, startDrawSession } from './draw-session.ts';
import { QueryCount } from './QueryCount.tsx';
import { getQueryArea, setQueryArea, useQueryArea } from './query-area-store.ts';
import type { MeasureText } from './shape-math.ts';
import { DRAW_KIND, TOOLS, type Tool, toolOwner } from './tools.ts';

const HINT: Record<Tool, 'hintLine' | 'hintPolygon' | 'hintRectangle' | 'hintBuffer'> = {
  'measure-line': 'hintLine',
  'measure-area': 'hintPolygon',
  'query-polygon': 'hintPolygon',
  'query-rectangle': 'hintRectangle',
  'query-buffer': 'hintBuffer',
};
const LABEL = {
  'measure-line': 'measureLine',
  'measure-area': 'measureArea',
  'query-polygon': 'queryPolygon',
  'query-rectangle': 'queryRectangle',
  'query-buffer': 'queryBuffer',
} as const;

type ShapeMath = typeof import('./shape-math.ts');

/** Starts/stops the terra-draw session of `tool` and stops it when another tool takes the map. */
function useDrawSession(
  tool: Tool | null,
  onShape: (s: DrawnShape, math: ShapeMath) => void,
  stopTool: () => void,
) {
  const map = useMap();
  const owner = useMapTool();
  const session = useRef<DrawSession | null>(null);
  // True once the session takes input: terra-draw and the shape maths (turf) are both loaded.
  const [ready, setReady] = useState(false);
  const handler = useRef(onShape);
  handler.current = onShape;
  // Another tool (e.g. geometry editing) took the map: stop ours.
  useEffect(() => {
    if (tool && owner !== 'none' && owner !== toolOwner(tool)) stopTool();
  }, [owner, tool, stopTool]);
  useEffect(() => {
    if (!map || !tool) return;
    let cancelled = false;
    setMapTool(toolOwner(tool));
    // The session starts only with the maths loaded, so no finished shape can arrive before they can read it.
    import('./shape-math.ts')
      .then((math) => startDrawSession(map, DRAW_KIND[tool], (s) => handler.current(s, math)))
      .then((s) => {
        if (cancelled) s.stop();
        else {
          session.current = s;
          setReady(true);
        }
      }, console.error);
    return () => {
      cancelled = true;
      setReady(false);
      session.current?.stop();
      session.current = null;
      if (getMapTool() === toolOwner(tool)) setMapTool('none');
    };
  }, [map, tool]);
  return { session, ready };
}

/**
 * The measure and draw-to-query toolbar: distance and area (geodesic, m/km and ㎡/亩/km²); a polygon, a
 * rectangle or a buffer of N metres around a drawn line selects parcels (intersecting or within) for the
 * attribute table, the count and the exports.
 */
export function MapTools() {
  const { t } = useTranslation();
  const lang = useLang();
  const area = useQueryArea();
  const [tool, setTool] = useState<Tool | null>(null);
  const [measure, setMeasure] = useState<(MeasureText & { done: boolean }) | null>(null);
  const [relation, setRelation] = useState<QueryRelation>(area?.relation ?? 'intersects');
  const [bufferM, setBufferM] = useState(500);
  const bufferOk = bufferM >= 1 && bufferM <= BUFFER_M_MAX;
  const stopTool = useRef(() => setTool(null)).current;
  const { session, ready } = useDrawSession(
    tool,
    (s, { measureText, queryPolygon }) => {
      if (!tool) return;
      if (toolOwner(tool) === 'measure') {
        const m = measureText(s.geometry, lang);
        setMeasure(m ? { ...m, done: s.done } : null);
      } else if (s.done && bufferOk) {
        setQueryArea({ polygon: queryPolygon(s.geometry, bufferM), relation });
        update({ tableOpen: true });
      }
    },
    stopTool,
  );
  const choose = (next: Tool) => {
    setMeasure(null);
    setTool((cur) => (cur === next ? null : next));
  };
  const changeRelation = (r: QueryRelation) => {
    setRelation(r);
    const a = getQueryArea();
    if (a) setQueryArea({ ...a, relation: r });
  };
  const clear = () => {
    session.current?.clear();
    setMeasure(null);
    setQueryArea(null);
  };

  return (
    <div className="map-tools" role="toolbar" aria-label={t('measure.toolbar')} data-testid="map-tools">
      {TOOLS.map((k) => (
        <button
          key={k}
          type="button"
          className={`map-tool-btn${tool === k ? ' active' : ''}`}
          aria-pressed={tool === k}
          data-testid={`tool-${k}`}
          onClick={() => choose(k)}
        >
          {t(`measure.${LABEL[k]}`)}
        </button>
      ))}
      {tool || area || measure ? (
        <div className="map-tools-panel" data-testid="map-tools-panel" data-ready={tool ? ready : undefined}>
          {tool ? <p className="map-tools-hint">{t(`measure.${HINT[tool]}`)}</p> : null}
          {tool === 'query-buffer' ? (
            <label>
              {t('measure.bufferMetres')}{' '}
              <input
                type="number"
                min={1}
                max={BUFFER_M_MAX}
                step={50}
                value={bufferM}
                aria-invalid={!bufferOk}
                data-testid="tool-buffer-metres"
                onChange={(e) => setBufferM(Number(e.target.value))}
              />
              {bufferOk ? null : <span className="map-tools-error"> {t('measure.bufferInvalid')}</span>}
            </label>
          ) : null}
          {(tool && toolOwner(tool) === 'query') || area ? (
            <label>
              {t('measure.relation')}{' '}
              <select
                value={relation}
                data-testid="tool-relation"
                onChange={(e) => changeRelation(e.target.value as QueryRelation)}
              >
                <option value="intersects">{t('measure.intersects')}</option>
                <option value="within">{t('measure.within')}</option>
              </select>
            </label>
          ) : null}
          {measure ? (
            <p className="map-tools-result" data-testid="measure-result" data-done={measure.done}>
              {t(measure.kind === 'length' ? 'measure.length' : 'measure.area', { value: measure.value })}
            </p>
          ) : null}
          {area ? <QueryCount /> : null}
          <div className="map-tools-actions">
            <button type="button" className="btn" data-testid="tool-clear" onClick={clear}>
              {t('measure.clear')}
            </button>
            {tool ? (
              <button type="button" className="btn" data-testid="tool-stop" onClick={() => setTool(null)}>
                {t('measure.stop')}
              </button>
            ) : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}
