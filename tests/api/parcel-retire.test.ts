/**
 * POST /api/parcels/:id/retire — 退出台账 with a reason — on the hand-made fixture (clock 2018-03-09 08:00 UTC).
 * P-002 (净地可供, test-belt, no project, no 三旧 site) may leave the ledger; P-001 (已出让) and P-003 (挂牌) may not;
 * P-006 (储备) carries the 三旧 site and P-002 linked to a project must lose the link first. Every refusal writes
 * nothing (data digest and audit count unchanged); the retirement is one audit row, and the parcel leaves the
 * list, the count by state, the search and its tiles while GET /api/parcels/:id keeps it with the reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countAudit } from '../../server/db/queries/audit.ts';
import { as, parcelEditCallers } from './helpers/auth.ts';
import { dataDigest } from './helpers/db-digest.ts';
import { testApp } from './helpers/test-app.ts';

const { app, db, cleanup } = testApp();
afterAll(cleanup);

let editor: ReturnType<typeof as>;
let viewer: ReturnType<typeof as>;
let parkEditor: ReturnType<typeof as>;
beforeAll(async () => {
  ({ editor, viewer, parkEditor } = await parcelEditCallers(app, db));
});

type ErrorJson = { error: { code: string; message: string; field?: string } };
const version = (id: string) =>
  db.prepare('SELECT version FROM parcels WHERE id = ?').pluck().get(id) as number;
const ifMatch = (id: string) => ({ 'If-Match': `"${version(id)}"` });
const retire = (
  who: typeof editor,
  id: string,
  json: unknown,
  headers: Record<string, string> = ifMatch(id),
) => who(`/api/parcels/${id}/retire`, { method: 'POST', json, headers });

/** Sends, expects `status` and `code` (and `field`), and that nothing was written. */
async function refused(
  send: () => Response | Promise<Response>,
  status: number,
  code: string,
  field?: string,
) {
  const digest = dataDigest(db);
  const audits = countAudit(db);
  const res = await send();
  const json = (await res.json()) as ErrorJson;
  expect(res.status, JSON.stringify(json)).toBe(status);
  expect(json.error.code).toBe(code);
  if (field) expect(json.error.field).toBe(field);
  expect(dataDigest(db)).toBe(digest);
  expect(countAudit(db)).toBe(audits);
  return json.error;
}

