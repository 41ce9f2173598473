/**
 * POST /api/parcels/:id/transitions against the hand-made fixture (server clock 2018-03-09 08:00 UTC, i.e.
 * 16:00 in Beijing), plus the land balance on the bundled sample before and after a parcel becomes ready.
 * Requests are sent as a signed-in editor whose display name is 张工 (who may write is tested in
 * authorization-matrix.test.ts).
 */

import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../server/app.ts';
import { editorSessions, ORIGIN, TEST_COST } from './helpers/auth.ts';
import { memoryLogger, REAL_GEODATA, seededDb, testApp } from './helpers/test-app.ts';

type ErrorJson = { error: { code: string; message: string; field?: string } };
type ParcelJson = {
  id: string;
  state: string;
  stateSince: string;
  version: number;
  contract: Record<string, string | null>;
  landPriceWan: number | null;
  events: { from: string | null; to: string; date: string; note: string; who: string }[];
  idle: { status: string };
};

const log = memoryLogger();
const { app, client, db, cleanup } = testApp({ logger: log.logger });
afterAll(cleanup);

/** The editor session (张工) on each app under test. */
const editors = editorSessions();
editors.track(app, db);
const editorCookie = (target: typeof app) => editors.cookie(target);

const post = async (target: typeof app, id: string, body: unknown, headers: Record<string, string> = {}) =>
  target.request(`/api/parcels/${id}/transitions`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Origin: ORIGIN,
      Cookie: await editorCookie(target),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

async function fails(res: Response, status: number) {
  expect(res.status).toBe(status);
  return ((await res.json()) as ErrorJson).error;
}

const getParcel = async (id: string) =>
  (await (await app.request(`/api/parcels/${id}`)).json()) as ParcelJson;
const eventCount = () => Number(db.prepare('SELECT count(*) FROM land_events').pluck().get());
const dataVersion = async () =>
  ((await (await app.request('/api/health')).json()) as { dataVersion: string }).dataVersion;

/** An app whose clock reads `iso` (a full timestamp), over its own fresh fixture database. */
function appAt(iso: string) {
  const s = seededDb();
  const a = createApp({ db: s.db, clock: () => new Date(iso), auth: { passwordCost: TEST_COST } });
  editors.track(a, s.db);
  return { app: a, cleanup: s.cleanup };
}

describe('recording a change', () => {
  it('moves the parcel, appends the event, bumps the version and answers the whole parcel', async () => {
    const before = await getParcel('P-002');
    expect([before.state, before.version]).toEqual(['ready', 1]);
    const base = await dataVersion();
    const res = await client.api.parcels[':id'].transitions.$post(
      {
        param: { id: 'P-002' },
        query: {},
        json: { to: 'listed', date: '2018-03-01', note: ' 挂牌公告 HZ-2018-07 ', version: 1 },
      },
      { headers: { Origin: ORIGIN, Cookie: await editorCookie(app) } },
    );
    expect(res.status).toBe(200);
    const p = await res.json();
    expect(p).toMatchObject({ id: 'P-002', state: 'listed', stateSince: '2018-03-01', version: 2 });
    expect(p.events.at(-1)).toEqual({
      parcelId: 'P-002',
      from: 'ready',
      to: 'listed',
      date: '2018-03-01',
      note: '挂牌公告 HZ-2018-07',
      // The signed-in editor's display name, from the audit row of the change.
      who: '张工',
    });
    const row = db
      .prepare(`SELECT user_name, action, entity_id FROM audit_log ORDER BY id DESC LIMIT 1`)
      .get();
    expect(row).toEqual({ user_name: '张工', action: 'parcel.transition', entity_id: 'P-002' });
    expect(p.events).toHaveLength(before.events.length + 1);
    // Same shape as GET /api/parcels/:id, and GET agrees.
    const got = await getParcel('P-002');
    expect(Object.keys(p).sort()).toEqual(Object.keys(got).sort());
    expect(got).toEqual(p);
    // The map list and the platform tally follow.
    const list = (await (await app.request('/api/parcels?state=listed')).json()) as {
      features: { id: string }[];
    };
    expect(list.features.map((f) => f.id)).toContain('P-002');
    const belt = (await (await app.request('/api/platforms/test-belt')).json()) as {
      parcels: { byState: Record<string, { count: number }> };
    };
    expect(belt.parcels.byState.ready!.count).toBe(0);
    expect(belt.parcels.byState.listed!.count).toBe(2);
    // The data version (in reports and /api/config) changes with the data.
    expect(await dataVersion()).toBe(`${base}-r1`);
    const config = (await (await app.request('/api/config')).json()) as { dataVersion: string };
    expect(config.dataVersion).toBe(`${base}-r1`);
  });

  it('refuses a stale version with 409 version_conflict, telling the user to reload, and writes nothing', async () => {
    const n = eventCount();
    const e = await fails(await post(app, 'P-002', { to: 'ready', date: '2018-03-05', version: 1 }), 409);
    expect(e.code).toBe('version_conflict');
    expect(e.message).toMatch(/reload/);
    expect(e.message).toMatch(/version 1, now 2/);
    expect(eventCount()).toBe(n);
    expect((await getParcel('P-002')).state).toBe('listed');
  });

  it('grants a listed parcel (→ transferred) only with a signed contract, then starts its idle clock', async () => {
    const e = await fails(
      await post(app, 'P-003', { to: 'transferred', date: '2018-03-05', version: 1 }),
      422,
    );
    expect(e).toMatchObject({ code: 'contract_required', field: 'contract.signed' });
    expect(e.message).toContain('「已出让」');
    const late = await fails(
      await post(app, 'P-003', {
        to: 'transferred',
        date: '2018-03-05',
        version: 1,
        contract: { signed: '2018-03-06' },
      }),
      422,
    );
    expect(late).toMatchObject({ code: 'contract_required', field: 'contract.signed' });
    const res = await post(app, 'P-003', {
      to: 'transferred',
      date: '2018-03-05',
      version: 1,
      contract: { signed: '2018-03-05', agreedDelivery: '2018-04-01', agreedStart: '2018-06-01' },
      landPriceWan: 1800,
    });
    expect(res.status).toBe(200);
    const p = (await res.json()) as ParcelJson;
    expect(p).toMatchObject({
      state: 'transferred',
      version: 2,
      landPriceWan: 1800,
      contract: {
        signed: '2018-03-05',
        agreedDelivery: '2018-04-01',
        agreedStart: '2018-06-01',
        agreedCompletion: null,
      },
    });
    expect(p.idle.status).toBe('due_soon');
  });

  it('refuses contract data on a move before transferred (422 contract_not_applicable)', async () => {
    const e = await fails(
      await post(app, 'P-006', {
        to: 'ready',
        date: '2018-03-01',
        version: 1,
        landPriceWan: 100,
      }),
      422,
    );
    expect(e).toMatchObject({ code: 'contract_not_applicable', field: 'landPriceWan' });
  });
});

describe('rules (422)', () => {
  it('refuses a move the state machine forbids, with its reason', async () => {
    const back = await fails(
      await post(app, 'P-004', { to: 'completed', date: '2018-03-01', version: 1 }),
      422,
    );
    expect(back.code).toBe('transition_not_allowed');
    expect(back.field).toBe('to');
    expect(back.message).toContain('不能从「投产」退回「竣工」');
    const skip = await fails(await post(app, 'P-006', { to: 'listed', date: '2018-03-01', version: 1 }), 422);
    expect(skip.message).toContain('须先经过「净地可供」');
  });

  it('allows a reclaim (→ reserve) only after the 收回 decision of the idle procedure (国土资源部令第53号 第十四条)', async () => {
    // P-005: delivered on time, agreed start 2018-06-01 — suspected idle from 2019-06-01, two years 2020-05-31.
    const later = appAt('2020-08-01T04:00:00Z');
    const step = async (body: Record<string, unknown>) =>
      later.app.request('/api/parcels/P-005/compliance?refDate=2020-07-31', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Origin: ORIGIN,
          Cookie: await editorCookie(later.app),
        },
        body: JSON.stringify(body),
      });
    try {
      const e = await fails(
        await post(later.app, 'P-005', { to: 'reserve', date: '2020-07-01', version: 1 }),
        422,
      );
      expect(e.code).toBe('transition_not_allowed');
      expect(e.message).toContain('作出收回决定');
      expect((await step({ step: 'investigated', date: '2019-07-01', version: 1 })).status).toBe(200);
      expect(
        (
          await step({
            step: 'confirmed_idle',
            date: '2019-09-01',
            decisionNo: '闲认〔2019〕4号',
            version: 2,
          })
        ).status,
      ).toBe(200);
      const decided = await step({
        step: 'reclaimed',
        date: '2020-06-15',
        decisionNo: '闲收〔2020〕1号',
        hearingDate: '2020-06-01',
        version: 3,
      });
      expect(decided.status).toBe(200);
      expect(((await decided.json()) as { compliance: { status: string } }).compliance.status).toBe(
        'reclaimed',
      );
      const early = await fails(
        await post(later.app, 'P-005', { to: 'reserve', date: '2020-06-14', version: 4 }),
        422,
      );
      expect(early.code).toBe('transition_not_allowed');
      const ok = await post(later.app, 'P-005', {
        to: 'reserve',
        date: '2020-07-01',
        note: '无偿收回',
        version: 4,
      });
      expect(ok.status).toBe(200);
      const p = (await ok.json()) as ParcelJson & {
        compliance: { status: string; steps: unknown[] };
        grant: unknown;
      };
      // The reclaim ends the grant: contract, price and grant records are cleared, the clock no longer applies;
      // the procedure's steps stay in the history of the ended grant.
      expect(p).toMatchObject({
        state: 'reserve',
        stateSince: '2020-07-01',
        landPriceWan: null,
        grant: null,
        contract: { signed: null, agreedDelivery: null, agreedStart: null, agreedCompletion: null },
      });
      expect(p.idle.status).toBe('not_applicable');
      expect([p.compliance.status, p.compliance.steps]).toEqual(['ok', []]);
    } finally {
      later.cleanup();
    }
  });

  it('refuses a date before the parcel entered its state', async () => {
    // P-005 is delivered since 2018-01-10.
    const e = await fails(
      await post(app, 'P-005', { to: 'under_construction', date: '2018-01-09', version: 1 }),
      422,
    );
    expect(e).toMatchObject({ code: 'date_before_state_since', field: 'date' });
    expect(e.message).toContain('2018-01-10');
  });

  it('refuses a date after today (Beijing time), and accepts today', async () => {
    const e = await fails(
      await post(app, 'P-005', { to: 'under_construction', date: '2018-03-10', version: 1 }),
      422,
    );
    expect(e).toMatchObject({ code: 'date_in_future', field: 'date' });
    // 17:00 UTC on 9 March is already 01:00 on 10 March in Huizhou.
    const night = appAt('2018-03-09T17:00:00Z');
    try {
      const ok = await post(night.app, 'P-005', {
        to: 'under_construction',
        date: '2018-03-10',
        version: 1,
      });
      expect(ok.status).toBe(200);
    } finally {
      night.cleanup();
    }
  });
});

