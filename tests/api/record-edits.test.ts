/**
 * Attribute edits with optimistic concurrency (RFC 9110 §13.1.1 If-Match, RFC 6585 §3 428) against the hand-made
 * fixture (server clock 2018-03-09 08:00Z = 2018-03-09 in Beijing): PATCH /api/parcels/:id, POST /api/projects,
 * PATCH /api/projects/:id, PUT /api/projects/:id/parcels, DELETE /api/projects/:id, PATCH /api/redevelopment/:id.
 * For every write: 2xx with the new ETag, 412 on a stale ETag with the current version and who changed it (and
 * nothing written), 428 without If-Match, 400 / 422 naming the field, 403 for a viewer and for an editor of
 * another platform, and one audit row naming the signed-in editor.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countAudit } from '../../server/db/queries/audit.ts';
import { addUser, as, signIn } from './helpers/auth.ts';
import { dataDigest } from './helpers/db-digest.ts';
import { testApp } from './helpers/test-app.ts';

const { app, db, cleanup } = testApp();
afterAll(cleanup);

type ErrorJson = {
  error: { code: string; message: string; field?: string };
  current?: { version: number; etag: string; changes: { who: string; action: string; version: number }[] };
};

let editor: ReturnType<typeof as>;
let colleague: ReturnType<typeof as>;
let viewer: ReturnType<typeof as>;
let parkEditor: ReturnType<typeof as>;

beforeAll(async () => {
  await addUser(db, { login: 'zhang', displayName: '张工', role: 'editor' });
  await addUser(db, { login: 'li', displayName: '李工', role: 'editor' });
  await addUser(db, { login: 'viewer', role: 'viewer' });
  await addUser(db, { login: 'park', displayName: '园区编辑', role: 'editor', platforms: ['test-park'] });
  editor = as(app, await signIn(app, 'zhang'));
  colleague = as(app, await signIn(app, 'li'));
  viewer = as(app, await signIn(app, 'viewer'));
  parkEditor = as(app, await signIn(app, 'park'));
});

const etag = async (path: string) => {
  const res = await editor(path);
  expect(res.status).toBe(200);
  const tag = res.headers.get('ETag');
  expect(tag).toMatch(/^"\d+"$/);
  return tag as string;
};

const lastAudit = () =>
  db
    .prepare('SELECT user_name, action, entity_id, before, after FROM audit_log ORDER BY id DESC LIMIT 1')
    .get() as {
    user_name: string;
    action: string;
    entity_id: string;
    before: string | null;
    after: string | null;
  };

/** Sends a refused request and checks the status, code, field and that nothing was written. */
async function refused(
  send: () => Response | Promise<Response>,
  status: number,
  code: RegExp | string,
  field?: string,
): Promise<ErrorJson> {
  const digest = dataDigest(db);
  const audits = countAudit(db);
  const res = await send();
  const body = (await res.json()) as ErrorJson;
  expect(res.status, JSON.stringify(body)).toBe(status);
  expect(body.error.code).toMatch(code);
  if (field !== undefined) expect(body.error.field).toBe(field);
  expect(dataDigest(db), 'nothing written').toBe(digest);
  expect(countAudit(db)).toBe(audits);
  return body;
}

