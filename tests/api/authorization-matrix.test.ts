/**
 * The authorization matrix: EVERY non-GET route of the app, read from the Hono router (`app.routes`), so a route
 * added later is checked without anyone listing it, × five callers: anonymous, viewer, an editor limited to
 * another platform, an editor, an admin. A refused request must answer 401 (no session) or 403 and write nothing
 * (every data table unchanged, audit row count included). Routes this file knows get a valid body and must
 * succeed (2xx) for the callers allowed; for routes it does not know (added later by others) it expects the
 * default rule — anonymous 401, viewer and other-platform editor 403, nothing written — and that editors and
 * admins are not refused (401/403).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countAudit } from '../../server/db/queries/audit.ts';
import { addUser, as, GOOD_PASSWORD, login, ORIGIN, sessionCookie, signIn } from './helpers/auth.ts';
import { dataDigest } from './helpers/db-digest.ts';
import { testApp } from './helpers/test-app.ts';

const { app, db, cleanup } = testApp();
afterAll(cleanup);

const CALLERS = ['anonymous', 'viewer', 'otherEditor', 'editor', 'admin'] as const;
type Caller = (typeof CALLERS)[number];

/** Who each known route admits (literal, from the issue: writes need an editor, accounts an admin). */
type Access = 'public' | 'signed_in' | 'editor' | 'admin';
const ADMITS: Record<Access, readonly Caller[]> = {
  public: CALLERS,
  signed_in: ['viewer', 'otherEditor', 'editor', 'admin'],
  editor: ['editor', 'admin'],
  admin: ['admin'],
};

const NEW_PASSWORD = 'tidal basin 7 lanterns';
let targetId = 0;
let created = 0;
/** Parcels drawn so far by POST /api/parcels (each in its own spot). */
let drawn = 0;
const cookies = new Map<Caller, string | null>();

/** A known route: who it admits, a valid request for `caller`, the 2xx it answers, whether it is audited. */
type Known = {
  access: Access;
  path: (caller: Caller) => string;
  /** A multipart body (imports) instead of JSON. */
  form?: () => FormData;
  body?: (caller: Caller) => unknown;
  /** Request headers (If-Match with the record's current version). */
  headers?: () => Record<string, string>;
  ok: number;
  audited: boolean;
  /** Sign in afresh for this route (it ends or changes the caller's session). */
  freshSession?: boolean;
};

/** P-002 (platform test-belt) moves ready → listed, then back (挂牌 → 净地可供, 流拍). */
const transitionBody = () => {
  const p = db.prepare(`SELECT state, version FROM parcels WHERE id = 'P-002'`).get() as {
    state: string;
    version: number;
  };
  return { to: p.state === 'ready' ? 'listed' : 'ready', date: '2018-03-09', version: p.version };
};

/** If-Match with the current version of a row (the ETag a GET would answer). */
const ifMatch = (table: string, id: string) => () => ({
  'If-Match': `"${db.prepare(`SELECT version FROM ${table} WHERE id = ?`).pluck().get(id)}"`,
});