describe('input errors', () => {
  const valid = { to: 'under_construction', date: '2018-03-01', version: 1 };

  it.each([
    [{ ...valid, to: 'sold' }, 'to'],
    [{ ...valid, date: '2018-02-30' }, 'date'],
    [{ ...valid, date: undefined }, 'date'],
    // Who records a change is the signed-in account; a typed name is refused, not silently dropped.
    [{ ...valid, who: '张工' }, 'who'],
    [{ ...valid, who: '' }, 'who'],
    [{ ...valid, note: 'x'.repeat(501) }, 'note'],
    [{ ...valid, version: undefined }, 'version'],
    [{ ...valid, version: '1' }, 'version'],
    [{ ...valid, version: 1.5 }, 'version'],
    [{ ...valid, contract: { signed: '2018-3-1' } }, 'contract.signed'],
    [{ ...valid, landPriceWan: -5 }, 'landPriceWan'],
  ])('answers 400 naming the field (%#)', async (body, field) => {
    const e = await fails(await post(app, 'P-005', body), 400);
    expect(e).toMatchObject({ code: 'invalid_input', field });
  });

  it('accepts a 500-character note', async () => {
    const s = appAt('2018-03-09T08:00:00Z');
    try {
      const res = await post(s.app, 'P-005', { ...valid, note: '注'.repeat(500) });
      expect(res.status).toBe(200);
    } finally {
      s.cleanup();
    }
  });

  it('answers 400 naming body for malformed JSON', async () => {
    const e = await fails(await post(app, 'P-005', '{"to": "listed",'), 400);
    expect(e).toMatchObject({ code: 'invalid_input', field: 'body' });
  });

  it('answers 415 when the body is not sent as JSON', async () => {
    const e = await fails(
      await post(app, 'P-005', JSON.stringify(valid), { 'Content-Type': 'text/plain' }),
      415,
    );
    expect(e.code).toBe('unsupported_media_type');
    const none = await app.request('/api/parcels/P-005/transitions', {
      method: 'POST',
      headers: { Origin: ORIGIN, Cookie: await editorCookie(app) },
      body: JSON.stringify(valid),
    });
    expect(none.status).toBe(415);
  });

  it('answers 413 for a body over 16 KB', async () => {
    const e = await fails(await post(app, 'P-005', { ...valid, note: 'x'.repeat(17 * 1024) }), 413);
    expect(e.code).toBe('payload_too_large');
  });

  it('answers 404 for an unknown parcel', async () => {
    const e = await fails(await post(app, 'P-999', valid), 404);
    expect(e).toMatchObject({ code: 'not_found', message: 'parcel not found: P-999' });
  });

  it('writes nothing on any refusal', async () => {
    const p5 = await getParcel('P-005');
    expect([p5.state, p5.version]).toEqual(['delivered', 1]);
  });
});

