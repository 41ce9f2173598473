/**
 * `npm run tiles -- <file>.pmtiles [--layer parcels|redevelopment] [--min-zoom 0] [--max-zoom 16]`: writes the
 * vector tiles of the database at DB_PATH as a PMTiles archive for static hosting (see the README).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from './db/open.ts';
import { readEnv } from './env.ts';
import { TILE_MAX_ZOOM } from './tiles/encode-tile.ts';
import { DEFAULT_EXPORT, exportPmtiles } from './tiles/export-pmtiles.ts';
import { TILE_LAYERS } from './tiles/tile-layers.ts';

const USAGE =
  'usage: npm run tiles -- <file>.pmtiles [--layer parcels|redevelopment] [--min-zoom n] [--max-zoom n]';

function zoom(name: string, v: string | undefined, fallback: number): number {
  if (v == null) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > TILE_MAX_ZOOM)
    throw new Error(`--${name}: expected 0–${TILE_MAX_ZOOM}`);
  return n;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { layer: { type: 'string' }, 'min-zoom': { type: 'string' }, 'max-zoom': { type: 'string' } },
  });
  const file = positionals[0];
  if (!file?.endsWith('.pmtiles') || positionals.length !== 1) throw new Error(USAGE);
  const layer = TILE_LAYERS.find((l) => l === (values.layer ?? DEFAULT_EXPORT.layer));
  if (!layer) throw new Error(`--layer: one of ${TILE_LAYERS.join(', ')}`);
  const minZoom = zoom('min-zoom', values['min-zoom'], DEFAULT_EXPORT.minZoom);
  const maxZoom = zoom('max-zoom', values['max-zoom'], DEFAULT_EXPORT.maxZoom);
  if (minZoom > maxZoom) throw new Error('--min-zoom is greater than --max-zoom');
  const { DB_PATH } = readEnv();
  if (!existsSync(DB_PATH))
    throw new Error(`no database at ${DB_PATH} (start the server once, or set DB_PATH)`);
  const db = openDatabase(DB_PATH);
  const t0 = performance.now();
  const r = await exportPmtiles(db, file, { layer, minZoom, maxZoom });
  db.close();
  const s = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(
    `${file}: ${r.tiles} tiles (${r.contents} distinct), ${(r.bytes / 1e6).toFixed(1)} MB in ${s} s`,
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
