/**
 * POST /api/parcels/:id/transition-correction — 更正 of a state change recorded by mistake (modelled on 更正登记,
 * 《不动产登记暂行条例实施细则》第七十九条至第八十一条) against the hand-made fixture (server clock 2018-03-09):
 * 200 with the new ETag and the parcel back to its literal fixture values, the wrong event kept but void on every
 * past date, audit rows for both; 409 naming what was written since; 412 / 428; 400 without a reason; 403 for a
 * viewer and for an editor of another platform; nothing written on a refusal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countAudit } from '../../server/db/queries/audit.ts';
import { addUser, as, signIn } from './helpers/auth.ts';
import { dataDigest } from './helpers/db-digest.ts';
import { testApp } from './helpers/test-app.ts';

const { app, db, cleanup } = testApp();
afterAll(cleanup);

type ErrorJson = { error: { code: string; message: string; field?: string } };
type ParcelJson = {
  state: string;
  stateSince: string;
  version: number;
  contract: Record<string, string | null>;
  landPriceWan: number | null;
  events: { to: string; date: string }[];
};

let editor: ReturnType<typeof as>;
let viewer: ReturnType<typeof as>;
let parkEditor: ReturnType<typeof as>;
beforeAll(async () => {
  await addUser(db, { login: 'zhang', displayName: '张工', role: 'editor' });
  await addUser(db, { login: 'viewer', role: 'viewer' });
  await addUser(db, { login: 'park', displayName: '园区编辑', role: 'editor', platforms: ['test-park'] });
  editor = as(app, await signIn(app, 'zhang'));
  viewer = as(app, await signIn(app, 'viewer'));
  parkEditor = as(app, await signIn(app, 'park'));
});

const parcel = async (id: string) => (await (await editor(`/api/parcels/${id}`)).json()) as ParcelJson;
const lastAuditId = () => Number(db.prepare('SELECT max(id) FROM audit_log').pluck().get());
const transition = async (id: string, body: Record<string, unknown>) => {
  const res = await editor(`/api/parcels/${id}/transitions`, {
    method: 'POST',
    json: { ...body, version: (await parcel(id)).version },
  });
  expect(res.status, await res.clone().text()).toBe(200);
  return lastAuditId();
};
const correct = (
  who: ReturnType<typeof as>,
  id: string,
  json: unknown,
  headers: Record<string, string> = {},
) => who(`/api/parcels/${id}/transition-correction`, { method: 'POST', json, headers });
const ifMatch = async (id: string) => ({ 'If-Match': `"${(await parcel(id)).version}"` });

async function refused(
  send: () => Response | Promise<Response>,
  status: number,
  code: string | RegExp,
  field?: string,
) {
  const digest = dataDigest(db);
  const audits = countAudit(db);
  const res = await send();
  const body = (await res.json()) as ErrorJson;
  expect(res.status, JSON.stringify(body)).toBe(status);
  expect(body.error.code).toMatch(code);
  if (field !== undefined) expect(body.error.field).toBe(field);
  expect(dataDigest(db), 'nothing written').toBe(digest);
  expect(countAudit(db)).toBe(audits);
  return body.error;
}

const transferredOn = async (day: string) => {
  const r = (await (await editor(`/api/parcels?asOf=${day}&state=transferred`)).json()) as {
    features: { id: string }[];
  };
  return r.features.map((f) => f.id).sort();
};

describe('更正 of a grant entered by mistake (P-003, listed since 2018-02-01 in the fixture)', () => {
  let grantAudit = 0;
  beforeAll(async () => {
    grantAudit = await transition('P-003', {
      to: 'transferred',
      date: '2018-03-05',
      contract: { signed: '2018-03-05', agreedDelivery: '2018-04-01' },
      landPriceWan: 1800,
    });
  });

  it('refuses without If-Match (428), with a stale one (412), without a reason (400), for a viewer and another platform’s editor (403)', async () => {
    const body = { auditId: grantAudit, reason: '录入错误：该地块未出让' };
    await refused(() => correct(editor, 'P-003', body), 428, 'precondition_required', 'If-Match');
    await refused(() => correct(editor, 'P-003', body, { 'If-Match': '"1"' }), 412, 'stale', 'If-Match');
    await refused(
      async () => correct(editor, 'P-003', { auditId: grantAudit, reason: '  ' }, await ifMatch('P-003')),
      400,
      'invalid_input',
      'reason',
    );
    await refused(async () => correct(viewer, 'P-003', body, await ifMatch('P-003')), 403, 'role_required');
    await refused(async () => correct(parkEditor, 'P-003', body, await ifMatch('P-003')), 403, /platform/);
  });

  it('puts the parcel back to the fixture’s values, keeps the event void from the start and audits the correction', async () => {
    expect(await transferredOn('2018-03-06')).toContain('P-003');
    const res = await correct(
      editor,
      'P-003',
      { auditId: grantAudit, reason: '录入错误：该地块未出让' },
      await ifMatch('P-003'),
    );
    expect(res.status, await res.clone().text()).toBe(200);
    const p = (await res.json()) as ParcelJson;
    expect(res.headers.get('ETag')).toBe(`"${p.version}"`);
    expect(p).toMatchObject({ state: 'listed', stateSince: '2018-02-01', version: 3, landPriceWan: null });
    expect(p.contract).toMatchObject({
      signed: null,
      agreedDelivery: null,
      agreedStart: null,
      agreedCompletion: null,
    });
    expect(p.events.map((e) => e.to)).not.toContain('transferred');
    const cols = db.prepare(`SELECT grant_mode, state FROM parcels WHERE id = 'P-003'`).get();
    expect(cols).toEqual({ grant_mode: null, state: 'listed' });
    // The wrong event is kept, marked by the correction's audit row (never deleted).
    const ev = db
      .prepare(`SELECT to_state, date, corrected_by FROM land_events WHERE audit_id = ?`)
      .get(grantAudit) as { to_state: string; date: string; corrected_by: number };
    expect(ev).toMatchObject({ to_state: 'transferred', date: '2018-03-05' });
    const row = db
      .prepare('SELECT user_name, action, after FROM audit_log WHERE id = ?')
      .get(ev.corrected_by) as {
      user_name: string;
      action: string;
      after: string;
    };
    expect(row).toMatchObject({ user_name: '张工', action: 'parcel.transition_correction' });
    expect(JSON.parse(row.after)).toMatchObject({
      state: 'listed',
      reason: '录入错误：该地块未出让',
      undoOf: grantAudit,
      version: 3,
    });
    // Void from the start: on the day after the wrong grant the parcel was never transferred.
    expect(await transferredOn('2018-03-06')).not.toContain('P-003');
  });

  it('the same transition cannot be corrected twice (409 naming the correction)', async () => {
    const e = await refused(
      async () => correct(editor, 'P-003', { auditId: grantAudit, reason: '再次' }, await ifMatch('P-003')),
      409,
      'changed_since',
      'auditId',
    );
    expect(e.message).toContain('parcel.transition_correction');
  });
});

describe('refusals (P-002, ready since 2017-08-01 in the fixture)', () => {
  it('409 when the parcel was edited after the change, naming the edit', async () => {
    const listed = await transition('P-002', { to: 'listed', date: '2018-03-01' });
    const patch = await editor('/api/parcels/P-002', {
      method: 'PATCH',
      json: { notes: '挂牌公告已发布' },
      headers: await ifMatch('P-002'),
    });
    expect(patch.status).toBe(200);
    const e = await refused(
      async () => correct(editor, 'P-002', { auditId: listed, reason: '录入错误' }, await ifMatch('P-002')),
      409,
      'changed_since',
    );
    expect(e.message).toContain('parcel.update');
    expect(e.message).toContain('张工');
  });

  it('409 for a change that is not the latest; the latest one corrects back to listed', async () => {
    const listedAudit = Number(
      db.prepare(`SELECT max(audit_id) FROM land_events WHERE parcel_id = 'P-002'`).pluck().get(),
    );
    const back = await transition('P-002', { to: 'ready', date: '2018-03-02' });
    await refused(
      async () =>
        correct(editor, 'P-002', { auditId: listedAudit, reason: '录入错误' }, await ifMatch('P-002')),
      409,
      'changed_since',
    );
    const res = await correct(editor, 'P-002', { auditId: back, reason: '流拍录错' }, await ifMatch('P-002'));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ state: 'listed', stateSince: '2018-03-01' });
  });

  it('422 for an audit row that is not a state change of this parcel', async () => {
    const editAudit = Number(
      db.prepare(`SELECT max(id) FROM audit_log WHERE action = 'parcel.update'`).pluck().get(),
    );
    await refused(
      async () => correct(editor, 'P-002', { auditId: editAudit, reason: 'x' }, await ifMatch('P-002')),
      422,
      'not_correctable',
      'auditId',
    );
  });
});
