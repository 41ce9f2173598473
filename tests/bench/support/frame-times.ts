/**
 * Pan/zoom frame times of a maplibre page: from a common view (the parcels' centre at FRAME_START_ZOOM), a
 * scripted sequence of animated zooms and pans (each FRAME_STEP_MS long, the next started at the previous one's
 * `moveend`), with the interval between successive requestAnimationFrame callbacks recorded throughout. Tiles the
 * sequence reaches load during it, as they do for a user. The same sequence runs on every page.
 */
import type { Page } from 'playwright-core';
import { stats } from './stats.ts';

/** Zoom of the common start view: the zone's core at a planner's working scale (parcels drawn, codes not yet). */
export const FRAME_START_ZOOM = 12;
/** Duration of each animated step (ms). */
export const FRAME_STEP_MS = 1000;

export interface FrameTimes {
  frames: number;
  p50: number;
  p95: number;
  max: number;
}

/**
 * Runs the sequence on the map at `window[mapVar]` after framing `centre` and waiting for the map to be idle;
 * returns the frame intervals' median, 95th percentile and maximum (ms).
 */
export async function panZoomFrames(
  page: Page,
  mapVar: string,
  centre: [number, number],
): Promise<FrameTimes> {
  const intervals = await page.evaluate(
    async ({ mapVar, centre, zoom, step }) => {
      type M = {
        jumpTo(o: object): void;
        zoomTo(z: number, o: object): void;
        panBy(p: [number, number], o: object): void;
        once(e: string, f: () => void): void;
        loaded(): boolean;
        areTilesLoaded(): boolean;
        triggerRepaint(): void;
      };
      const m = (window as unknown as Record<string, M>)[mapVar]!;
      const idle = () =>
        new Promise<void>((done) => {
          const check = () => (m.loaded() && m.areTilesLoaded() ? done() : m.once('idle', check));
          m.once('idle', check);
          m.triggerRepaint();
        });
      m.jumpTo({ center: centre, zoom });
      await idle();
      const out: number[] = [];
      let last = -1;
      let on = true;
      const tick = (t: number) => {
        if (last >= 0) out.push(t - last);
        last = t;
        if (on) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const move = (f: () => void) =>
        new Promise<void>((done) => {
          m.once('moveend', done);
          f();
        });
      const o = { duration: step };
      await move(() => m.zoomTo(zoom + 1, o));
      await move(() => m.panBy([320, 0], o));
      await move(() => m.zoomTo(zoom + 2, o));
      await move(() => m.panBy([-240, 180], o));
      await move(() => m.zoomTo(zoom + 1, o));
      await move(() => m.panBy([0, -300], o));
      await move(() => m.zoomTo(zoom, o));
      on = false;
      return out;
    },
    { mapVar, centre, zoom: FRAME_START_ZOOM, step: FRAME_STEP_MS },
  );
  const s = stats(intervals);
  return { frames: intervals.length, p50: s.p50, p95: s.p95, max: Math.max(...intervals) };
}
