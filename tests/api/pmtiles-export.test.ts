/**
 * `npm run tiles` on the fixture: the archive, read with the `pmtiles` package, holds exactly the tiles
 * GET /api/tiles serves (same MVT bytes for every tile of the fixture's area at zooms 10–16, nothing where the
 * API answers 204), with the dataset's bounds and the layer's fields in its metadata.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PMTiles, type Source } from 'pmtiles';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { exportPmtiles } from '../../server/tiles/export-pmtiles.ts';
import { seededDb, tempDir } from './helpers/test-app.ts';

const s = seededDb();
const tmp = tempDir('zk-pmtiles-');
afterAll(() => {
  s.cleanup();
  tmp.cleanup();
});

const fileSource = (path: string): Source => {
  const bytes = readFileSync(path);
  return {
    getKey: () => path,
    getBytes: async (offset, length) => ({
      data: bytes.buffer.slice(
        bytes.byteOffset + offset,
        bytes.byteOffset + Math.min(offset + length, bytes.length),
      ),
    }),
  };
};

const tileOf = (lon: number, lat: number, z: number) => {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  return {
    x: Math.floor(((lon + 180) / 360) * n),
    y: Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n),
  };
};

describe('PMTiles export', () => {
  it('holds the tiles the API serves, byte for byte', async () => {
    const path = join(tmp.dir, 'parcels.pmtiles');
    const r = await exportPmtiles(s.db, path, { layer: 'parcels', minZoom: 10, maxZoom: 16 });
    expect(r.tiles).toBeGreaterThan(7);
    const pm = new PMTiles(fileSource(path));
    const h = await pm.getHeader();
    expect(h).toMatchObject({ minZoom: 10, maxZoom: 16, tileType: 1 });
    const meta = (await pm.getMetadata()) as {
      vector_layers: { id: string; fields: Record<string, string> }[];
    };
    expect(meta.vector_layers[0]).toMatchObject({
      id: 'parcels',
      fields: { code: 'String', areaMu: 'Number' },
    });
    const app = createApp({ db: s.db });
    let compared = 0;
    for (let z = 10; z <= 16; z++) {
      const a = tileOf(h.minLon, h.maxLat, z);
      const b = tileOf(h.maxLon, h.minLat, z);
      for (let x = a.x; x <= b.x; x++) {
        for (let y = a.y; y <= b.y; y++) {
          const res = await app.request(`/api/tiles/parcels/${z}/${x}/${y}.mvt`, {
            headers: { 'Accept-Encoding': 'gzip' },
          });
          const fromArchive = await pm.getZxy(z, x, y);
          if (res.status === 204) {
            expect(fromArchive, `${z}/${x}/${y}`).toBeUndefined();
            continue;
          }
          const api = gunzipSync(new Uint8Array(await res.arrayBuffer()));
          expect(Buffer.from(fromArchive!.data).equals(api), `${z}/${x}/${y}`).toBe(true);
          compared++;
        }
      }
    }
    expect(compared).toBe(r.tiles);
  });
});