const KNOWN: Record<string, Known> = {
  'PATCH /api/parcels/:id': {
    access: 'editor',
    path: () => '/api/parcels/P-002',
    body: () => ({ notes: `备注 ${++created}` }),
    headers: ifMatch('parcels', 'P-002'),
    ok: 200,
    audited: true,
  },
  // Moving P-002's east edge 0.0005° west (inside its own outline: no overlap, inside test-belt).
  'PATCH /api/parcels/:id/geometry': {
    access: 'editor',
    path: () => '/api/parcels/P-002/geometry',
    body: () => ({
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [114.22, 22.98],
            [114.2235, 22.98],
            [114.2235, 22.983],
            [114.22, 22.983],
            [114.22, 22.98],
          ],
        ],
      },
    }),
    headers: ifMatch('parcels', 'P-002'),
    ok: 200,
    audited: true,
  },
  // P-001 and P-002 share no edge: the merge is refused by the rule (422) once the rights are granted.
  'POST /api/parcels/merge': {
    access: 'editor',
    path: () => '/api/parcels/merge',
    body: () => ({
      ids: ['P-001', 'P-002'],
      versions: ['P-001', 'P-002'].map((id) =>
        db.prepare('SELECT version FROM parcels WHERE id = ?').pluck().get(id),
      ),
    }),
    ok: 422,
    audited: false,
  },
  // A parcel drawn in an empty strip of test-belt (22.972–22.974° N, nothing there), a new spot per success.
  'POST /api/parcels': {
    access: 'editor',
    path: () => '/api/parcels',
    body: () => {
      const w = 114.202 + 0.004 * ++drawn;
      const ring = [
        [w, 22.972],
        [w + 0.002, 22.972],
        [w + 0.002, 22.974],
        [w, 22.974],
        [w, 22.972],
      ];
      const geometry = { type: 'Polygon', coordinates: [ring] };
      return { geometry, platformId: 'test-belt', landUse: '100101', plotRatioMax: 2, state: 'reserve' };
    },
    ok: 201,
    audited: true,
  },
  'POST /api/projects': {
    access: 'editor',
    path: () => '/api/projects',
    body: () => ({
      name: `新线索 ${++created}`,
      enterprise: '测试企业',
      industry: 'laser',
      origin: 'local',
      investmentWan: 1000,
      targetPlatformId: 'test-belt',
    }),
    ok: 201,
    audited: true,
  },
  'PATCH /api/projects/:id': {
    access: 'editor',
    path: () => '/api/projects/proj-001',
    body: () => ({ annualOutputWan: 500000 + ++created }),
    headers: ifMatch('projects', 'proj-001'),
    ok: 200,
    audited: true,
  },
  'PUT /api/projects/:id/parcels': {
    access: 'editor',
    path: () => '/api/projects/proj-002/parcels',
    body: () => ({ parcelIds: [] }),
    headers: ifMatch('projects', 'proj-002'),
    ok: 200,
    audited: true,
  },
  'PATCH /api/redevelopment/:id': {
    access: 'editor',
    path: () => '/api/redevelopment/R-002',
    body: () => ({ floorSpaceM2: 90000 + ++created }),
    headers: ifMatch('redevelopment_sites', 'R-002'),
    ok: 200,
    audited: true,
  },
  'POST /api/auth/login': {
    access: 'public',
    path: () => '/api/auth/login',
    body: () => ({ login: 'target', password: GOOD_PASSWORD }),
    ok: 200,
    audited: false,
  },
  'POST /api/auth/logout': {
    access: 'public',
    path: () => '/api/auth/logout',
    ok: 204,
    audited: false,
    freshSession: true,
  },
  'POST /api/auth/password': {
    access: 'signed_in',
    path: () => '/api/auth/password',
    body: () => ({ currentPassword: GOOD_PASSWORD, newPassword: NEW_PASSWORD }),
    ok: 204,
    audited: true,
    freshSession: true,
  },
  'POST /api/parcels/:id/transitions': {
    access: 'editor',
    path: () => '/api/parcels/P-002/transitions',
    body: transitionBody,
    ok: 200,
    audited: true,
  },
  'POST /api/imports': {
    access: 'editor',
    path: () => '/api/imports',
    form: () => importFile(0),
    ok: 201,
    audited: false,
  },
  'POST /api/imports/:id/commit': {
    access: 'editor',
    path: (caller) => `/api/imports/${staged[caller === 'admin' ? 'commitAdmin' : 'commitEditor']}/commit`,
    body: () => ({ mode: 'insert' }),
    ok: 200,
    audited: true,
  },
  'POST /api/imports/:id/revert': {
    access: 'editor',
    path: (caller) => `/api/imports/${staged[caller === 'admin' ? 'revertAdmin' : 'revertEditor']}/revert`,
    ok: 200,
    audited: true,
  },
  'POST /api/users': {
    access: 'admin',
    path: () => '/api/users',
    body: () => ({
      login: `new-${++created}`,
      displayName: '新用户',
      role: 'viewer',
      password: GOOD_PASSWORD,
    }),
    ok: 201,
    audited: true,
  },
  'PATCH /api/users/:id': {
    access: 'admin',
    path: () => `/api/users/${targetId}`,
    body: () => ({ displayName: `目标 ${++created}` }),
    ok: 200,
    audited: true,
  },
  'POST /api/users/:id/password': {
    access: 'admin',
    path: () => `/api/users/${targetId}/password`,
    body: () => ({ password: GOOD_PASSWORD }),
    ok: 204,
    audited: true,
  },
  'DELETE /api/users/:id/sessions': {
    access: 'admin',
    path: () => `/api/users/${targetId}/sessions`,
    ok: 200,
    audited: true,
  },
};

