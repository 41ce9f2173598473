/**
 * The map tools: the toolbar's list and each tool's terra-draw mode and owner. What a finished shape means (a
 * measure, a query area) is in shape-math.ts, loaded with the first drawing: it carries turf's buffer code.
 */
import type { DrawKind } from './draw-session.ts';

/** The tools of the toolbar. */
export const TOOLS = [
  'measure-line',
  'measure-area',
  'query-polygon',
  'query-rectangle',
  'query-buffer',
] as const;
export type Tool = (typeof TOOLS)[number];

/** The terra-draw mode of each tool. */
export const DRAW_KIND: Record<Tool, DrawKind> = {
  'measure-line': 'linestring',
  'measure-area': 'polygon',
  'query-polygon': 'polygon',
  'query-rectangle': 'rectangle',
  'query-buffer': 'linestring',
};

/** Whether a tool measures or selects (its owner in client/state/map-tool.ts). */
export const toolOwner = (tool: Tool): 'measure' | 'query' =>
  tool.startsWith('measure') ? 'measure' : 'query';
