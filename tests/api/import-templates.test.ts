/**
 * Saved mapping templates: the field and value mapping of an import saved under a name (audited), offered on the
 * next import of the same kind whose file has every source field the template reads, and not offered otherwise.
 * Oracles: the literal field names of the fixtures (GDAL-made shapefile DKBH/YDXZ/MJ; 国土 TXT 地块编号/地块用途).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, as, signIn } from './helpers/auth.ts';
import { importForm, importZoneApp } from './helpers/import-zone.ts';

type Template = {
  id: number;
  kind: string;
  name: string;
  mapping: { fields: Record<string, string> };
  sourceFields: string[];
};

const t = importZoneApp();
let editor: ReturnType<typeof as>;
let viewer: ReturnType<typeof as>;
beforeAll(async () => {
  await addUser(t.db, { login: 'editor', role: 'editor', displayName: '张工' });
  await addUser(t.db, { login: 'viewer', role: 'viewer' });
  editor = as(t.app, await signIn(t.app, 'editor'));
  viewer = as(t.app, await signIn(t.app, 'viewer'));
});
afterAll(() => t.cleanup());

const stage = async (file: string, mapping?: unknown) => {
  const res = await editor('/api/imports', {
    method: 'POST',
    form: importForm(file, mapping ? { mapping } : {}),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
};

describe('import mapping templates', () => {
  it('saves the mapping of an import under a name, with one audit row; viewers are refused', async () => {
    const id = await stage('shp-4547-gbk.zip', {
      fields: { areaM2: 'MJ' },
      values: { landUse: { 工业: '1001' } },
    });
    expect(
      (await viewer(`/api/imports/${id}/template`, { method: 'POST', json: { name: '县局 SHP' } })).status,
    ).toBe(403);
    const res = await editor(`/api/imports/${id}/template`, { method: 'POST', json: { name: '县局 SHP' } });
    expect(res.status, await res.clone().text()).toBe(201);
    const saved = (await res.json()) as Template;
    expect(saved.kind).toBe('parcels');
    // The guessed fields are saved explicitly, with the value table.
    expect(saved.mapping.fields).toMatchObject({ code: 'DKBH', landUse: 'YDXZ', areaM2: 'MJ' });
    expect(saved.mapping).toMatchObject({ values: { landUse: { 工业: '1001' } } });
    expect(saved.sourceFields).toEqual(['DKBH', 'MJ', 'YDXZ']);
    const audits = t.db
      .prepare(`SELECT user_name, entity_id FROM audit_log WHERE action = 'import.template'`)
      .all() as { user_name: string; entity_id: string }[];
    expect(audits).toEqual([{ user_name: '张工', entity_id: String(saved.id) }]);
  });

  it('is offered on the next import whose file has the same fields, and only there', async () => {
    const again = await stage('shp-4526-gbk-nocpg.zip');
    const offered = (await (await editor(`/api/imports/${again}/templates`)).json()) as {
      templates: Template[];
    };
    expect(offered.templates.map((x) => x.name)).toEqual(['县局 SHP']);
    const txt = await stage('guotu-4526.txt');
    const none = (await (await editor(`/api/imports/${txt}/templates`)).json()) as { templates: Template[] };
    expect(none.templates).toEqual([]);
  });

  it('refuses a blank name (400 naming it) and an unknown import (404)', async () => {
    const id = await stage('guotu-4526.txt');
    const blank = await editor(`/api/imports/${id}/template`, { method: 'POST', json: { name: '  ' } });
    expect(blank.status).toBe(400);
    expect(((await blank.json()) as { error: { field?: string } }).error.field).toBe('name');
    const unknown = await editor('/api/imports/imp-20180309-0000000000/template', {
      method: 'POST',
      json: { name: 'x' },
    });
    expect(unknown.status).toBe(404);
  });
});