/**
 * A GeoJSON file of one parcel of platform test-belt (the other-platform editor is limited to test-park), the
 * `n`-th of a row of rectangles clear of the fixture's parcels.
 */
function importFile(n: number): FormData {
  const w = 114.25 + n * 0.002;
  const ring = [
    [w, 22.99],
    [w + 0.001, 22.99],
    [w + 0.001, 22.991],
    [w, 22.991],
    [w, 22.99],
  ];
  const fc = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { DKBH: `ZK-IMP-${n}`, YDXZ: '工业用地' },
        geometry: { type: 'Polygon', coordinates: [ring] },
      },
    ],
  };
  const form = new FormData();
  form.set('file', new File([JSON.stringify(fc)], `import-${n}.geojson`));
  form.set('kind', 'parcels');
  form.set('mapping', JSON.stringify({ defaults: { plotRatioMax: 2 } }));
  return form;
}

/** Staged imports the commit and revert routes act on (one per admitted caller). */
const staged = { commitEditor: '', commitAdmin: '', revertEditor: '', revertAdmin: '' };

/** Path parameters for routes this file does not know: entities of platform test-belt where the name says so. */
function fillPath(path: string): string {
  const sample: [RegExp, string][] = [
    [/^\/api\/parcels\/:[^/]+/, '/api/parcels/P-002'],
    [/^\/api\/projects\/:[^/]+/, '/api/projects/proj-001'],
    [/^\/api\/redevelopment\/:[^/]+/, '/api/redevelopment/R-002'],
    [/^\/api\/platforms\/:[^/]+/, '/api/platforms/test-belt'],
    [/^\/api\/users\/:[^/]+/, `/api/users/${targetId}`],
  ];
  let p = path;
  for (const [re, v] of sample) p = p.replace(re, v);
  return p.replace(/:[A-Za-z]+(\{[^}]*\})?/g, 'x');
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS', 'ALL']);
const ROUTES = [
  ...new Set(
    app.routes
      .filter((r) => !SAFE.has(r.method) && r.path.startsWith('/api'))
      .map((r) => `${r.method} ${r.path}`),
  ),
].sort((a, b) => Number(a === 'POST /api/auth/password') - Number(b === 'POST /api/auth/password'));

beforeAll(async () => {
  await addUser(db, { login: 'viewer', role: 'viewer' });
  await addUser(db, { login: 'other', role: 'editor', platforms: ['test-park'] });
  await addUser(db, { login: 'editor', role: 'editor', displayName: '张工' });
  await addUser(db, { login: 'admin', role: 'admin' });
  targetId = await addUser(db, { login: 'target', role: 'viewer' });
  cookies.set('anonymous', null);
  cookies.set('viewer', await signIn(app, 'viewer'));
  cookies.set('otherEditor', await signIn(app, 'other'));
  cookies.set('editor', await signIn(app, 'editor'));
  cookies.set('admin', await signIn(app, 'admin'));
  const editor = as(app, cookies.get('editor') ?? null);
  for (const [i, key] of (
    ['commitEditor', 'commitAdmin', 'revertEditor', 'revertAdmin'] as const
  ).entries()) {
    const res = await editor('/api/imports', { method: 'POST', form: importFile(i + 1) });
    staged[key] = ((await res.json()) as { id: string }).id;
  }
  for (const key of ['revertEditor', 'revertAdmin'] as const)
    await editor(`/api/imports/${staged[key]}/commit`, { method: 'POST', json: { mode: 'insert' } });
});

