/**
 * Fuzzing the platform and 三旧 site importers end to end (fast-check, fixed seed): generated files — valid,
 * odd and broken attribute values (codes with spaces or 200 characters, unknown kinds, years as text, negative
 * areas), rectangles in and out of the zone, bow-ties, points, nulls — half of them byte-mutated after being
 * written (flips, truncations, inserted separators) — go through POST /api/imports, and every dry run without
 * blocking problems is committed (random mode) and reverted. Invariants: no 5xx and every error has the
 * `{ error: { code, message } }` shape; a refused commit or revert changes no row of the zone; a revert puts every
 * row back. 1,000 runs locally; 10,000 with CI=true.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, as, signIn } from './helpers/auth.ts';
import { importForm, importZoneApp } from './helpers/import-zone.ts';

const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');
const RUNS = process.env.CI === 'true' ? 10_000 : 1_000;

const t = importZoneApp();
let editor: ReturnType<typeof as>;
beforeAll(async () => {
  await addUser(t.db, { login: 'editor', role: 'editor' });
  editor = as(t.app, await signIn(t.app, 'editor'));
});
afterAll(() => t.cleanup());

/** Digest of the rows an area import may write. */
const zoneDigest = () => {
  const h = createHash('sha256');
  for (const table of ['platforms', 'redevelopment_sites', 'parcels', 'projects'])
    for (const row of t.db.prepare(`SELECT * FROM ${table} ORDER BY 1`).raw().iterate())
      h.update(JSON.stringify(row));
  return h.digest('hex');
};

const odd = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'xh-p1',
    'XH-SJ-01',
    'test-belt',
    'R-001',
    'SJ-2018-01',
    'a b',
    '../x',
    'x'.repeat(200),
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.constant(null),
  fc.boolean(),
);
const label = fc.oneof(
  fc.constantFrom(
    '产业园',
    '产业带',
    'industrial_park',
    '旧厂房',
    '旧村庄',
    'old_town',
    '工改工',
    '工改科',
    '其他',
  ),
  fc.constantFrom('拆除', '标图建库', 'completed', '完成', '镇街产业平台', '新湖镇、东岸街道', 'unknown'),
  odd,
);
const coord = fc.oneof(
  fc.double({ min: 113.2, max: 113.5, noNaN: true }),
  fc.double({ min: 114.15, max: 114.4, noNaN: true }),
  fc.constantFrom(0, -1, 180, 1e9, 23.1, 113.3),
);
const rectangle = fc
  .tuple(
    coord,
    fc.double({ min: 23.0, max: 23.2, noNaN: true }),
    fc.double({ min: 1e-5, max: 0.05, noNaN: true }),
  )
  .map(([w, s, d]) => ({
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [w + d, s],
        [w + d, s + d],
        [w, s + d],
        [w, s],
      ],
    ],
  }));
const geometry = fc.oneof(
  { weight: 6, arbitrary: rectangle },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      null,
      { type: 'Point', coordinates: [113.3, 23.1] },
      {
        type: 'Polygon',
        coordinates: [
          [
            [113.3, 23.1],
            [113.31, 23.11],
            [113.31, 23.1],
            [113.3, 23.11],
            [113.3, 23.1],
          ],
        ],
      },
      { type: 'Polygon', coordinates: [] },
    ),
  },
);
const feature = fc.record({
  properties: fc.record({
    code: odd,
    name: odd,
    kind: label,
    town: label,
    项目编号: odd,
    项目名称: odd,
    改造类型: label,
    改造方式: label,
    改造阶段: label,
    计划年度: fc.oneof(fc.integer({ min: 1980, max: 2110 }), odd),
    建筑面积: fc.oneof(fc.double({ min: -10, max: 1e6, noNaN: true }), odd),
  }),
  geometry,
});
const mutation = fc.option(
  fc.oneof(
    fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
    fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({
      op: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.constantFrom(',', '"', '}', ']', '-', 'e9', '\\u0000'),
    }),
  ),
  { freq: 2 },
);
const input = fc.record({
  kind: fc.constantFrom('platforms', 'redevelopment'),
  features: fc.array(feature, { minLength: 0, maxLength: 4 }),
  mutation,
  mode: fc.constantFrom('insert', 'update', 'upsert'),
});

type Input = typeof input extends fc.Arbitrary<infer T> ? T : never;

function bytesOf(i: Input): Uint8Array {
  const text = JSON.stringify({
    type: 'FeatureCollection',
    features: i.features.map((f) => ({ type: 'Feature', ...f })),
  });
  const b = new TextEncoder().encode(text);
  const m = i.mutation;
  if (!m || b.length === 0) return b;
  const at = m.at % b.length;
  if (m.op === 'flip') b[at] = b[at]! ^ (1 << m.bit);
  if (m.op === 'truncate') return b.slice(0, at);
  if (m.op === 'insert')
    return new Uint8Array([...b.slice(0, at), ...new TextEncoder().encode(m.text), ...b.slice(at)]);
  return b;
}

const tally = { staged: 0, refused4xx: 0, committed: 0, commitRefused: 0, reverted: 0, revertRefused: 0 };

async function errorShaped(res: Response) {
  expect(res.status, await res.clone().text()).toBeLessThan(500);
  const body = (await res.json()) as { error?: { code?: unknown; message?: unknown } };
  expect(typeof body.error?.code).toBe('string');
  expect(typeof body.error?.message).toBe('string');
}

describe('fuzzing platform and 三旧 imports', () => {
  it(`${RUNS} generated and mutated files: no 5xx, no partial write, every revert exact`, async () => {
    await fc.assert(
      fc.asyncProperty(input, async (i) => {
        const before = zoneDigest();
        const res = await editor('/api/imports', {
          method: 'POST',
          form: importForm('fuzz.geojson', { kind: i.kind, bytes: bytesOf(i) }),
        });
        if (res.status !== 201) {
          tally.refused4xx++;
          await errorShaped(res);
          expect(zoneDigest()).toBe(before);
          return;
        }
        tally.staged++;
        const s = (await res.json()) as { id: string; blockingRecords: number[] };
        expect(zoneDigest()).toBe(before);
        const commit = await editor(`/api/imports/${s.id}/commit`, {
          method: 'POST',
          json: { mode: i.mode },
        });
        if (commit.status !== 200) {
          tally.commitRefused++;
          await errorShaped(commit);
          expect(zoneDigest()).toBe(before);
          return;
        }
        tally.committed++;
        const after = zoneDigest();
        const revert = await editor(`/api/imports/${s.id}/revert`, { method: 'POST' });
        if (revert.status !== 200) {
          tally.revertRefused++;
          await errorShaped(revert);
          expect(zoneDigest()).toBe(after);
          return;
        }
        tally.reverted++;
        expect(zoneDigest()).toBe(before);
      }),
      { numRuns: RUNS, seed: 140014, endOnFailure: true },
    );
    // The counts, for the record (tests/artifacts/ is git-ignored).
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(
      join(ARTIFACTS, 'import-areas-fuzz.json'),
      JSON.stringify({ runs: RUNS, ...tally }, null, 1),
    );
    expect(tally.staged + tally.refused4xx).toBe(RUNS);
    expect(tally.committed).toBeGreaterThan(0);
  }, 1_800_000);
});
