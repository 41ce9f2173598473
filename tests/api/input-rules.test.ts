/**
 * Exact input rules at the API edge: the one date parser (years 1900–2100, real days) on every date
 * parameter and body field, plain-decimal numbers, unknown query parameters refused by name, and free text
 * without control or bidi characters, stored NFC-normalised.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { addUser, ORIGIN, signIn } from './helpers/auth.ts';
import { testApp } from './helpers/test-app.ts';

type ErrorJson = { error: { code: string; message: string; field?: string } };

const { app, db, cleanup } = testApp();
afterAll(cleanup);

async function badRequest(path: string, init?: RequestInit): Promise<ErrorJson['error']> {
  const res = await app.request(path, init);
  expect(res.status, path).toBe(400);
  const body = (await res.json()) as ErrorJson;
  expect(body.error.code).toBe('invalid_input');
  return body.error;
}

/** Writes are sent as a signed-in editor; its display name is the recorded `who`. */
const editor = addUser(db, { login: 'rene', role: 'editor', displayName: 'René' }).then(() =>
  signIn(app, 'rene'),
);

const postTransition = async (body: unknown) =>
  app.request('/api/parcels/P-002/transitions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: ORIGIN, Cookie: await editor },
    body: JSON.stringify(body),
  });

describe('dates: years 0000–0099 and outside 1900–2100 are a 400 naming the field (they used to be 500s)', () => {
  it.each([
    ['/api/dashboard?refDate=0050-01-01', 'refDate'],
    ['/api/idle-land?refDate=0050-01-01', 'refDate'],
    ['/api/land-balance?refDate=0050-01-01', 'refDate'],
    ['/api/land-balance?horizon=0099-12-31', 'horizon'],
    ['/api/land-balance/matches?refDate=0001-01-01', 'refDate'],
    ['/api/projects/PR-NEG/candidates?refDate=0050-01-01', 'refDate'],
    ['/api/parcels/P-001?refDate=0050-01-01', 'refDate'],
    ['/api/reports/parcels/P-001.pdf?refDate=0050-01-01', 'refDate'],
    ['/api/dashboard?refDate=1899-12-31', 'refDate'],
    ['/api/dashboard?refDate=2101-01-01', 'refDate'],
    ['/api/dashboard?refDate=1900-02-29', 'refDate'],
  ])('%s', async (path, field) => {
    const e = await badRequest(path);
    expect(e.field).toBe(field);
    expect(e.message).toMatch(/1900–2100|real calendar date/);
  });

  it('in the transition body (date and contract dates)', async () => {
    const base = { to: 'listed', version: 1 };
    expect((await (await postTransition({ ...base, date: '0050-01-01' })).json()) as ErrorJson).toMatchObject(
      {
        error: { code: 'invalid_input', field: 'date' },
      },
    );
    const res = await postTransition({
      ...base,
      to: 'transferred',
      date: '2018-03-01',
      contract: { signed: '0018-03-01' },
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorJson).error.field).toBe('contract.signed');
  });

  it('accepts the edges 1900-01-01 and 2100-12-31 where a date is otherwise valid', async () => {
    expect((await app.request('/api/dashboard?refDate=1900-01-01')).status).toBe(200);
    expect((await app.request('/api/parcels/P-001?refDate=2100-12-31')).status).toBe(200);
  });
});

