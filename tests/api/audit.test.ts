/**
 * The audit trail: one row per write in the write's transaction (who, when, what, before/after, request id,
 * address); SQLite itself refuses to change or delete a row; GET /api/audit with its filters and who may see
 * what; the XLSX and CSV exports (read back from the raw files, not with the writer's library).
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, as, ORIGIN, signIn } from './helpers/auth.ts';
import { testApp } from './helpers/test-app.ts';

let now = Date.parse('2018-03-09T08:00:00Z');
const { app, db, cleanup } = testApp({ clock: () => new Date(now) });
afterAll(cleanup);

type Row = {
  id: number;
  at: string;
  userName: string;
  userLogin: string | null;
  action: string;
  entityType: string;
  entityId: string;
  platformId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  address: string | null;
};
type Page = { items: Row[]; total: number };

const cookies: Record<string, string> = {};
let requestId = '';

beforeAll(async () => {
  await addUser(db, { login: 'belt', role: 'editor', platforms: ['test-belt'], displayName: '带办' });
  await addUser(db, { login: 'park', role: 'editor', platforms: ['test-park'], displayName: '园区' });
  await addUser(db, { login: 'all', role: 'editor', displayName: '全区' });
  await addUser(db, { login: 'viewer', role: 'viewer' });
  await addUser(db, { login: 'admin', role: 'admin', displayName: '管理员' });
  for (const l of ['belt', 'park', 'all', 'viewer', 'admin']) cookies[l] = await signIn(app, l);
  // 2018-03-09 16:00 Beijing: 带办 lists P-002 (test-belt), from a known address.
  const res = await app.request(
    '/api/parcels/P-002/transitions',
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN, Cookie: cookies.belt! },
      body: JSON.stringify({ to: 'listed', date: '2018-03-09', note: '挂牌', version: 1 }),
    },
    { incoming: { socket: { remoteAddress: '10.1.2.3' } } },
  );
  expect(res.status).toBe(200);
  requestId = res.headers.get('x-request-id') ?? '';
  // 2018-03-10 01:30 Beijing (17:30 UTC on the 9th): 园区 starts construction on P-005 (test-park).
  now = Date.parse('2018-03-09T17:30:00Z');
  // Hours later: the morning's sessions have gone idle, so everyone signs in again.
  for (const l of ['belt', 'park', 'all', 'viewer', 'admin']) cookies[l] = await signIn(app, l);
  const r2 = await as(app, cookies.park!)('/api/parcels/P-005/transitions', {
    method: 'POST',
    json: { to: 'under_construction', date: '2018-03-10', version: 1 },
  });
  expect(r2.status).toBe(200);
  // The admin adds an account.
  const r3 = await as(app, cookies.admin!)('/api/users', {
    method: 'POST',
    json: { login: 'newcomer', displayName: '新人', role: 'viewer', password: 'a perfectly fine pass' },
  });
  expect(r3.status).toBe(201);
});

const list = async (who: string, query = '') =>
  (await as(app, cookies[who]!)(`/api/audit${query}`)).json() as Promise<Page>;

describe('recording', () => {
  it('records the transition with who, when, what, before and after, the request id and the address', async () => {
    const row = db.prepare(`SELECT * FROM audit_log WHERE entity_id = 'P-002'`).get();
    expect(row).toEqual({
      id: 1,
      at: '2018-03-09T08:00:00.000Z',
      user_id: expect.any(Number),
      user_name: '带办',
      action: 'parcel.transition',
      entity_type: 'parcel',
      entity_id: 'P-002',
      platform_id: 'test-belt',
      before: JSON.stringify({
        state: 'ready',
        stateSince: '2017-08-01',
        contract: { signed: null, agreedDelivery: null, agreedStart: null, agreedCompletion: null },
        landPriceWan: null,
        version: 1,
        // grant and delivery are kept so a 更正 can put them back
        grant: null,
        deliveryActual: null,
      }),
      after: JSON.stringify({
        state: 'listed',
        stateSince: '2018-03-09',
        contract: { signed: null, agreedDelivery: null, agreedStart: null, agreedCompletion: null },
        landPriceWan: null,
        version: 2,
        grant: null,
        deliveryActual: null,
        note: '挂牌',
      }),
      request_id: requestId,
      address: '10.1.2.3',
    });
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never stores a password or its hash in an account’s audit row', () => {
    const rows = db.prepare(`SELECT before, after FROM audit_log WHERE entity_type = 'user'`).all();
    expect(JSON.stringify(rows)).not.toMatch(/pass(word)?"?:|scrypt\$|a perfectly fine pass/);
  });
});

describe('append-only', () => {
  it('refuses UPDATE and DELETE on audit_log in SQLite itself', () => {
    expect(() => db.prepare(`UPDATE audit_log SET user_name = 'someone else' WHERE id = 1`).run()).toThrow(
      'audit_log is append-only: UPDATE refused',
    );
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow(
      'audit_log is append-only: DELETE refused',
    );
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(db.prepare(`SELECT user_name FROM audit_log WHERE id = 1`).pluck().get()).toBe('带办');
  });

  it('has no route that changes or deletes audit rows', () => {
    const writes = app.routes.filter(
      (r) => r.path.startsWith('/api/audit') && r.method !== 'GET' && r.method !== 'ALL',
    );
    expect(writes).toEqual([]);
  });
});

describe('GET /api/audit', () => {
  it('shows an admin every row, newest first, with the user’s login', async () => {
    const page = await list('admin');
    expect(page.total).toBe(3);
    expect(page.items.map((r) => [r.action, r.entityId, r.userName, r.userLogin])).toEqual([
      ['user.create', expect.any(String), '管理员', 'admin'],
      ['parcel.transition', 'P-005', '园区', 'park'],
      ['parcel.transition', 'P-002', '带办', 'belt'],
    ]);
  });

  it('shows an editor only the data changes of their platforms; a viewer gets 403, anonymous 401', async () => {
    expect((await list('belt')).items.map((r) => r.entityId)).toEqual(['P-002']);
    expect((await list('park')).items.map((r) => r.entityId)).toEqual(['P-005']);
    expect((await list('all')).items.map((r) => r.entityId)).toEqual(['P-005', 'P-002']);
    expect((await as(app, cookies.viewer!)('/api/audit')).status).toBe(403);
    expect((await as(app, null)('/api/audit')).status).toBe(401);
    expect((await as(app, cookies.belt!)('/api/audit/export.csv')).status).toBe(200);
    expect((await as(app, cookies.viewer!)('/api/audit/export.csv')).status).toBe(403);
  });

  it.each([
    ['?user=park', ['P-005']],
    ['?user=nobody', []],
    ['?action=parcel.transition', ['P-005', 'P-002']],
    ['?entityType=parcel&entityId=P-002', ['P-002']],
    // Dates are Beijing calendar days: 17:30 UTC on the 9th is already the 10th.
    ['?from=2018-03-10', ['P-005', 'newcomer']],
    ['?to=2018-03-09', ['P-002']],
    ['?from=2018-03-09&to=2018-03-09', ['P-002']],
    ['?limit=1&offset=1', ['P-005']],
  ])('filters %s', async (q, ids) => {
    const page = await list('admin', q);
    const got = page.items.map((r) =>
      r.entityType === 'user' ? (r.after as { login: string }).login : r.entityId,
    );
    expect(got.sort()).toEqual([...ids].sort());
  });

  it('answers 400 for a bad date and 422 for from after to', async () => {
    expect((await as(app, cookies.admin!)('/api/audit?from=2018-02-30')).status).toBe(400);
    expect((await as(app, cookies.admin!)('/api/audit?from=2018-03-10&to=2018-03-09')).status).toBe(422);
  });
});

describe('exports', () => {
  it('CSV: UTF-8 with BOM, Chinese headers, Beijing times, one line per row', async () => {
    const res = await as(app, cookies.admin!)('/api/audit/export.csv?action=parcel.transition');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain(
      "filename*=UTF-8''%E4%BB%B2%E6%81%BA%E5%AE%A1%E8%AE%A1",
    );
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '编号,时间（北京时间）,用户,登录名,操作,对象类型,对象编号,平台,变更前,变更后,请求编号,客户端地址',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      /^2,2018-03-10 01:30:00,园区,park,parcel\.transition,parcel,P-005,test-park,"\{""state"":""delivered""/,
    );
    expect(lines[2]).toContain(`,${requestId},10.1.2.3`);
  });

  it('XLSX: sheet 审计日志 with the same rows (read from the workbook’s XML)', async () => {
    const res = await as(app, cookies.admin!)('/api/audit/export.xlsx');
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    // An independent reader: Python's zipfile pulls the OOXML parts out of the archive.
    const script = `import sys,zipfile,io
z=zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))
print(z.read('xl/workbook.xml').decode())
print(z.read('xl/sharedStrings.xml').decode())`;
    const xml = execFileSync('python3', ['-c', script], { input: bytes }).toString('utf8');
    expect(xml).toMatch(/<sheet [^>]*name="审计日志"/);
    for (const s of [
      '时间（北京时间）',
      '2018-03-09 16:00:00',
      '带办',
      'parcel.transition',
      'P-002',
      'user.create',
      '10.1.2.3',
    ]) {
      expect(xml).toContain(s);
    }
  });
});
