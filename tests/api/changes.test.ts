/**
 * GET /api/changes and /api/changes.xlsx ("变化 / What changed") on the bundled sample. The oracle is a hand walk
 * over geodata/parcels.geojson and geodata/projects.json (a parcel's state on a day is its last event dated on or
 * before it; a project's stage the last chain stage whose key date is on or before it), done once outside the
 * app and written here as literal rows for 2015-01-05 → 2015-01-08.
 */
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { REAL_GEODATA, testApp } from './helpers/test-app.ts';

const { app, cleanup } = testApp({ geodataDir: REAL_GEODATA });
afterAll(cleanup);

type Changes = {
  from: string;
  to: string;
  grantedM2: number;
  grantedMu: number;
  parcels: {
    id: string;
    code: string;
    kind: string;
    before: string | null;
    after: string | null;
    granted: boolean;
    areaM2: number;
    platformId: string;
  }[];
  projects: { id: string; before: string | null; after: string | null; kind: string; name: string }[];
};

describe('GET /api/changes', () => {
  it('lists the parcels whose state changed, the land granted and the projects that moved (literal rows)', async () => {
    const res = await app.request('/api/changes?from=2015-01-05&to=2015-01-08');
    expect(res.status).toBe(200);
    const c = (await res.json()) as Changes;
    expect(c.parcels.map((p) => [p.code, p.kind, p.before, p.after, p.granted]).sort()).toEqual([
      ['ZK-ZC-0176', 'state', 'under_construction', 'completed', false],
      ['ZK-ZH-0149', 'state', 'listed', 'transferred', true],
      ['ZK-ZH-0177', 'created', null, 'reserve', false],
    ]);
    expect(c.projects.map((p) => [p.id, p.before, p.after, p.kind]).sort()).toEqual([
      ['prj-h064', 'signed', 'land_acquired', 'advanced'],
      ['prj-h139', 'approved', 'signed', 'advanced'],
      ['prj-h142', null, 'negotiating', 'new'],
    ]);
    // Land granted is the one parcel granted in the window, at its area in the ledger.
    const granted = (await (await app.request('/api/parcels/p-0735')).json()) as {
      code: string;
      areaM2: number;
    };
    expect(granted.code).toBe('ZK-ZH-0149');
    expect(c.grantedM2).toBeCloseTo(granted.areaM2, 6);
    expect(c.grantedMu).toBeCloseTo((granted.areaM2 * 15) / 10000, 6);
  });

  it('the same day twice is an empty window', async () => {
    const c = (await (await app.request('/api/changes?from=2015-01-05&to=2015-01-05')).json()) as Changes;
    expect([c.parcels.length, c.projects.length, c.grantedM2]).toEqual([0, 0, 0]);
  });

  it.each([
    ['', 400, 'from'],
    ['from=2015-01-05', 400, 'to'],
    ['from=2015-02-30&to=2015-03-01', 400, 'from'],
    ['from=2015-01-05&to=2015-01-08&platform=belt-357', 400, 'platform'],
    ['from=2015-01-08&to=2015-01-05', 422, 'from'],
  ])('refuses ?%s with %i naming %s', async (q, status, field) => {
    const res = await app.request(`/api/changes?${q}`);
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error: { field?: string; message: string } };
    expect(body.error.field ?? body.error.message).toContain(field);
  });
});

describe('GET /api/changes.xlsx', () => {
  it('is a workbook with the parcel and project changes in Chinese', async () => {
    const res = await app.request('/api/changes.xlsx?from=2015-01-05&to=2015-01-08');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain('2015-01-05');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const parcels = wb.getWorksheet('地块变化');
    const projects = wb.getWorksheet('项目变化');
    const codes: string[] = [];
    parcels?.eachRow((row, n) => {
      if (n > 1)
        codes.push(
          `${row.getCell(1).text}|${row.getCell(6).text}|${row.getCell(7).text}|${row.getCell(8).text}`,
        );
    });
    expect(codes.sort()).toEqual([
      'ZK-ZC-0176|在建|竣工|否',
      'ZK-ZH-0149|挂牌|已出让|是',
      'ZK-ZH-0177||储备|否',
    ]);
    expect(projects?.rowCount).toBe(4);
  });

  it('refuses a reversed window like the JSON route', async () => {
    expect((await app.request('/api/changes.xlsx?from=2015-01-08&to=2015-01-05')).status).toBe(422);
  });
});

describe('GET /api/changes/span', () => {
  it('gives the first and last day of the land-event history and the as-of date', async () => {
    const s = (await (await app.request('/api/changes/span')).json()) as {
      span: { first: string; last: string };
      asOf: string;
    };
    expect(s.asOf).toBe('2018-03-09');
    // The earliest and latest event dates in geodata/parcels.geojson.
    expect(s.span).toEqual({ first: '2007-01-24', last: '2018-03-08' });
  });
});