describe('退出台账: who may, and which parcels', () => {
  it('401 anonymous, 403 a viewer and an editor of another platform, 428 without If-Match, 412 stale', async () => {
    const body = { reason: '重复录入' };
    await refused(() => retire(as(app, null), 'P-002', body), 401, 'sign_in_required');
    await refused(() => retire(viewer, 'P-002', body), 403, 'role_required');
    await refused(() => retire(parkEditor, 'P-002', body), 403, 'platform_scope');
    await refused(() => retire(editor, 'P-002', body, {}), 428, 'precondition_required');
    await refused(() => retire(editor, 'P-002', body, { 'If-Match': '"999"' }), 412, 'stale');
  });

  it('400 naming the field: no reason, a blank one, one over 200 characters, a bad date, a typed who', async () => {
    await refused(() => retire(editor, 'P-002', {}), 400, 'invalid_input', 'reason');
    await refused(() => retire(editor, 'P-002', { reason: '   ' }), 400, 'invalid_input', 'reason');
    await refused(
      () => retire(editor, 'P-002', { reason: '字'.repeat(201) }),
      400,
      'invalid_input',
      'reason',
    );
    await refused(
      () => retire(editor, 'P-002', { reason: '重复', date: '2018-02-30' }),
      400,
      'invalid_input',
      'date',
    );
    await refused(
      () => retire(editor, 'P-002', { reason: '重复', who: '李四' }),
      400,
      'invalid_input',
      'who',
    );
  });

  it('422 for land offered or supplied (挂牌, 已出让), a parcel with a 三旧 site, and one holding a project', async () => {
    const reason = { reason: '测试' };
    await refused(() => retire(editor, 'P-003', reason), 422, 'offered_or_granted', 'id');
    await refused(() => retire(editor, 'P-001', reason), 422, 'offered_or_granted', 'id');
    await refused(() => retire(editor, 'P-006', reason), 422, 'has_site', 'id');
    const link = (ids: string[]) =>
      editor('/api/projects/proj-002/parcels', {
        method: 'PUT',
        json: { parcelIds: ids },
        headers: {
          'If-Match': `"${db.prepare("SELECT version FROM projects WHERE id = 'proj-002'").pluck().get()}"`,
        },
      });
    expect((await link(['P-002'])).status).toBe(200);
    const e = await refused(() => retire(editor, 'P-002', reason), 422, 'has_projects', 'id');
    expect(e.message).toContain(
      db.prepare("SELECT name FROM projects WHERE id = 'proj-002'").pluck().get() as string,
    );
    expect((await link([])).status).toBe(200);
  });

  it('422 for a date after today (2018-03-09) or before the parcel’s last recorded event', async () => {
    await refused(
      () => retire(editor, 'P-002', { reason: '测试', date: '2018-03-10' }),
      422,
      'date_in_future',
      'date',
    );
    const last = db
      .prepare("SELECT max(date) FROM land_events WHERE parcel_id = 'P-002'")
      .pluck()
      .get() as string;
    const before = new Date(Date.parse(`${last}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await refused(
      () => retire(editor, 'P-002', { reason: '测试', date: before }),
      422,
      'date_too_early',
      'date',
    );
  });
});

describe('退出台账 of P-002', () => {
  it('answers the parcel retired with the reason and a new ETag; one audit row; gone from list, count and search', async () => {
    const v = version('P-002');
    const audits = countAudit(db);
    const summary = async () =>
      (
        (await (await app.request('/api/parcels/summary?by=state')).json()) as {
          groups: { key: string; count: number }[];
        }
      ).groups.find((g) => g.key === 'ready')?.count ?? 0;
    const readyBefore = await summary();
    const res = await retire(editor, 'P-002', { reason: '与 ZK-2017-001 重复录入', date: '2018-03-09' });
    const json = (await res.json()) as {
      version: number;
      retiredOn: string;
      retiredReason: string;
      retiredNote: string;
    };
    expect(res.status, JSON.stringify(json)).toBe(200);
    expect(res.headers.get('ETag')).toBe(`"${v + 1}"`);
    expect(json).toMatchObject({
      version: v + 1,
      retiredOn: '2018-03-09',
      retiredReason: 'retired',
      retiredNote: '与 ZK-2017-001 重复录入',
    });
    expect(countAudit(db)).toBe(audits + 1);
    const row = db.prepare('SELECT action, user_name FROM audit_log ORDER BY id DESC LIMIT 1').get() as {
      action: string;
      user_name: string;
    };
    expect(row).toEqual({ action: 'parcel.retire', user_name: '张工' });
    // Gone from the current parcels: the list, the count by state (one fewer 净地可供), the code search.
    const list = (await (await app.request('/api/parcels')).json()) as { features: { id: string }[] };
    expect(list.features.map((f) => f.id)).not.toContain('P-002');
    expect(await summary()).toBe(readyBefore - 1);
    const search = (await (await app.request('/api/search?q=ZK-2017-002')).json()) as {
      parcels?: { id: string }[];
    };
    expect((search.parcels ?? []).map((p) => p.id)).not.toContain('P-002');
    // Kept as history.
    const again = (await (await app.request('/api/parcels/P-002')).json()) as { retiredOn: string };
    expect(again.retiredOn).toBe('2018-03-09');
  });

  it('a retired parcel cannot be retired again (422 already_retired)', async () => {
    await refused(() => retire(editor, 'P-002', { reason: '再次' }), 422, 'already_retired', 'id');
  });
});

describe('a retired parcel is history', () => {
  it('refuses a state change and an attribute edit on it (422 retired), writing nothing', async () => {
    await refused(
      () =>
        editor('/api/parcels/P-002/transitions', {
          method: 'POST',
          json: { to: 'listed', date: '2018-03-09', version: version('P-002') },
        }),
      422,
      'retired',
      'id',
    );
    await refused(
      () =>
        editor('/api/parcels/P-002', { method: 'PATCH', json: { notes: '再改' }, headers: ifMatch('P-002') }),
      422,
      'retired',
      'id',
    );
  });
});