describe('PATCH /api/parcels/:id', () => {
  it('GET answers the ETag of the version', async () => {
    const res = await editor('/api/parcels/P-002');
    const p = (await res.json()) as { version: number };
    expect(res.headers.get('ETag')).toBe(`"${p.version}"`);
  });

  it('a browser asking for gzip still gets the strong ETag, and sending it straight back as If-Match works', async () => {
    const res = await editor('/api/projects/proj-001', {
      headers: { 'Accept-Encoding': 'gzip, deflate, br' },
    });
    expect(
      Number(res.headers.get('Content-Length') ?? (await res.clone().arrayBuffer()).byteLength),
    ).toBeGreaterThan(1024); // large enough that the compressing middleware would otherwise act
    expect(res.headers.get('Content-Encoding')).toBeNull();
    const tag = res.headers.get('ETag');
    expect(tag).toMatch(/^"\d+"$/);
    const patch = await editor('/api/projects/proj-001', {
      method: 'PATCH',
      headers: { 'If-Match': tag ?? '' },
      json: { neededBy: '2019-06-30' },
    });
    expect(patch.status, await patch.clone().text()).toBe(200);
  });

  it('edits land use, notes and readiness: 200, new ETag, audit row with before/after', async () => {
    const tag = await etag('/api/parcels/P-002');
    const res = await editor('/api/parcels/P-002', {
      method: 'PATCH',
      headers: { 'If-Match': tag },
      json: {
        landUse: '100101',
        notes: '东侧道路 2018 年底贯通',
        readiness: {
          conversionApproved: '2017-05-01',
          quotaAllocated: true,
          demolitionPct: 80,
          siteLevelled: false,
        },
      },
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const p = (await res.json()) as {
      landUse: string;
      notes: string;
      version: number;
      readiness: { demolitionPct: number };
    };
    expect(p.landUse).toBe('100101');
    expect(p.notes).toBe('东侧道路 2018 年底贯通');
    expect(p.readiness.demolitionPct).toBe(80);
    expect(res.headers.get('ETag')).toBe(`"${Number(tag.replaceAll('"', '')) + 1}"`);
    const a = lastAudit();
    expect(a).toMatchObject({ user_name: '张工', action: 'parcel.update', entity_id: 'P-002' });
    expect(JSON.parse(a.before ?? '{}')).toMatchObject({ landUse: '1001', notes: '' });
    expect(JSON.parse(a.after ?? '{}')).toMatchObject({ landUse: '100101' });
    // The list (map) shows the new land use.
    const list = (await (await editor('/api/parcels?q=ZK-2017-002')).json()) as {
      features: { properties: { landUse: string } }[];
    };
    expect(list.features[0]?.properties.landUse).toBe('100101');
  });

  it('412 on a stale ETag, naming the version now and who changed it since; nothing written', async () => {
    const stale = await etag('/api/parcels/P-002');
    const ok = await colleague('/api/parcels/P-002', {
      method: 'PATCH',
      headers: { 'If-Match': stale },
      json: { plotRatioMax: 2.5 },
    });
    expect(ok.status).toBe(200);
    const body = await refused(
      () =>
        editor('/api/parcels/P-002', {
          method: 'PATCH',
          headers: { 'If-Match': stale },
          json: { plotRatioMax: 3 },
        }),
      412,
      'stale',
      'If-Match',
    );
    expect(body.current?.etag).toBe(ok.headers.get('ETag'));
    expect(body.current?.changes.map((c) => c.who)).toEqual(['李工']);
    expect(body.error.message).toContain('李工');
  });

  it('428 without If-Match, and with If-Match: * (it would let a lost update through)', async () => {
    await refused(
      () => editor('/api/parcels/P-002', { method: 'PATCH', json: { notes: 'x' } }),
      428,
      'precondition_required',
      'If-Match',
    );
    await refused(
      () =>
        editor('/api/parcels/P-002', { method: 'PATCH', headers: { 'If-Match': '*' }, json: { notes: 'x' } }),
      428,
      'precondition_required',
    );
  });

  it('400 naming the field: a bad land use, a state (changed only by transitions), an empty patch', async () => {
    const tag = await etag('/api/parcels/P-002');
    const patch = (json: unknown) => () =>
      editor('/api/parcels/P-002', { method: 'PATCH', headers: { 'If-Match': tag }, json });
    await refused(patch({ landUse: '9999' }), 400, 'invalid_input', 'landUse');
    await refused(patch({ state: 'listed' }), 400, 'invalid_input', 'state');
    await refused(patch({ who: '王五', notes: 'x' }), 400, 'invalid_input', 'who');
    const conditions = {
      plotRatioMin: 3,
      plotRatioMax: 2,
      buildingCoverageMin: null,
      greenRatioMax: null,
      heightLimitM: null,
      termYears: null,
      startPriceWan: null,
      penaltyPermillePerDay: null,
      investmentIntensityWanPerMu: null,
      outputPerMuWan: null,
      taxPerMuWan: null,
    };
    await refused(patch({ conditions }), 400, 'invalid_input', 'conditions.plotRatioMin');
    await refused(patch({}), 400, 'invalid_input');
  });

  it('422 code_taken when another parcel has the code', async () => {
    const tag = await etag('/api/parcels/P-002');
    await refused(
      () =>
        editor('/api/parcels/P-002', {
          method: 'PATCH',
          headers: { 'If-Match': tag },
          json: { code: 'zk-2017-001' },
        }),
      422,
      'code_taken',
      'code',
    );
  });

  it('403 for a viewer and for an editor of another platform', async () => {
    const tag = await etag('/api/parcels/P-002');
    const send = (who: typeof editor) => () =>
      who('/api/parcels/P-002', { method: 'PATCH', headers: { 'If-Match': tag }, json: { notes: 'x' } });
    await refused(send(viewer), 403, 'role_required');
    await refused(send(parkEditor), 403, 'platform_scope');
  });

  it('a new code is found by search and the old one is not', async () => {
    const tag = await etag('/api/parcels/P-003');
    const res = await editor('/api/parcels/P-003', {
      method: 'PATCH',
      headers: { 'If-Match': tag },
      json: { code: 'ZK-2018-003A' },
    });
    expect(res.status).toBe(200);
    const hits = (await (await editor('/api/search?q=ZK-2018-003')).json()) as {
      parcels: { code: string }[];
    };
    expect(hits.parcels.map((p) => p.code)).toEqual(['ZK-2018-003A']);
  });
});

const newLead = {
  name: '北斗导航终端项目',
  enterprise: '惠州星联导航科技有限公司',
  industry: 'beidou',
  origin: 'shenzhen',
  investmentWan: 30000,
  landDemandMu: 40,
  targetPlatformId: 'test-belt',
};

describe('POST /api/projects', () => {
  it('creates a lead: 201, Location, ETag "1", stage 线索, audit row', async () => {
    const audits = countAudit(db);
    const res = await editor('/api/projects', { method: 'POST', json: newLead });
    expect(res.status, await res.clone().text()).toBe(201);
    const p = (await res.json()) as {
      id: string;
      stage: string;
      version: number;
      createdOn: string;
      keyDates: { approved: null };
    };
    expect(p.id).toBe('prj-0001');
    expect(res.headers.get('Location')).toBe('/api/projects/prj-0001');
    expect(res.headers.get('ETag')).toBe('"1"');
    expect(p).toMatchObject({ stage: 'lead', version: 1, createdOn: '2018-03-09' });
    expect(p.keyDates.approved).toBeNull();
    expect(countAudit(db)).toBe(audits + 1);
    expect(lastAudit()).toMatchObject({
      user_name: '张工',
      action: 'project.create',
      entity_id: 'prj-0001',
      before: null,
    });
    const list = (await (await editor('/api/projects?q=星联')).json()) as { total: number };
    expect(list.total).toBe(1);
  });

  it('400 naming a missing or malformed field', async () => {
    await refused(
      () => editor('/api/projects', { method: 'POST', json: { ...newLead, name: undefined } }),
      400,
      'invalid_input',
      'name',
    );
    await refused(
      () => editor('/api/projects', { method: 'POST', json: { ...newLead, investmentWan: -1 } }),
      400,
      'invalid_input',
      'investmentWan',
    );
    await refused(
      () =>
        editor('/api/projects', { method: 'POST', json: { ...newLead, keyDates: { signed: '2018-02-30' } } }),
      400,
      'invalid_input',
      'keyDates.signed',
    );
  });

  it('422: a stage without its date, an unknown platform', async () => {
    await refused(
      () => editor('/api/projects', { method: 'POST', json: { ...newLead, stage: 'approved' } }),
      422,
      'stage_date_required',
      'keyDates.approved',
    );
    await refused(
      () => editor('/api/projects', { method: 'POST', json: { ...newLead, targetPlatformId: 'nowhere' } }),
      422,
      'unknown_platform',
      'targetPlatformId',
    );
  });

  it('403 for a viewer and for an editor of another platform than the target', async () => {
    await refused(() => viewer('/api/projects', { method: 'POST', json: newLead }), 403, 'role_required');
    await refused(
      () => parkEditor('/api/projects', { method: 'POST', json: newLead }),
      403,
      'platform_scope',
    );
    const ok = await parkEditor('/api/projects', {
      method: 'POST',
      json: { ...newLead, targetPlatformId: 'test-park' },
    });
    expect(ok.status).toBe(201);
  });
});

describe('PATCH /api/projects/:id', () => {
  it('moves proj-003 from 过会 to 签约 with its date and document number: 200, new ETag, audit', async () => {
    const tag = await etag('/api/projects/proj-003');
    const res = await editor('/api/projects/proj-003', {
      method: 'PATCH',
      headers: { 'If-Match': tag },
      json: {
        stage: 'signed',
        keyDates: { signed: '2018-03-01' },
        signedDocNo: '仲恺投协〔2018〕12号',
        fixedInvestmentWan: 20000,
      },
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const p = (await res.json()) as {
      stage: string;
      keyDates: { approved: string; signed: string };
      signedDocNo: string;
    };
    expect(p.stage).toBe('signed');
    expect(p.keyDates.signed).toBe('2018-03-01');
    // Key dates merge: the stored 过会 date stays.
    expect(p.keyDates.approved).not.toBeNull();
    expect(p.signedDocNo).toBe('仲恺投协〔2018〕12号');
    expect(res.headers.get('ETag')).toBe(`"${Number(tag.replaceAll('"', '')) + 1}"`);
    const a = lastAudit();
    expect(a).toMatchObject({ action: 'project.update', entity_id: 'proj-003', user_name: '张工' });
    expect(JSON.parse(a.before ?? '{}')).toMatchObject({ stage: 'approved', signedDocNo: null });
  });

  it('marks an expansion of an enterprise already in the zone (增资)', async () => {
    const tag = await etag('/api/projects/proj-002');
    const res = await editor('/api/projects/proj-002', {
      method: 'PATCH',
      headers: { 'If-Match': tag },
      json: { expansionOf: '深圳市杰普特光电股份有限公司' },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { expansionOf: string }).expansionOf).toBe('深圳市杰普特光电股份有限公司');
  });

  it('412 stale, 428 missing, 400 / 422 with the field, 403 viewer and other-platform editor', async () => {
    const stale = await etag('/api/projects/proj-002');
    expect(
      (
        await colleague('/api/projects/proj-002', {
          method: 'PATCH',
          headers: { 'If-Match': stale },
          json: { annualOutputWan: 90000 },
        })
      ).status,
    ).toBe(200);
    const body = await refused(
      () =>
        editor('/api/projects/proj-002', {
          method: 'PATCH',
          headers: { 'If-Match': stale },
          json: { name: 'x' },
        }),
      412,
      'stale',
    );
    expect(body.current?.changes.at(-1)?.who).toBe('李工');
    const tag = await etag('/api/projects/proj-002');
    const patch =
      (json: unknown, who = editor, headers: Record<string, string> = { 'If-Match': tag }) =>
      () =>
        who('/api/projects/proj-002', { method: 'PATCH', headers, json });
    await refused(patch({ name: 'x' }, editor, {}), 428, 'precondition_required');
    await refused(patch({ industry: 'steel' }), 400, 'invalid_input', 'industry');
    await refused(patch({ stage: 'producing' }), 422, 'stage_date_required', 'keyDates.producing');
    await refused(
      patch({ keyDates: { producing: '2018-01-01' } }),
      422,
      'date_beyond_stage',
      'keyDates.producing',
    );
    await refused(
      patch({ keyDates: { firstContact: '2018-02-01', signed: '2018-01-01' } }),
      422,
      'dates_out_of_order',
      'keyDates.signed',
    );
    await refused(patch({ stage: 'terminated' }), 422, 'stage_date_required', 'terminatedOn');
    await refused(patch({ name: 'x' }, viewer), 403, 'role_required');
    await refused(patch({ name: 'x' }, parkEditor), 403, 'platform_scope');
  });
});

describe('PUT /api/projects/:id/parcels', () => {
  it('links proj-002 to P-002: both versions move, the parcel shows the project, audit row', async () => {
    const tag = await etag('/api/projects/proj-002');
    const parcelTag = await etag('/api/parcels/P-002');
    const res = await editor('/api/projects/proj-002/parcels', {
      method: 'PUT',
      headers: { 'If-Match': tag },
      json: { parcelIds: ['P-002'] },
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(((await res.json()) as { parcelIds: string[] }).parcelIds).toEqual(['P-002']);
    expect(await etag('/api/parcels/P-002')).not.toBe(parcelTag);
    const parcel = (await (await editor('/api/parcels/P-002')).json()) as { projects: { id: string }[] };
    expect(parcel.projects.map((p) => p.id)).toEqual(['proj-002']);
    const a = lastAudit();
    expect(a.action).toBe('project.parcels');
    expect(JSON.parse(a.after ?? '{}')).toMatchObject({ parcelIds: ['P-002'] });
  });

  it('422 for an unknown parcel; 403 when a linked parcel is of another platform; 428; 412', async () => {
    const tag = await etag('/api/projects/proj-002');
    const put =
      (json: unknown, who = editor, headers: Record<string, string> = { 'If-Match': tag }) =>
      () =>
        who('/api/projects/proj-002/parcels', { method: 'PUT', headers, json });
    await refused(put({ parcelIds: ['P-999'] }), 422, 'unknown_parcel', 'parcelIds');
    await refused(put({ parcelIds: ['P-002'] }, editor, {}), 428, 'precondition_required');
    await refused(put({ parcelIds: ['P-002'] }, editor, { 'If-Match': '"1"' }), 412, 'stale');
    await refused(put({ parcelIds: ['P-002', 'P-006'] }, viewer), 403, 'role_required');
    await refused(put({ parcelIds: ['P-002', 'P-006'] }, parkEditor), 403, 'platform_scope');
  });
});

describe('DELETE /api/projects/:id', () => {
  it('deletes a mistaken draft lead (204, audit with the deleted record) but refuses a signed project', async () => {
    const created = await editor('/api/projects', { method: 'POST', json: { ...newLead, name: '误录项目' } });
    const { id } = (await created.json()) as { id: string };
    await refused(() => editor(`/api/projects/${id}`, { method: 'DELETE' }), 428, 'precondition_required');
    await refused(
      () => viewer(`/api/projects/${id}`, { method: 'DELETE', headers: { 'If-Match': '"1"' } }),
      403,
      'role_required',
    );
    const res = await editor(`/api/projects/${id}`, { method: 'DELETE', headers: { 'If-Match': '"1"' } });
    expect(res.status).toBe(204);
    expect(lastAudit()).toMatchObject({ action: 'project.delete', entity_id: id, after: null });
    expect((await editor(`/api/projects/${id}`)).status).toBe(404);
    const tag = await etag('/api/projects/proj-001');
    await refused(
      () => editor('/api/projects/proj-001', { method: 'DELETE', headers: { 'If-Match': tag } }),
      422,
      'not_deletable',
      'stage',
    );
  });
});

describe('PATCH /api/redevelopment/:id', () => {
  it('sets the implementer and stage: 200, new ETag, audit row; the list shows it', async () => {
    const tag = await etag('/api/redevelopment/R-002');
    const res = await editor('/api/redevelopment/R-002', {
      method: 'PATCH',
      headers: { 'If-Match': tag },
      json: { implementer: 'cooperative', stage: 'demolition', completedAreaM2: 5000 },
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get('ETag')).toBe(`"${Number(tag.replaceAll('"', '')) + 1}"`);
    const list = (await (await editor('/api/redevelopment?platform=test-belt')).json()) as {
      features: { id: string; properties: { implementer: string; stage: string } }[];
    };
    expect(list.features.find((f) => f.id === 'R-002')?.properties).toMatchObject({
      implementer: 'cooperative',
      stage: 'demolition',
    });
    expect(lastAudit()).toMatchObject({
      action: 'redevelopment.update',
      entity_id: 'R-002',
      user_name: '张工',
    });
  });

  it('412 stale, 428 missing, 400 / 422 with the field, 403 viewer and other-platform editor', async () => {
    const tag = await etag('/api/redevelopment/R-002');
    const patch =
      (json: unknown, who = editor, headers: Record<string, string> = { 'If-Match': tag }) =>
      () =>
        who('/api/redevelopment/R-002', { method: 'PATCH', headers, json });
    await refused(patch({ stage: 'completed' }, editor, {}), 428, 'precondition_required');
    await refused(patch({ stage: 'completed' }, editor, { 'If-Match': '"1"' }), 412, 'stale');
    await refused(patch({ implementer: 'bank' }), 400, 'invalid_input', 'implementer');
    await refused(patch({ completedAreaM2: 1e7 }), 422, 'area_exceeds_site', 'completedAreaM2');
    await refused(patch({ stage: 'completed' }), 422, 'stage_needs_area', 'completedAreaM2');
    await refused(patch({ stage: 'completed' }, viewer), 403, 'role_required');
    await refused(patch({ stage: 'completed' }, parkEditor), 403, 'platform_scope');
  });
});

describe('undo (a new revision restoring the before values)', () => {
  const lastAuditId = () => db.prepare('SELECT max(id) FROM audit_log').pluck().get() as number;

  it('restores a parcel’s land use and notes; the undo is itself audited and can be undone', async () => {
    let tag = await etag('/api/parcels/P-001');
    const edited = await editor('/api/parcels/P-001', {
      method: 'PATCH',
      headers: { 'If-Match': tag },
      json: { landUse: '1001', notes: '误改' },
    });
    expect(edited.status).toBe(200);
    const auditId = lastAuditId();
    tag = edited.headers.get('ETag') as string;
    await refused(
      () => editor('/api/parcels/P-001/undo', { method: 'POST', json: { auditId } }),
      428,
      'precondition_required',
    );
    const res = await editor('/api/parcels/P-001/undo', {
      method: 'POST',
      headers: { 'If-Match': tag },
      json: { auditId },
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const p = (await res.json()) as { landUse: string; notes: string };
    expect(p).toMatchObject({ landUse: '100101', notes: '' });
    const a = lastAudit();
    expect(a.action).toBe('parcel.update');
    expect(JSON.parse(a.after ?? '{}')).toMatchObject({ landUse: '100101', undoOf: auditId });
  });

  it('refuses the audit row of another record (422 not_undoable, field auditId)', async () => {
    const other = db
      .prepare(`SELECT max(id) FROM audit_log WHERE entity_id = 'P-002'`)
      .pluck()
      .get() as number;
    const tag = await etag('/api/parcels/P-001');
    await refused(
      () =>
        editor('/api/parcels/P-001/undo', {
          method: 'POST',
          headers: { 'If-Match': tag },
          json: { auditId: other },
        }),
      422,
      'not_undoable',
      'auditId',
    );
  });

  it('restores a project’s annual output and a 三旧 site’s stage', async () => {
    let tag = await etag('/api/projects/proj-001');
    const edited = await editor('/api/projects/proj-001', {
      method: 'PATCH',
      headers: { 'If-Match': tag },
      json: { annualOutputWan: 1 },
    });
    const auditId = lastAuditId();
    tag = edited.headers.get('ETag') as string;
    const res = await editor('/api/projects/proj-001/undo', {
      method: 'POST',
      headers: { 'If-Match': tag },
      json: { auditId },
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(((await res.json()) as { annualOutputWan: number }).annualOutputWan).toBe(500000);

    let siteTag = await etag('/api/redevelopment/R-001');
    const site = await editor('/api/redevelopment/R-001', {
      method: 'PATCH',
      headers: { 'If-Match': siteTag },
      json: { stage: 'construction' },
    });
    const siteAudit = lastAuditId();
    siteTag = site.headers.get('ETag') as string;
    const undone = await editor('/api/redevelopment/R-001/undo', {
      method: 'POST',
      headers: { 'If-Match': siteTag },
      json: { auditId: siteAudit },
    });
    expect(undone.status, await undone.clone().text()).toBe(200);
    expect(((await undone.json()) as { properties: { stage: string } }).properties.stage).toBe('demolition');
  });
});
