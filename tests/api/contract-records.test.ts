/**
 * POST /api/parcels/:id/amendments and POST /api/parcels/:id/compliance against the hand-made fixture (server
 * clock 2018-03-09): the same version / 409 rules as state changes, one transaction each, 400 / 404 / 409 / 413 /
 * 415 / 422 with the field, and nothing written on refusal.
 */

import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { editorSessions, ORIGIN, TEST_COST } from './helpers/auth.ts';
import { seededDb, testApp } from './helpers/test-app.ts';

type ErrorJson = { error: { code: string; message: string; field?: string } };
type Detail = {
  version: number;
  contract: {
    agreedStart: string;
    effectiveStart: string | null;
    amendments: { documentNo: string; agreedStart: string | null }[];
  };
  idle: { status: string };
  started: { date: string; evidence: string } | null;
  compliance: { status: string; stage: string | null; exposureWan: number; owedWan: number };
};

const { app, db, cleanup } = testApp();
afterAll(cleanup);

/** The editor session (张工) on each app under test. */
const editors = editorSessions();
editors.track(app, db);
const editorCookie = (target: typeof app) => editors.cookie(target);
/** An app over its own fresh fixture database whose clock reads `iso`. */
function appAt(iso: string) {
  const s = seededDb();
  const a = createApp({ db: s.db, clock: () => new Date(iso), auth: { passwordCost: TEST_COST } });
  editors.track(a, s.db);
  return { app: a, db: s.db, cleanup: s.cleanup };
}

