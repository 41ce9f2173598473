import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv, UTF8_BOM } from '../../../../server/reports/csv.ts';
import { neutralise } from '../../../../server/reports/neutralise.ts';
import { parcelListCsv } from '../../../../server/reports/parcel-csv.ts';
import { listModel, projects, rows } from './fixture-models.ts';

/** Reads the CSV back with csv-parse (a maintained RFC 4180 parser, not ours); the BOM is stripped first. */
const parseCsv = (text: string): string[][] => parse(text) as string[][];

describe('formula-injection neutralising', () => {
  it.each(['=1+1', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('prefixes %j with an apostrophe', (s) => {
    expect(neutralise(s)).toBe(`'${s}`);
  });
  it.each(['佰维存储', 'ZK357-002', '', "'already"])('leaves %j alone', (s) => {
    expect(neutralise(s)).toBe(s);
  });
});

describe('CSV', () => {
  it('starts with a UTF-8 BOM and ends lines with CRLF', () => {
    const bytes = Buffer.from(toCsv(['a'], [['b']]), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('a\r\nb\r\n');
  });

  it('quotes commas, quotes and newlines, and keeps numbers (also negative) as numbers', () => {
    const text = toCsv(['x', 'y', 'z', 'n'], [['a,b', 'say "hi"', 'two\nlines', -3.5]]);
    expect(text).toBe(`${UTF8_BOM}x,y,z,n\r\n"a,b","say ""hi""","two\nlines",-3.5\r\n`);
  });

  it('exports every parcel with Chinese headers and neutralises the malicious enterprise name', () => {
    const csv = parcelListCsv(listModel);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const table = parseCsv(csv.slice(1));
    const [header, ...body] = table;
    expect(header?.slice(0, 3)).toEqual(['地块编号', '所属平台', '镇街']);
    expect(header).toContain('面积（㎡）');
    expect(header).toContain('面积（亩）');
    expect(body).toHaveLength(rows.length);
    const col = (name: string) => header?.indexOf(name) ?? -1;
    const r2 = body.find((r) => r[0] === 'ZK357-002')!;
    expect(r2[col('企业')]).toBe(`${projects[0]!.enterprise}；${projects[1]!.enterprise}`);
    // The cell that *starts* with = is the one neutralised: check a parcel whose only enterprise is malicious.
    const only = parcelListCsv({ ...listModel, rows: [{ ...rows[2]!, projects: [projects[1]!] }] });
    const cell = parseCsv(only.slice(1))[1]?.[col('企业')];
    expect(cell).toBe(`'${projects[1]!.enterprise}`);
    expect(Number(r2[col('面积（亩）')])).toBeCloseTo(rows[2]!.parcel.areaMu, 3);
    expect(r2[col('供地状态')]).toBe('已出让');
    expect(r2[col('约定开工日期')]).toBe('2017-03-31');
  });
});