describe('atomicity', () => {
  afterEach(() => {
    db.exec('DROP TRIGGER IF EXISTS fail_parcel_update; DROP TRIGGER IF EXISTS fail_meta_write;');
    vi.restoreAllMocks();
  });

  const expectNothingWritten = async (run: () => Response | Promise<Response>) => {
    const n = eventCount();
    const before = await getParcel('P-005');
    const version = await dataVersion();
    const res = await run();
    const requestId = res.headers.get('X-Request-Id');
    const e = await fails(res, 500);
    expect(e.code).toBe('internal');
    expect(e.message).toContain(`request id ${requestId}`);
    // The cause is logged (level 50 = error) under the request id the client was given.
    const logged = log.lines().find((l) => l.msg === 'unhandled error' && l.requestId === requestId);
    expect(logged?.level).toBe(50);
    expect(JSON.stringify(logged?.err)).toContain('forced');
    expect(eventCount()).toBe(n);
    expect(await getParcel('P-005')).toEqual(before);
    expect(await dataVersion()).toBe(version);
  };

  it('rolls the event back when the parcel update fails', async () => {
    db.exec(
      `CREATE TRIGGER fail_parcel_update BEFORE UPDATE ON parcels BEGIN SELECT RAISE(ABORT, 'forced'); END;`,
    );
    await expectNothingWritten(() =>
      post(app, 'P-005', { to: 'under_construction', date: '2018-03-01', version: 1 }),
    );
  });

  it('rolls the event and the parcel back when the last step (the data revision) fails', async () => {
    db.exec(`CREATE TRIGGER fail_meta_write BEFORE UPDATE ON meta BEGIN SELECT RAISE(ABORT, 'forced'); END;`);
    // The first edit inserts the revision row; later ones update it. Make both fail.
    db.exec(
      `CREATE TRIGGER IF NOT EXISTS fail_meta_insert BEFORE INSERT ON meta BEGIN SELECT RAISE(ABORT, 'forced'); END;`,
    );
    try {
      await expectNothingWritten(() =>
        post(app, 'P-005', { to: 'under_construction', date: '2018-03-01', version: 1 }),
      );
    } finally {
      db.exec('DROP TRIGGER IF EXISTS fail_meta_insert');
    }
  });
});

