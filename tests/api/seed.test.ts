/**
 * The seed: first start on an empty path creates and fills the database, later starts add nothing, and a
 * broken geodata file fails with a message naming the file and record while leaving the database empty.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/open.ts';
import { loadGeodata } from '../../server/seed/load-geodata.ts';
import { SeedError, seedDatabase, seedDataset } from '../../server/seed/seed-database.ts';
import { startServer } from '../../server/serve.ts';
import { MINI_GEODATA, tempDir } from './helpers/test-app.ts';

const TABLES = [
  'meta',
  'platforms',
  'parcels',
  'parcel_rtree',
  'projects',
  'parcel_projects',
  'land_events',
  'redevelopment_sites',
  'targets',
  'tech_upgrades',
  'context_features',
];

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
function tmp() {
  const t = tempDir('zk-seed-');
  cleanups.push(t.cleanup);
  return t.dir;
}

/** Row count of every table of the database at `path`. */
function counts(path: string): Record<string, number> {
  const db = openDatabase(path);
  try {
    return Object.fromEntries(
      TABLES.map((t) => [t, Number(db.prepare(`SELECT count(*) FROM ${t}`).pluck().get())]),
    );
  } finally {
    db.close();
  }
}

/** A copy of the fixture geodata with `edit` applied to the parsed JSON of `file`. */
function brokenGeodata(
  file: string,
  edit: (
    json: { features: { properties: Record<string, unknown>; geometry: unknown }[] } & Record<
      string,
      unknown
    >[],
  ) => void,
): string {
  const dir = join(tmp(), 'geodata');
  cpSync(MINI_GEODATA, dir, { recursive: true });
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, JSON.stringify(json));
  return dir;
}

/** Seeds `geodataDir` into a new database and returns the thrown error and the table counts afterwards. */
function failedSeed(geodataDir: string): { error: unknown; rows: Record<string, number> } {
  const dbPath = join(tmp(), 'db.sqlite');
  const db = openDatabase(dbPath);
  let error: unknown = null;
  try {
    seedDatabase(db, geodataDir);
  } catch (e) {
    error = e;
  } finally {
    db.close();
  }
  return { error, rows: counts(dbPath) };
}

const empty = Object.fromEntries(TABLES.map((t) => [t, 0]));

describe('first start on an empty path', () => {
  it('creates the directory and database, seeds it, and a second start duplicates nothing', async () => {
    const dbPath = join(tmp(), 'nested', 'dir', 'zhongkai.sqlite');
    const first = await startServer({ port: 0, dbPath, geodataDir: MINI_GEODATA });
    const health1 = (await (await fetch(`${first.url}/api/health`)).json()) as {
      counts: unknown;
      dataVersion: string;
    };
    await first.close();
    const after1 = counts(dbPath);
    expect(after1).toMatchObject({
      platforms: 2,
      parcels: 6,
      parcel_rtree: 6,
      projects: 7,
      parcel_projects: 3,
    });
    expect(after1.land_events).toBe(15);
    expect(after1.context_features).toBe(4);

    const second = await startServer({ port: 0, dbPath, geodataDir: MINI_GEODATA });
    const health2 = (await (await fetch(`${second.url}/api/health`)).json()) as {
      counts: unknown;
      dataVersion: string;
    };
    await second.close();
    expect(health2).toEqual({ ...health1, time: expect.any(String) });
    expect(counts(dbPath)).toEqual(after1);
  });

  it('listens on an ephemeral port when asked for port 0 and reports its URL', async () => {
    const server = await startServer({ port: 0, dbPath: join(tmp(), 'a.sqlite'), geodataDir: MINI_GEODATA });
    try {
      expect(server.port).toBeGreaterThan(0);
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    } finally {
      await server.close();
    }
  });
});

