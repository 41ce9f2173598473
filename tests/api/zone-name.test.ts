/**
 * The zone's name comes from the zone settings at request time, never from code: after an administrator renames
 * the zone (PUT /api/settings) to 新湖 / Xinhu, the downloads, workbooks, KML, PDFs and split refusals name 新湖
 * at once and 仲恺 nowhere. Oracles independent of the writers: the raw Content-Disposition header (RFC 6266 /
 * RFC 5987 `filename*`), the workbook's docProps/core.xml read from the zip with fflate, the KML text, poppler's
 * pdftotext and pdfinfo, and literal strings.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfToText } from '../unit/server/reports/pdf-tools.ts';
import { addUser, as, signIn } from './helpers/auth.ts';
import { testApp } from './helpers/test-app.ts';

const { app, db, cleanup } = testApp();
let admin: ReturnType<typeof as>;
afterAll(cleanup);

const filenameStar = (cd: string | null) =>
  decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(cd ?? '')?.[1] ?? '');
const asciiName = (cd: string | null) => /filename="([^"]+)"/.exec(cd ?? '')?.[1] ?? '';

/** `<dc:title>` and `<dc:creator>` of an XLSX (OOXML core properties, ECMA-376 Part 2 §11). */
function coreProps(xlsx: Uint8Array): { title: string; creator: string } {
  const core = strFromU8(
    unzipSync(xlsx, { filter: (f) => f.name === 'docProps/core.xml' })['docProps/core.xml']!,
  );
  const tag = (name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(core)?.[1] ?? '';
  return { title: tag('dc:title'), creator: tag('dc:creator') };
}

/** The Author field of a PDF's information dictionary, as poppler's pdfinfo prints it. */
function pdfAuthor(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'zone-name-'));
  try {
    const file = path.join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
    return /^Author:\s*(.*)$/m.exec(info)?.[1] ?? '';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function download(url: string) {
  const res = await admin(url);
  expect(res.status, url).toBe(200);
  const cd = res.headers.get('content-disposition');
  return { cd, bytes: new Uint8Array(await res.arrayBuffer()) };
}

beforeAll(async () => {
  await addUser(db, { login: 'admin', role: 'admin', displayName: '管理员' });
  admin = as(app, await signIn(app, 'admin'));
});

describe('a renamed zone', () => {
  it('the fixture names its zone 仲恺 before the rename', async () => {
    const { cd } = await download('/api/exports/parcels.xlsx');
    expect(filenameStar(cd)).toBe('仲恺地块_全部_2018-03-09.xlsx');
    expect(asciiName(cd)).toMatch(/^zhongkai-parcels/);
  });

  it('PUT /api/settings renames it to 新湖 / Xinhu (the validity box set to the fixture’s area)', async () => {
    const current = (await (await admin('/api/settings')).json()) as Record<string, unknown>;
    const res = await admin('/api/settings', {
      method: 'PUT',
      json: { ...current, nameZh: '新湖', nameEn: 'Xinhu', validityBox: [113.95, 22.8, 114.65, 23.25] },
    });
    expect(res.status).toBe(200);
  });

  it('the parcel XLSX: file name (filename* and its ASCII fallback), workbook title and creator', async () => {
    const { cd, bytes } = await download('/api/exports/parcels.xlsx?platform=test-park');
    expect(filenameStar(cd)).toBe('新湖地块_测试产业园_2018-03-09.xlsx');
    expect(asciiName(cd)).toMatch(/^xinhu-parcels/);
    expect(coreProps(bytes)).toEqual({
      title: '新湖地块 测试产业园（数据截至 2018-03-09）',
      creator: '新湖土地与产业平台地图',
    });
  });

  it('the KML document is titled with the new name', async () => {
    const { cd, bytes } = await download('/api/exports/parcels.kml');
    expect(filenameStar(cd)).toBe('新湖地块_全部_2018-03-09.kml');
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('<Document><name>新湖地块 全部（数据截至 2018-03-09）</name>');
    expect(text).not.toContain('仲恺');
  });

  it('the audit and changes workbooks: file names and creator', async () => {
    const audit = await download('/api/audit/export.xlsx');
    expect(filenameStar(audit.cd)).toMatch(/^新湖审计日志_\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(coreProps(audit.bytes).creator).toBe('新湖土地与产业平台地图');
    const changes = await download('/api/changes.xlsx?from=2018-01-01&to=2018-03-09');
    expect(filenameStar(changes.cd)).toBe('新湖台账变化_2018-01-01_2018-03-09.xlsx');
    expect(coreProps(changes.bytes).title).toMatch(/^新湖台账变化 2018-01-01 至 2018-03-09/);
  });

  it('the printed map’s default title (pdftotext) and the dossier’s author (pdfinfo) name 新湖, not 仲恺', async () => {
    const print = await download('/api/print/map.pdf?scale=10000&center=114.22,22.98');
    const text = pdfToText(Buffer.from(print.bytes));
    expect(text).toContain('新湖土地与产业平台');
    expect(text).not.toContain('仲恺');
    expect(asciiName(print.cd)).toMatch(/^xinhu-map/);
    const en = await download('/api/print/map.pdf?scale=10000&center=114.22,22.98&lang=en');
    expect(pdfToText(Buffer.from(en.bytes))).toContain('Xinhu land and platforms');
    const dossier = await download('/api/reports/parcels/P-001.pdf');
    expect(pdfAuthor(Buffer.from(dossier.bytes))).toBe('新湖土地与产业平台地图');
    expect(pdfToText(Buffer.from(dossier.bytes))).not.toContain('仲恺');
  });

  it('a split line outside the validity box is refused naming 新湖 / Xinhu', async () => {
    const res = await admin('/api/parcels/P-002/split?preview=true', {
      method: 'POST',
      json: {
        line: {
          type: 'LineString',
          coordinates: [
            [114.221, 30],
            [114.221, 31],
          ],
        },
      },
    });
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as { error: { message: string; field?: string } };
    expect(error.message).toContain('不在新湖范围内');
    expect(error.message).toContain('lies outside Xinhu');
    expect(error.message).not.toContain('仲恺');
  });
});