describe('land balance after an edit (bundled sample)', () => {
  const real = testApp({ geodataDir: REAL_GEODATA });
  editors.track(real.app, real.db);
  afterAll(real.cleanup);

  type Balance = { shortfall: { byPlatform: { platformId: string; supplyMu: number }[] } };
  const beltSupply = async () => {
    const b = (await (await real.app.request('/api/land-balance?platform=belt-357')).json()) as Balance;
    return b.shortfall.byPlatform.find((r) => r.platformId === 'belt-357')!.supplyMu;
  };

  it('counts a parcel in the supply once it becomes ready', async () => {
    // A reserve parcel of the belt on industrial land that no project holds.
    const list = (await (
      await real.app.request('/api/parcels?platform=belt-357&state=reserve&landUse=100101,100102,M0')
    ).json()) as { features: { id: string; properties: { areaMu: number; industry: string | null } }[] };
    const parcel = list.features.find((f) => f.properties.industry == null);
    expect(parcel).toBeDefined();
    const detail = (await (await real.app.request(`/api/parcels/${parcel!.id}`)).json()) as ParcelJson;
    const before = await beltSupply();
    const res = await post(real.app, parcel!.id, {
      to: 'ready',
      date: '2018-03-09',
      version: detail.version,
    });
    expect(res.status).toBe(200);
    expect(await beltSupply()).toBeCloseTo(before + parcel!.properties.areaMu, 6);
  });
});