describe('seedDatabase', () => {
  it('is idempotent: seeding a seeded database does nothing', () => {
    const dbPath = join(tmp(), 'db.sqlite');
    const db = openDatabase(dbPath);
    const first = seedDatabase(db, MINI_GEODATA);
    const second = seedDatabase(db, MINI_GEODATA);
    db.close();
    expect(first.seeded).toBe(true);
    expect(second).toEqual({ seeded: false, dataVersion: first.dataVersion });
    expect(counts(dbPath).parcels).toBe(6);
  });

  it('records the as-of date and a data version derived from the file bytes', () => {
    const db = openDatabase(join(tmp(), 'db.sqlite'));
    const { dataVersion } = seedDatabase(db, MINI_GEODATA);
    expect(db.prepare("SELECT value FROM meta WHERE key = 'asOf'").pluck().get()).toBe('2018-03-09');
    db.close();
    expect(dataVersion).toMatch(/^[0-9a-f]{12}$/);
    const changed = brokenGeodata('targets.json', (json) => {
      json[0]!.value = 61;
    });
    expect(loadGeodata(changed).dataVersion).not.toBe(dataVersion);
  });

  it('computes areas from the geometry and ignores areas given in the input', () => {
    const dir = brokenGeodata('parcels.geojson', (json) => {
      json.features[0]!.properties.areaM2 = 1;
      json.features[0]!.properties.areaMu = 1;
    });
    const p1 = loadGeodata(dir).parcels.find((p) => p.id === 'P-001')!;
    expect(p1.areaM2).toBeCloseTo(45532.17, 1);
    expect(p1.version).toBe(1);
  });

  it('rejects a self-intersecting (bowtie) parcel naming file and record, leaving the database empty', () => {
    const dir = brokenGeodata('parcels.geojson', (json) => {
      json.features[2]!.geometry = {
        type: 'Polygon',
        coordinates: [
          [
            [114.24, 22.985],
            [114.242, 22.987],
            [114.242, 22.985],
            [114.24, 22.987],
            [114.24, 22.985],
          ],
        ],
      };
    });
    const { error, rows } = failedSeed(dir);
    expect(error).toBeInstanceOf(SeedError);
    expect((error as SeedError).message).toMatch(
      /^parcels\.geojson \[P-003\]: invalid geometry \(self_intersection\)/,
    );
    expect(rows).toEqual(empty);
  });

  it('rejects an unknown enum value naming file, record and field', () => {
    const dir = brokenGeodata('parcels.geojson', (json) => {
      json.features[1]!.properties.state = 'sold';
    });
    const { error, rows } = failedSeed(dir);
    expect((error as SeedError).message).toMatch(/^parcels\.geojson \[#1 P-002\]: properties\.state: /);
    expect(rows).toEqual(empty);
  });

  it.each([
    [
      'projects.json',
      (json: Record<string, unknown>[]) => {
        json[2]!.parcelIds = ['P-404'];
      },
      'projects.json [proj-003]: unknown parcelId P-404',
    ],
    [
      'projects.json',
      (json: Record<string, unknown>[]) => {
        json[0]!.stage = 'won';
      },
      'projects.json [#0 proj-001]: stage: ',
    ],
    [
      'redevelopment.geojson',
      (json: { features: { properties: Record<string, unknown> }[] }) => {
        json.features[0]!.properties.platformId = 'atlantis';
      },
      'redevelopment.geojson [R-001]: unknown platformId atlantis',
    ],
    [
      'targets.json',
      (json: Record<string, unknown>[]) => {
        json[3]!.scope = 'atlantis';
      },
      'targets.json [T-4]: unknown scope atlantis',
    ],
  ])('rejects a broken reference or value in %s', (file, edit, message) => {
    const dir = brokenGeodata(file, edit as never);
    const { error, rows } = failedSeed(dir);
    expect((error as Error).message.startsWith(message)).toBe(true);
    expect(rows).toEqual(empty);
  });

  it('names a file that is missing or not JSON', () => {
    const missing = join(tmp(), 'geodata');
    cpSync(MINI_GEODATA, missing, { recursive: true });
    rmSync(join(missing, 'projects.json'));
    expect(() => loadGeodata(missing)).toThrow(/^projects\.json: missing from /);
    writeFileSync(join(missing, 'projects.json'), '[{"id": ');
    expect(() => loadGeodata(missing)).toThrow(/^projects\.json: not valid JSON/);
  });

  it('writes in one transaction: a failure part-way through leaves nothing behind', () => {
    const data = loadGeodata(MINI_GEODATA);
    // Bypass the loader's checks: the last parcel points at a platform that does not exist (foreign key).
    const last = data.parcels[data.parcels.length - 1]!;
    data.parcels[data.parcels.length - 1] = { ...last, platformId: 'atlantis' };
    const dbPath = join(tmp(), 'db.sqlite');
    const db = openDatabase(dbPath);
    expect(() => seedDataset(db, data)).toThrow(/FOREIGN KEY/);
    db.close();
    expect(counts(dbPath)).toEqual(empty);
  });

  it('migrates once: user_version is the newest migration (017) and reopening applies nothing', () => {
    const dbPath = join(tmp(), 'db.sqlite');
    openDatabase(dbPath).close();
    const db = openDatabase(dbPath);
    expect(db.pragma('user_version', { simple: true })).toBe(17);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('gives a database seeded before zone settings existed the geodata zone name, not the empty zone', () => {
    const dbPath = join(tmp(), 'db.sqlite');
    const db = openDatabase(dbPath);
    seedDatabase(db, 'geodata');
    db.prepare('DELETE FROM settings').run(); // as after upgrading a database seeded before migration 009
    expect(seedDatabase(db, 'geodata').seeded).toBe(false);
    const get = (key: string) =>
      JSON.parse(db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string);
    expect(get('nameZh')).toBe('仲恺');
    expect(get('towns')).toEqual(expect.arrayContaining(['惠环', '陈江', '潼侨', '沥林']));
    db.close();
  });
});
