/**
 * Seeded random requests over every route and every parameter of the API: each parameter gets, at random,
 * a value valid for it (so deep code paths run), a value valid for another parameter, or a hostile one
 * (hex and exponent numbers, years 0000–0099, impossible days, control and bidi characters, huge and empty
 * strings, SQL and path fragments); unknown, repeated and array-style parameter names are mixed in; the one
 * write gets random bodies and media types. Ids come from the fixture dataset (tests/fixtures/geodata-mini).
 */

import {
  INDUSTRIES,
  LAND_STATES,
  LAND_USES,
  ORIGINS,
  PROJECT_STAGES,
  REDEVELOPMENT_MODES,
  REDEVELOPMENT_STAGES,
  REDEVELOPMENT_TYPES,
  TARGET_METRICS,
} from '../../../domain/enums.ts';
import { CONTEXT_LAYERS } from '../../../domain/geodata-files.ts';
import { pick } from './random.ts';

type Rand = () => number;
type Gen = (r: Rand) => string;

const PARCELS = ['P-001', 'P-002', 'P-003', 'P-004', 'P-005', 'P-006'];
const PROJECTS = ['proj-001', 'proj-002', 'proj-003', 'proj-004', 'proj-005', 'proj-006', 'proj-007'];
const PLATFORMS = ['test-belt', 'test-park'];

/** Values no parameter should choke on. */
const HOSTILE = [
  '',
  ' ',
  '0',
  '-1',
  '1e3',
  '1e400',
  '0x50',
  '0b11',
  '+5',
  'NaN',
  'Infinity',
  '-0',
  '9'.repeat(40),
  '0050-01-01',
  '0000-00-00',
  '2018-02-30',
  '1899-12-31',
  '2101-01-01',
  '9999-12-31',
  '2018-3-9',
  '２０１８-03-09',
  'true',
  'null',
  'undefined',
  '[]',
  '{}',
  '\u0000',
  'a\u0000b',
  '\u202egnp.exe',
  '\u2066x\u2069',
  '\ud800',
  '😀',
  '仲恺',
  "' OR 1=1 --",
  '"; DROP TABLE parcels; --',
  '../../../etc/passwd',
  '%00',
  '%ZZ',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  ',,,,',
  '1,2,3',
  '114,22,115,24',
  '-181,0,0,1',
  '114.3,23.1,114.2,22.9',
  'x'.repeat(5000),
];

const numberish: Gen = (r) =>
  pick(r, ['0', '0.5', '12', '123.45', '-3', '.5', '3.', '1000000', String(r() * 1000)]);
const dateish: Gen = (r) =>
  pick(r, ['2018-03-09', '2017-01-01', '2020-02-29', '1900-01-01', '2100-12-31', '2019-12-31', '2018-06-30']);
const bboxish: Gen = (r) => {
  const lon = 114 + r() * 0.6;
  const lat = 22.8 + r() * 0.4;
  return pick(r, [
    `${lon},${lat},${lon + r() * 0.3},${lat + r() * 0.2}`,
    '114.1,22.9,114.5,23.2',
    '-180,-90,180,90',
  ]);
};
const enumOf =
  (values: readonly string[]): Gen =>
  (r) =>
    r() < 0.7 ? pick(r, values) : `${pick(r, values)},${pick(r, values)}`;
const boolish: Gen = (r) => pick(r, ['true', 'false', '1', '0', 'TRUE', 'yes']);
const textish: Gen = (r) => pick(r, ['ZK', '佰维', 'P-00', 'belt', 'a b', '  x  ']);
const yearish: Gen = (r) => pick(r, ['2018', '2019', '2020', '1900', '2100']);
const intish: Gen = (r) => pick(r, ['1', '5', '20', '200', '100000', '100001']);
const slackish: Gen = (r) =>
  pick(r, ['0', '0.3', '0.25', '1', '2', '2.01', String(Math.round(r() * 200) / 100)]);

/** Every route: method, path builder and its query parameters with their valid-value generators. */
type Route = { weight: number; path: (r: Rand) => string; query: Record<string, Gen>; method?: 'POST' };

/** Percent-encodes a path segment; a lone surrogate (not encodable) becomes the invalid UTF-8 it would be. */
const segment = (s: string): string => {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80';
  }
};

const id = (valid: readonly string[]) => (r: Rand) =>
  segment(r() < 0.8 ? pick(r, valid) : pick(r, HOSTILE).slice(0, 300));

