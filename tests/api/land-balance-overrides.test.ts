/**
 * Planner overrides on the bundled sample: a lock holds a project on a candidate site across requests (saved
 * in SQLite), the rest is re-matched around it, a lock that breaks a matching rule is refused with 422 and the
 * rule, exclusions keep a project or a parcel out, and bad bodies are 4xx (media type: json-body.ts, as the
 * transitions route).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { addUser, ORIGIN, signIn } from './helpers/auth.ts';
import { REAL_GEODATA, testApp } from './helpers/test-app.ts';

const { app, client, db, cleanup } = testApp({ geodataDir: REAL_GEODATA });
afterAll(cleanup);
/** Editor 王工's session: every override write needs an editor. */
const cookie = addUser(db, { login: 'wang', displayName: '王工', role: 'editor' }).then(() =>
  signIn(app, 'wang'),
);
const ed = async () => ({ headers: { Origin: ORIGIN, Cookie: await cookie } });

const lb = client.api['land-balance'];
const matches = async () => (await lb.matches.$get({ query: {} })).json();
const candidates = async (id: string) =>
  (await client.api.projects[':id'].candidates.$get({ param: { id }, query: {} })).json();

describe('locks', () => {
  it('locks a project to its second-ranked site, keeps it there after re-matching, and removes the lock', async () => {
    const before = await matches();
    const row = before.projects.find((r) => r.status === 'matched' && r.candidateCount >= 2)!;
    const c = await candidates(row.projectId);
    const other = c.candidates.find((x) => x.siteId !== row.assignment!.siteId)!;
    const res = await lb.locks.$post(
      {
        json: { projectId: row.projectId, siteId: other.siteId, note: '招商局要求' },
        query: {},
      },
      await ed(),
    );
    expect(res.status).toBe(201);
    const listed = await (await lb.overrides.$get()).json();
    expect(listed.locks).toEqual([
      expect.objectContaining({ projectId: row.projectId, siteId: other.siteId, note: '招商局要求' }),
    ]);
    const after = await matches();
    const locked = after.projects.find((r) => r.projectId === row.projectId)!;
    expect(locked.assignment?.siteId).toBe(other.siteId);
    expect(locked.locked).toBe(true);
    // No other project uses a parcel of the locked site.
    for (const r of after.projects) {
      if (r.projectId === row.projectId || !r.assignment) continue;
      expect(r.assignment.parcelIds.some((id) => other.parcelIds.includes(id))).toBe(false);
    }
    const del = await lb.locks[':projectId'].$delete({ param: { projectId: row.projectId } }, await ed());
    expect(del.status).toBe(200);
    expect((await matches()).projects.find((r) => r.projectId === row.projectId)?.assignment?.siteId).toBe(
      row.assignment!.siteId,
    );
    expect(
      (await lb.locks[':projectId'].$delete({ param: { projectId: row.projectId } }, await ed())).status,
    ).toBe(404);
  });

  it('refuses a lock that breaks a rule with 422 and the rule, and bad bodies with 4xx', async () => {
    const m = await matches();
    const small = m.projects
      .filter((r) => r.landDemandMu > 0)
      .sort((a, b) => a.landDemandMu - b.landDemandMu)[0]!;
    const big = m.projects
      .filter((r) => r.assignment)
      .sort((a, b) => b.assignment!.areaMu - a.assignment!.areaMu)[0]!;
    // The largest assigned site is far outside the smallest project's demand window.
    const res = await lb.locks.$post(
      {
        json: { projectId: small.projectId, siteId: big.assignment!.siteId },
        query: {},
      },
      await ed(),
    );
    expect(res.status).toBe(422);
    const body = (await res.json()) as unknown as { error: { code: string; field: string } };
    expect(body.error.code).toMatch(/^lock_(area_window|platform|land_use)$/);
    expect(body.error.field).toBe('siteId');
    const none = await lb.locks.$post(
      {
        json: { projectId: 'no-such', siteId: big.assignment!.siteId },
        query: {},
      },
      await ed(),
    );
    expect(none.status).toBe(404);
    const bad = await lb.locks.$post(
      { json: { projectId: small.projectId, siteId: '' }, query: {} },
      await ed(),
    );
    expect(bad.status).toBe(400);
    const notSupply = await lb.locks.$post(
      {
        json: { projectId: small.projectId, siteId: 'nowhere' },
        query: {},
      },
      await ed(),
    );
    expect(notSupply.status).toBe(422);
    expect(((await notSupply.json()) as unknown as { error: { code: string } }).error.code).toBe(
      'lock_site_not_supply',
    );
    const badPolicy = await lb.locks.$post(
      {
        json: { projectId: small.projectId, siteId: 'y' },
        query: { policy: 'x' as 'area_first' },
      },
      await ed(),
    );
    expect(badPolicy.status).toBe(400);
  });
});