describe('numbers: plain decimals only', () => {
  it.each([
    ['/api/parcels?bbox=0x1,22,115,24', 'bbox'],
    ['/api/parcels?bbox=1e2,22,115,24', 'bbox'],
    ['/api/parcels?bbox=114,22,115,Infinity', 'bbox'],
    ['/api/parcels?minAreaMu=1e3', 'minAreaMu'],
    ['/api/parcels?maxAreaMu=0x10', 'maxAreaMu'],
    ['/api/parcels?limit=1e3', 'limit'],
    ['/api/land-balance?slack=.3e0', 'slack'],
    ['/api/search?q=a&limit=0x10', 'limit'],
    ['/api/targets?year=99999', 'year'],
    ['/api/redevelopment?year=0x7e2', 'year'],
  ])('%s → 400 naming %s', async (path, field) => {
    expect((await badRequest(path)).field).toBe(field);
  });

  it('still reads plain decimals', async () => {
    expect((await app.request('/api/parcels?bbox=114.0,22.8,114.6,23.2&minAreaMu=.5')).status).toBe(200);
    expect((await app.request('/api/land-balance?slack=0.25')).status).toBe(200);
  });
});

describe('unknown query parameters are a 400 naming them', () => {
  it('state[]=ready is not state=ready (it used to return the unfiltered list)', async () => {
    const e = await badRequest('/api/parcels?state[]=ready');
    expect(e.field).toBe('state[]');
    expect(e.message).toContain('unknown query parameter state[]');
    expect(e.message).toContain('accepted: bbox, platform, state');
  });

  it.each([
    '/api/parcels?stat=ready',
    '/api/parcels/P-001?refdate=2018-01-01',
    '/api/projects?stages=signed',
    '/api/land-balance?slak=0.5',
    '/api/land-balance/matches?keepTargets=true',
    '/api/dashboard?year=2018',
    '/api/idle-land?q=x',
    '/api/search?q=a&foo=1',
    '/api/targets?scopes=zone',
    '/api/redevelopment?types=old_factory',
    '/api/exports/parcels.csv?format=x',
    '/api/reports/parcels/P-001.pdf?lang=en',
    '/api/reports/platforms/test-belt.pdf?x=1',
    // Routes without any query parameter refuse every one.
    '/api/health?x=1',
    '/api/config?x=1',
    '/api/platforms?x=1',
    '/api/platforms/test-belt?x=1',
    '/api/projects/PR-NEG?x=1',
    '/api/layers/towns?x=1',
    '/api/tech-upgrades?x=1',
  ])('%s', async (path) => {
    const e = await badRequest(path);
    expect(e.message).toMatch(/^unknown query parameter/);
    expect(path).toContain(`${e.field}=`);
  });

  it('names several unknown parameters at once', async () => {
    const e = await badRequest('/api/parcels?a=1&b=2&state=ready');
    expect(e.message).toContain('unknown query parameters a, b');
  });
});

describe('free text: control and bidi characters refused, NFC stored', () => {
  it.each([
    ['a\u0000b', 'U+0000'],
    ['invoice\u202egnp.exe', 'U+202E'],
    ['x\u2066y', 'U+2066'],
    ['x\u200fy', 'U+200F'],
    ['x\u2028y', 'U+2028'],
  ])('note %j → 400 naming %s', async (text, cp) => {
    const res = await postTransition({ to: 'listed', date: '2018-03-01', version: 1, note: text });
    expect(res.status).toBe(400);
    const e = ((await res.json()) as ErrorJson).error;
    expect(e.field).toBe('note');
    expect(e.message).toContain(cp);
  });

  it('refuses search terms with controls', async () => {
    expect((await badRequest('/api/search?q=%E2%80%AEabc')).field).toBe('q');
    expect((await badRequest('/api/parcels?q=a%00b')).field).toBe('q');
  });

  it('stores the note NFC-normalised (e + U+0301 → é) with its line feeds; who is the account', async () => {
    const res = await postTransition({
      to: 'listed',
      date: '2018-03-01',
      version: 1,
      note: 'Cafe\u0301\r\nl2',
    });
    expect(res.status).toBe(200);
    const row = db
      .prepare("SELECT note, who FROM land_events WHERE parcel_id = 'P-002' ORDER BY id DESC LIMIT 1")
      .get() as { note: string; who: string };
    expect(row).toEqual({ note: 'Caf\u00e9\nl2', who: 'René' });
  });
});