const PARCEL_QUERY: Record<string, Gen> = {
  bbox: bboxish,
  platform: enumOf(PLATFORMS),
  state: enumOf(LAND_STATES),
  landUse: enumOf(LAND_USES),
  industry: enumOf(INDUSTRIES),
  minAreaMu: numberish,
  maxAreaMu: numberish,
  q: textish,
  limit: intish,
};
const LB_QUERY: Record<string, Gen> = {
  platform: enumOf(PLATFORMS),
  industry: enumOf(INDUSTRIES),
  horizon: dateish,
  refDate: dateish,
  includeReserve: boolish,
  includeRedevelopment: boolish,
  slack: slackish,
};

/** The routes and their relative frequency (worker jobs — matching, PDFs, exports, backups — less often). */
export const ROUTES: Route[] = [
  { weight: 2, path: () => '/api/health', query: {} },
  { weight: 1, path: () => '/api/ready', query: {} },
  { weight: 1, path: () => '/api/config', query: {} },
  { weight: 3, path: () => '/api/platforms', query: {} },
  { weight: 3, path: (r) => `/api/platforms/${id(PLATFORMS)(r)}`, query: {} },
  { weight: 12, path: () => '/api/parcels', query: PARCEL_QUERY },
  { weight: 8, path: (r) => `/api/parcels/${id(PARCELS)(r)}`, query: { refDate: dateish } },
  {
    weight: 10,
    method: 'POST',
    path: (r) => `/api/parcels/${id(PARCELS)(r)}/transitions`,
    query: { refDate: dateish },
  },
  {
    weight: 6,
    path: () => '/api/projects',
    query: {
      platform: enumOf(PLATFORMS),
      stage: enumOf(PROJECT_STAGES),
      industry: enumOf(INDUSTRIES),
      origin: enumOf(ORIGINS),
      q: textish,
    },
  },
  { weight: 3, path: (r) => `/api/projects/${id(PROJECTS)(r)}`, query: {} },
  { weight: 2, path: (r) => `/api/projects/${id(PROJECTS)(r)}/candidates`, query: LB_QUERY },
  { weight: 6, path: () => '/api/land-balance', query: LB_QUERY },
  { weight: 3, path: () => '/api/land-balance/matches', query: LB_QUERY },
  {
    weight: 4,
    path: () => '/api/redevelopment',
    query: {
      platform: enumOf(PLATFORMS),
      type: enumOf(REDEVELOPMENT_TYPES),
      mode: enumOf(REDEVELOPMENT_MODES),
      stage: enumOf(REDEVELOPMENT_STAGES),
      year: yearish,
    },
  },
  {
    weight: 3,
    path: () => '/api/targets',
    query: { scope: enumOf(['zone', ...PLATFORMS]), year: yearish, metric: enumOf(TARGET_METRICS) },
  },
  { weight: 2, path: () => '/api/tech-upgrades', query: {} },
  { weight: 3, path: (r) => `/api/layers/${id(CONTEXT_LAYERS)(r)}`, query: {} },
  { weight: 5, path: () => '/api/search', query: { q: textish, limit: intish } },
  { weight: 5, path: () => '/api/dashboard', query: { platform: enumOf(PLATFORMS), refDate: dateish } },
  { weight: 4, path: () => '/api/idle-land', query: { refDate: dateish, platform: enumOf(PLATFORMS) } },
  { weight: 0.5, path: (r) => `/api/reports/parcels/${id(PARCELS)(r)}.pdf`, query: { refDate: dateish } },
  { weight: 0.5, path: (r) => `/api/reports/platforms/${id(PLATFORMS)(r)}.pdf`, query: {} },
  {
    weight: 1,
    path: (r) => `/api/exports/parcels.${pick(r, ['xlsx', 'csv', 'geojson', 'kml', 'shp.zip', 'txt'])}`,
    query: {
      ...PARCEL_QUERY,
      crs: (r) => pick(r, ['EPSG:4490', 'EPSG:4547', 'EPSG:4326', 'EPSG:3857', 'EPSG:4526', 'EPSG:9999']),
      encoding: (r) => pick(r, ['gbk', 'utf-8', 'latin1']),
    },
  },
  { weight: 2, path: (r) => `/api/tiles/${pick(r, ['parcels', 'redevelopment', 'x'])}.json`, query: {} },
  {
    weight: 4,
    path: (r) => {
      const z = Math.floor(r() * 18);
      const n = 2 ** Math.min(z, 16);
      // Tiles around the zone (114.3°E, 23.0°N), sometimes far off it.
      const x = Math.floor(((114.3 + 180) / 360) * n + (r() < 0.2 ? r() * 100 : 0));
      const lat = (23 * Math.PI) / 180;
      const y = Math.floor(((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * n);
      const last = r() < 0.9 ? `${y}.mvt` : segment(pick(r, HOSTILE));
      return `/api/tiles/${pick(r, ['parcels', 'redevelopment', 'roads'])}/${z}/${x}/${last}`;
    },
    query: { v: (r) => pick(r, ['abc', '']) },
  },
  { weight: 0.2, path: () => '/api/admin/backup', query: {} },
  {
    weight: 2,
    path: (r) =>
      pick(r, ['/api/nope', '/api', '/api/parcels/P-001/extra', '/api/reports/x.pdf', '/api//parcels']),
    query: {},
  },
];

const TOTAL_WEIGHT = ROUTES.reduce((s, r) => s + r.weight, 0);

function pickRoute(r: Rand): Route {
  let x = r() * TOTAL_WEIGHT;
  for (const route of ROUTES) {
    x -= route.weight;
    if (x <= 0) return route;
  }
  return ROUTES[0]!;
}

/** A value for a parameter: 60 % valid for it, 15 % valid for some other parameter, 25 % hostile. */
function valueFor(r: Rand, gen: Gen, all: readonly Gen[]): string {
  const x = r();
  if (x < 0.6) return gen(r);
  if (x < 0.75 && all.length) return pick(r, all)(r);
  return pick(r, HOSTILE);
}

/** The query string of a request to `route`. */
function queryOf(r: Rand, route: Route): string {
  const params = new URLSearchParams();
  const entries = Object.entries(route.query);
  const gens = entries.map(([, g]) => g);
  for (const [name, gen] of entries) {
    if (r() < 0.35) params.append(name, valueFor(r, gen, gens));
    if (r() < 0.03) params.append(name, valueFor(r, gen, gens));
  }
  const x = r();
  if (x < 0.04) params.append(pick(r, ['foo', 'State', 'limit2', '_']), '1');
  else if (x < 0.07 && entries.length) params.append(`${pick(r, entries)[0]}[]`, pick(r, HOSTILE));
  return params.size ? `?${params.toString()}` : '';
}

/** A random body for POST …/transitions. */
function transitionBody(r: Rand): { body: string; type: string } {
  const type =
    r() < 0.9
      ? 'application/json'
      : pick(r, ['text/plain', 'application/x-www-form-urlencoded', '', 'application/vnd.api+json']);
  const x = r();
  if (x < 0.05) return { body: pick(r, ['{', '', 'null', '[]', '"x"', '{"to":', 'x'.repeat(20_000)]), type };
  const field = (valid: () => unknown) =>
    r() < 0.7 ? valid() : pick(r, [...HOSTILE, 0, -1, 1.5, null, true, [], {}, 1e308]);
  const body: Record<string, unknown> = {};
  if (r() < 0.9) body.to = field(() => pick(r, LAND_STATES));
  if (r() < 0.9) body.date = field(() => dateish(r));
  if (r() < 0.5) body.note = field(() => pick(r, ['挂牌公告', 'line1\nline2', '']));
  if (r() < 0.9) body.who = field(() => pick(r, ['张工', 'planner']));
  if (r() < 0.9) body.version = field(() => Math.floor(r() * 4));
  if (r() < 0.2) body.contract = field(() => ({ signed: dateish(r), agreedStart: dateish(r) }));
  if (r() < 0.15) body.landPriceWan = field(() => Math.round(r() * 10_000));
  if (r() < 0.05) body.extra = 'x';
  return { body: JSON.stringify(body), type };
}

/** One random request (path with query, and init for fetch / app.request). */
export function randomRequest(r: Rand): { path: string; init: RequestInit } {
  const route = pickRoute(r);
  const path = route.path(r) + queryOf(r, route);
  if (route.method === 'POST') {
    const { body, type } = transitionBody(r);
    return { path, init: { method: 'POST', headers: type ? { 'Content-Type': type } : {}, body } };
  }
  if (r() < 0.02) return { path, init: { method: pick(r, ['DELETE', 'PUT', 'PATCH']) } };
  return { path, init: { method: 'GET' } };
}