/** POST as the signed-in editor from our own origin. */
const send = async (target: typeof app, path: string, body: unknown, headers: Record<string, string> = {}) =>
  target.request(path, {
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
const detail = async (id: string, refDate = '2018-03-09') =>
  (await (await app.request(`/api/parcels/${id}?refDate=${refDate}`)).json()) as Detail;
const rows = (table: string) => Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
const version = (id: string) =>
  Number(db.prepare('SELECT version FROM parcels WHERE id = ?').pluck().get(id));

const amendment = {
  date: '2018-03-01',
  agreedStart: '2018-12-01',
  reason: '配套道路未建成，经协商延期动工',
  documentNo: '惠仲国土补〔2018〕2号',
};

describe('POST /api/parcels/:id/amendments (补充协议, 国土资源部令第53号 第十二条)', () => {
  it('records the amendment; the clock uses its start; version and history grow', async () => {
    // P-005: delivered on time 2018-01-10, agreed start 2018-06-01.
    const res = await send(app, '/api/parcels/P-005/amendments', { ...amendment, version: 1 });
    expect(res.status).toBe(200);
    const p = (await res.json()) as Detail;
    expect(p.version).toBe(2);
    expect(p.contract).toMatchObject({ agreedStart: '2018-06-01', effectiveStart: '2018-12-01' });
    expect(p.contract.amendments.map((a) => a.documentNo)).toEqual(['惠仲国土补〔2018〕2号']);
    expect(p.idle.status).toBe('on_track');
    // One audit row, by the signed-in editor, in the same transaction.
    const row = db
      .prepare("SELECT user_name, action, entity_id FROM audit_log WHERE action = 'parcel.amendment'")
      .all();
    expect(row).toEqual([{ user_name: '张工', action: 'parcel.amendment', entity_id: 'P-005' }]);
  });

  it('409 on a stale version, nothing written', async () => {
    const before = rows('contract_amendments');
    const e = await fails(
      await send(app, '/api/parcels/P-005/amendments', { ...amendment, version: 1 }),
      409,
    );
    expect(e).toMatchObject({ code: 'version_conflict', field: 'version' });
    expect([rows('contract_amendments'), version('P-005')]).toEqual([before, 2]);
    expect((await detail('P-005')).contract.amendments).toHaveLength(1);
  });

  it('422 naming the rule and field: more than one year of extension (第十二条), nothing written', async () => {
    const before = rows('contract_amendments');
    // From the start in force on 2018-03-05 (2018-12-01) to 2019-12-02 is 366 days.
    const e = await fails(
      await send(app, '/api/parcels/P-005/amendments', {
        ...amendment,
        date: '2018-03-05',
        agreedStart: '2019-12-02',
        version: 2,
      }),
      422,
    );
    expect(e).toMatchObject({ code: 'extension_too_long', field: 'agreedStart' });
    expect(e.message).toContain('第十二条');
    expect([rows('contract_amendments'), version('P-005')]).toEqual([before, 2]);
    const noContract = await fails(
      await send(app, '/api/parcels/P-002/amendments', { ...amendment, version: 1 }),
      422,
    );
    expect(noContract).toMatchObject({ code: 'no_contract' });
  });

  it('400 naming the field, 404, 415 and 413 like state changes', async () => {
    const missing = await fails(
      await send(app, '/api/parcels/P-005/amendments', { ...amendment, documentNo: '', version: 2 }),
      400,
    );
    expect(missing).toMatchObject({ code: 'invalid_input', field: 'documentNo' });
    const noDate = await fails(
      await send(app, '/api/parcels/P-005/amendments', { ...amendment, agreedStart: undefined, version: 2 }),
      400,
    );
    expect(noDate.field).toBe('agreedStart');
    expect(
      (await fails(await send(app, '/api/parcels/NOPE/amendments', { ...amendment, version: 1 }), 404)).code,
    ).toBe('not_found');
    expect(
      (
        await fails(
          await send(app, '/api/parcels/P-005/amendments', 'x=1', { 'Content-Type': 'text/plain' }),
          415,
        )
      ).code,
    ).toBe('unsupported_media_type');
    const big = { ...amendment, version: 2, note: 'x'.repeat(20_000) };
    expect((await fails(await send(app, '/api/parcels/P-005/amendments', big), 413)).code).toBe(
      'payload_too_large',
    );
    expect(version('P-005')).toBe(2);
  });
});

describe('POST /api/parcels/:id/compliance (闲置土地处置办法 procedure and 第三十条 start)', () => {
  it('refuses to investigate a government delay as idle land (第八条), nothing written', async () => {
    // P-001: agreed delivery 2017-01-10, never delivered.
    const before = rows('compliance_steps');
    const e = await fails(
      await send(app, '/api/parcels/P-001/compliance', {
        step: 'investigated',
        date: '2018-03-01',
        version: 1,
      }),
      422,
    );
    expect(e).toMatchObject({ code: 'government_delay', field: 'step' });
    expect(e.message).toContain('第八条');
    expect([rows('compliance_steps'), version('P-001')]).toEqual([before, 1]);
  });

  it('records 动工 evidence only after the permit (第三十条), then the clock stops', async () => {
    const later = appAt('2018-03-09T08:00:00Z');
    const a = later.app;
    try {
      const verify = {
        step: 'start_verified',
        date: '2018-03-05',
        evidence: 'piles_done',
        version: 1,
      };
      expect((await fails(await send(a, '/api/parcels/P-005/compliance', verify), 422)).code).toBe(
        'permit_required',
      );
      const permit = await send(a, '/api/parcels/P-005/transitions', {
        to: 'under_construction',
        date: '2018-03-01',
        version: 1,
      });
      expect(permit.status).toBe(200);
      const noEvidence = await fails(
        await send(a, '/api/parcels/P-005/compliance', { ...verify, evidence: undefined, version: 2 }),
        422,
      );
      expect(noEvidence).toMatchObject({ code: 'evidence_required', field: 'evidence' });
      const ok = await send(a, '/api/parcels/P-005/compliance', { ...verify, version: 2 });
      expect(ok.status).toBe(200);
      const p = (await ok.json()) as Detail;
      expect([p.started, p.idle.status, p.version]).toEqual([
        { date: '2018-03-05', evidence: 'piles_done' },
        'started',
        3,
      ]);
      const bad = await fails(
        await send(a, '/api/parcels/P-005/compliance', { ...verify, step: 'nope', version: 3 }),
        400,
      );
      expect(bad).toMatchObject({ code: 'invalid_input', field: 'step' });
    } finally {
      later.cleanup();
    }
  });

  it('walks the procedure: exposure until the 征缴 decision, owed after; 409 and 422 write nothing', async () => {
    const later = appAt('2019-09-01T04:00:00Z');
    const a = later.app;
    const step = (body: Record<string, unknown>) =>
      send(a, '/api/parcels/P-005/compliance?refDate=2019-08-31', body);
    const count = () => Number(later.db.prepare('SELECT count(*) FROM compliance_steps').pluck().get());
    try {
      const early = await fails(await step({ step: 'investigated', date: '2019-05-31', version: 1 }), 422);
      expect(early).toMatchObject({ code: 'not_suspected', field: 'step' });
      const inv = (await (
        await step({ step: 'investigated', date: '2019-06-05', version: 1 })
      ).json()) as Detail;
      expect(inv.compliance).toMatchObject({ status: 'investigated', exposureWan: 240, owedWan: 0 });
      expect(
        (
          await fails(
            await step({ step: 'confirmed_idle', date: '2019-07-01', decisionNo: 'x', version: 1 }),
            409,
          )
        ).code,
      ).toBe('version_conflict');
      const order = await fails(
        await step({ step: 'fee_levied', date: '2019-07-01', decisionNo: '闲征〔2019〕1号', version: 2 }),
        422,
      );
      expect(order.code).toBe('step_out_of_order');
      expect(count()).toBe(1);
      await step({ step: 'confirmed_idle', date: '2019-07-01', decisionNo: '闲认〔2019〕3号', version: 2 });
      const fee = (await (
        await step({ step: 'fee_levied', date: '2019-08-01', decisionNo: '闲征〔2019〕1号', version: 3 })
      ).json()) as Detail;
      expect(fee.compliance).toMatchObject({
        status: 'fee_levied',
        stage: 'fee_levied',
        exposureWan: 0,
        owedWan: 240,
      });
      expect(count()).toBe(3);
    } finally {
      later.cleanup();
    }
  });
});
