/**
 * The 三旧改造 hatch: diagonal red lines on a faint red wash, drawn on a canvas and registered with
 * map.addImage — no sprite, no network. Drawn at 2× for crisp lines on high-DPI screens.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { HATCH_IMAGE } from './layer-ids.ts';

const SIZE = 16; // CSS pixels per pattern tile
const RATIO = 2;

/** Adds the hatch image to `map` (idempotent). */
export function addHatchPattern(map: MapLibreMap): void {
  if (map.hasImage(HATCH_IMAGE)) return;
  const px = SIZE * RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = px;
  canvas.height = px;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = 'rgba(224, 49, 49, 0.18)';
  ctx.fillRect(0, 0, px, px);
  ctx.strokeStyle = 'rgba(201, 42, 42, 0.9)';
  ctx.lineWidth = 2 * RATIO;
  ctx.lineCap = 'square';
  // Three strokes so the diagonal continues seamlessly across tile edges.
  for (const offset of [-px, 0, px]) {
    ctx.beginPath();
    ctx.moveTo(offset, px);
    ctx.lineTo(offset + px, 0);
    ctx.stroke();
  }
  map.addImage(HATCH_IMAGE, ctx.getImageData(0, 0, px, px), { pixelRatio: RATIO });
}
