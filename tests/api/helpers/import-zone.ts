/**
 * A zone for import tests: the mini fixture plus platform `test-import`, an L-shaped area north of test-belt
 * that holds the import fixtures (tests/fixtures/import/: the 国土 TXT grid near 114.2°E 23.01°N and the
 * shapefile parcels ZK-T-001, -002 and -004) without touching test-park; ZK-T-003 lies in test-belt.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MINI_GEODATA, tempDir, testApp } from './test-app.ts';

/** The import fixtures directory. */
export const IMPORT_FIXTURES = resolve(import.meta.dirname, '../../fixtures/import');

/** The test-import platform's boundary (lon/lat). */
export const TEST_IMPORT_RING = [
  [114.15, 23.0],
  [114.4, 23.0],
  [114.4, 23.07],
  [114.27, 23.07],
  [114.27, 23.028],
  [114.15, 23.028],
  [114.15, 23.0],
];

/** A geodata directory: the mini fixture with the test-import platform added. */
export function importZoneGeodata(): { dir: string; cleanup: () => void } {
  const tmp = tempDir('zk-import-zone-');
  for (const f of readdirSync(MINI_GEODATA)) copyFileSync(join(MINI_GEODATA, f), join(tmp.dir, f));
  const path = join(tmp.dir, 'platforms.geojson');
  const fc = JSON.parse(readFileSync(path, 'utf8')) as {
    features: { properties: Record<string, unknown> }[];
  };
  const belt = fc.features[0]!;
  fc.features.push({
    ...belt,
    properties: { ...belt.properties, id: 'test-import', nameZh: '测试导入区', nameEn: 'Test Import Zone' },
    geometry: { type: 'Polygon', coordinates: [TEST_IMPORT_RING] },
  } as (typeof fc.features)[number]);
  writeFileSync(path, JSON.stringify(fc));
  return tmp;
}

/** The app over a fresh database of that zone. */
export function importZoneApp(options: Omit<Parameters<typeof testApp>[0], 'geodataDir'> = {}) {
  const geo = importZoneGeodata();
  const t = testApp({ ...options, geodataDir: geo.dir });
  return {
    ...t,
    cleanup: () => {
      t.cleanup();
      geo.cleanup();
    },
  };
}

/** The multipart form of POST /api/imports. */
export function importForm(
  file: string,
  o: { kind?: string; mapping?: unknown; crs?: string; layer?: string; bytes?: Uint8Array } = {},
): FormData {
  const form = new FormData();
  const bytes = o.bytes ?? readFileSync(join(IMPORT_FIXTURES, file));
  form.set('file', new File([new Uint8Array(bytes)], file));
  form.set('kind', o.kind ?? 'parcels');
  if (o.mapping !== undefined) form.set('mapping', JSON.stringify(o.mapping));
  if (o.crs) form.set('crs', o.crs);
  if (o.layer) form.set('layer', o.layer);
  return form;
}
