/**
 * 招商台账 import of projects (POST /api/imports kind=projects) from an XLSX written by GDAL
 * (tests/fixtures/import/zhaoshang-ledger.csv → .xlsx, make-fixtures.sh step 11). Oracles: the ledger's own cells
 * and the mini fixture's projects (geodata-mini/projects.json), read independently of the code under test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, as, signIn } from './helpers/auth.ts';
import { dataDigest } from './helpers/db-digest.ts';
import { importForm } from './helpers/import-zone.ts';
import { MINI_GEODATA, testApp } from './helpers/test-app.ts';

type Plan = {
  record: number;
  key: string;
  action: string;
  existingId: string | null;
  blocking: boolean;
  enterpriseProjects: string[];
};
type Summary = {
  id: string;
  count: number;
  blockingRecords: number[];
  records: Plan[];
  problems: { record: number; code: string; field?: string; message: string }[];
  commit: { counts: Record<string, number> } | null;
};
type Project = {
  id: string;
  name: string;
  enterprise: string;
  industry: string;
  origin: string;
  investmentWan: number;
  landDemandMu: number | null;
  stage: string;
  targetPlatformId: string | null;
  keyDates: { signed: string | null };
};

const fixtureProjects = JSON.parse(readFileSync(join(MINI_GEODATA, 'projects.json'), 'utf8')) as Project[];

describe('招商台账 XLSX → projects', () => {
  const t = testApp();
  let send: ReturnType<typeof as>;
  let dry: Summary;
  const rows = () => t.db.prepare('SELECT * FROM projects ORDER BY id').all();
  let before: unknown[];
  beforeAll(async () => {
    await addUser(t.db, { login: 'ed', role: 'editor' });
    await addUser(t.db, { login: 'park', role: 'editor', platforms: ['test-park'] });
    send = as(t.app, await signIn(t.app, 'ed'));
    before = rows();
    const res = await send('/api/imports', {
      method: 'POST',
      form: importForm('zhaoshang-ledger.xlsx', { kind: 'projects' }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    dry = (await res.json()) as Summary;
  });
  afterAll(t.cleanup);

  // Records are numbered as the spreadsheet's rows (the header is row 1), as the user sees them in Excel.
  it('shows, before any commit, which rows update a project and which are new, and whose enterprise is known', () => {
    const beiwei = fixtureProjects.find((p) => p.name === '佰维存储芯片封测项目')!;
    const jpt = fixtureProjects
      .filter((p) => p.enterprise === '深圳市杰普特光电股份有限公司')
      .map((p) => p.id);
    expect(dry.count).toBe(4);
    expect(dry.records.map((r) => [r.record, r.key, r.action, r.existingId])).toEqual([
      [2, '佰维存储芯片封测项目', 'update', beiwei.id],
      [3, '杰普特激光器二期项目', 'insert', null],
      [4, '北斗导航芯片项目', 'insert', null],
      [5, '生物试剂项目', 'insert', null],
    ]);
    expect(dry.records[1]!.enterpriseProjects).toEqual(jpt);
    expect(dry.records[2]!.enterpriseProjects).toEqual([]);
    expect(dry.blockingRecords).toEqual([5]);
    const p = dry.problems.find((x) => x.record === 5)!;
    expect([p.code, p.field]).toEqual(['unknown_value', 'industry']);
    expect(p.message).toContain('生物医药');
    expect(rows()).toEqual(before);
  });

  it('an editor limited to test-park is refused the ledger, naming spreadsheet row 2 (a test-belt project)', async () => {
    const park = as(t.app, await signIn(t.app, 'park'));
    const digest = dataDigest(t.db);
    const res = await park('/api/imports', {
      method: 'POST',
      form: importForm('zhaoshang-ledger.xlsx', { kind: 'projects' }),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('record 2');
    expect(dataDigest(t.db)).toBe(digest);
  });

  it('commits (row 5 excluded): one project updated from the ledger’s cells, two created; revert restores the rows', async () => {
    const refused = await send(`/api/imports/${dry.id}/commit`, { method: 'POST', json: { mode: 'upsert' } });
    expect(refused.status).toBe(422);
    const res = await send(`/api/imports/${dry.id}/commit`, {
      method: 'POST',
      json: { mode: 'upsert', exclude: [5] },
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(((await res.json()) as Summary).commit?.counts).toEqual({
      inserted: 2,
      updated: 1,
      skipped: 0,
      excluded: 1,
    });
    const { items: projects } = (await (await send('/api/projects')).json()) as { items: Project[] };
    const byName = new Map(projects.map((p) => [p.name, p]));
    const beiwei = byName.get('佰维存储芯片封测项目')!;
    expect([beiwei.investmentWan, beiwei.stage, beiwei.landDemandMu]).toEqual([
      250000,
      'under_construction',
      60,
    ]);
    const jpt2 = byName.get('杰普特激光器二期项目')!;
    expect(jpt2).toMatchObject({
      enterprise: '深圳市杰普特光电股份有限公司',
      industry: 'laser',
      origin: 'shenzhen',
      investmentWan: 30000,
      landDemandMu: 25,
      stage: 'signed',
      targetPlatformId: 'test-belt',
    });
    expect(jpt2.keyDates.signed).toBe('2018-02-01');
    expect(byName.get('北斗导航芯片项目')).toMatchObject({
      industry: 'beidou',
      origin: 'local',
      stage: 'negotiating',
      targetPlatformId: 'test-park',
      landDemandMu: null,
    });
    expect(byName.has('生物试剂项目')).toBe(false);
    const rev = await send(`/api/imports/${dry.id}/revert`, { method: 'POST' });
    expect(rev.status, await rev.clone().text()).toBe(200);
    expect(rows()).toEqual(before);
  });
});