const LOGINS: Record<Exclude<Caller, 'anonymous'>, string> = {
  viewer: 'viewer',
  otherEditor: 'other',
  editor: 'editor',
  admin: 'admin',
};

async function cookieFor(caller: Caller, fresh: boolean): Promise<string | null> {
  if (caller === 'anonymous') return null;
  if (!fresh) return cookies.get(caller) ?? null;
  return sessionCookie(await login(app, LOGINS[caller], GOOD_PASSWORD));
}

const results: string[] = [];
afterAll(() => {
  // The figure for the report: routes × callers, every cell checked.
  expect(results).toHaveLength(ROUTES.length * CALLERS.length);
  process.stdout.write(
    `authorization matrix: ${ROUTES.length} routes × ${CALLERS.length} callers = ${results.length} checks\n`,
  );
});

describe('the router has the writes this file knows (a sanity check of the enumeration)', () => {
  it('lists every known route', () => {
    for (const k of Object.keys(KNOWN)) expect(ROUTES).toContain(k);
  });
});

describe.each(ROUTES)('%s', (route) => {
  const [method, path] = route.split(' ') as [string, string];
  const known = KNOWN[route];
  const admits = ADMITS[known?.access ?? 'editor'];

  it.each(CALLERS)('as %s', async (caller) => {
    const cookie = await cookieFor(caller, known?.freshSession ?? false);
    const url = known ? known.path(caller) : fillPath(path);
    const body = known ? known.body?.(caller) : {};
    const form = known?.form?.();
    const digest = dataDigest(db);
    const audits = countAudit(db);
    const headers = known?.headers?.() ?? {};
    const res = await as(app, cookie)(url, {
      method,
      headers,
      ...(form ? { form } : body !== undefined ? { json: body } : {}),
    });
    results.push(`${route} ${caller} ${res.status}`);
    if (!admits.includes(caller)) {
      expect(res.status, `${caller} must be refused`).toBe(caller === 'anonymous' ? 401 : 403);
      const err = (await res.json()) as { error: { code: string } };
      expect(err.error.code).toMatch(
        caller === 'anonymous' ? /^sign_in_required$/ : /^(role_required|platform_scope)$/,
      );
      expect(dataDigest(db), 'a refused request writes nothing').toBe(digest);
      expect(countAudit(db)).toBe(audits);
      return;
    }
    if (!known) {
      // Unknown body: the request may fail validation, but never for lack of rights.
      expect([401, 403]).not.toContain(res.status);
      return;
    }
    expect(res.status, await res.clone().text()).toBe(known.ok);
    expect(countAudit(db)).toBe(audits + (known.audited ? 1 : 0));
  });
});

describe('after the matrix', () => {
  it('the editor’s change is recorded under the editor’s name, the admin’s under the admin’s', async () => {
    const rows = db
      .prepare(`SELECT user_name FROM audit_log WHERE action = 'parcel.transition' ORDER BY id`)
      .pluck()
      .all();
    expect(rows).toEqual(['张工', 'admin']);
    const p = (await (await app.request('/api/parcels/P-002', { headers: { Origin: ORIGIN } })).json()) as {
      events: { who: string }[];
    };
    expect(p.events.slice(-2).map((e) => e.who)).toEqual(['张工', 'admin']);
  });
});