describe('site references by parcel code', () => {
  it('a lock and an exclusion typed as lower-case parcel codes store the ids and list the codes', async () => {
    const m = await matches();
    const row = m.projects.find((r) => r.status === 'matched' && r.candidateCount >= 2)!;
    const site = (await candidates(row.projectId)).candidates.find((x) => x.parcelIds.length > 1)!;
    const codeOf = (id: string) =>
      db.prepare('SELECT code FROM parcels WHERE id = ?').pluck().get(id) as string;
    const codes = site.parcelIds.map(codeOf);
    const typed = codes.map((c) => c.toLowerCase()).join(' + ');
    const res = await lb.locks.$post(
      { json: { projectId: row.projectId, siteId: typed }, query: {} },
      await ed(),
    );
    expect(res.status).toBe(201);
    const other = m.projects.find((r) => r.assignment && r.projectId !== row.projectId)!;
    const lone = other.assignment!.parcelIds.find((id) => !site.parcelIds.includes(id))!;
    const ex = await lb.exclusions.$post(
      { json: { kind: 'site', ref: codeOf(lone).toLowerCase() } },
      await ed(),
    );
    expect(ex.status).toBe(201);
    const listed = await (await lb.overrides.$get()).json();
    expect(listed.locks).toEqual([
      expect.objectContaining({ projectId: row.projectId, siteId: site.siteId, siteCodes: codes }),
    ]);
    expect(listed.exclusions).toEqual([
      expect.objectContaining({ kind: 'site', ref: lone, label: codeOf(lone) }),
    ]);
    await lb.exclusions[':kind'][':ref'].$delete({ param: { kind: 'site', ref: lone } }, await ed());
    await lb.locks[':projectId'].$delete({ param: { projectId: row.projectId } }, await ed());
    expect(await (await lb.overrides.$get()).json()).toEqual({ locks: [], exclusions: [] });
  });
});

describe('who may write', () => {
  it('an anonymous lock is refused with 401; the editor writes above are audited', async () => {
    const res = await lb.locks.$post(
      { json: { projectId: 'x', siteId: 'y' }, query: {} },
      { headers: { Origin: ORIGIN } },
    );
    expect(res.status).toBe(401);
    const rows = db
      .prepare(
        "SELECT action, entity_id AS entityId, user_name AS who FROM audit_log WHERE action LIKE 'land_balance.%' ORDER BY id",
      )
      .all() as { action: string; who: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.who === '王工')).toBe(true);
    expect(rows.map((r) => r.action)).toContain('land_balance.lock');
  });
});

describe('exclusions', () => {
  it('an excluded project leaves the matching with its reason, and comes back when removed', async () => {
    const m = await matches();
    const row = m.projects.find((r) => r.status === 'matched')!;
    const res = await lb.exclusions.$post({ json: { kind: 'project', ref: row.projectId } }, await ed());
    expect(res.status).toBe(201);
    const after = (await matches()).projects.find((r) => r.projectId === row.projectId)!;
    expect(after).toMatchObject({ status: 'unmatched', excluded: true });
    expect(after.reason?.code).toBe('excluded_by_planner');
    const del = await lb.exclusions[':kind'][':ref'].$delete(
      {
        param: { kind: 'project', ref: row.projectId },
      },
      await ed(),
    );
    expect(del.status).toBe(200);
    expect((await matches()).projects.find((r) => r.projectId === row.projectId)?.status).toBe('matched');
  });

  it('an excluded parcel is used by no assignment', async () => {
    const m = await matches();
    const parcel = m.projects.find((r) => r.assignment?.parcelIds.length)!.assignment!.parcelIds[0]!;
    expect((await lb.exclusions.$post({ json: { kind: 'site', ref: parcel } }, await ed())).status).toBe(201);
    for (const r of (await matches()).projects) expect(r.assignment?.parcelIds ?? []).not.toContain(parcel);
    await lb.exclusions[':kind'][':ref'].$delete({ param: { kind: 'site', ref: parcel } }, await ed());
  });

  it('400 for a bad kind, 404 for an unknown reference', async () => {
    const bad = await lb.exclusions.$post({ json: { kind: 'town' as 'site', ref: 'x' } }, await ed());
    expect(bad.status).toBe(400);
    expect((await lb.exclusions.$post({ json: { kind: 'site', ref: 'nowhere' } }, await ed())).status).toBe(
      404,
    );
    expect(
      (await lb.exclusions.$post({ json: { kind: 'project', ref: 'nowhere' } }, await ed())).status,
    ).toBe(404);
  });
});
