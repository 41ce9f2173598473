/**
 * Reads a 国土 TXT 界址点坐标交换格式 file (the exchange format of 建设用地勘测定界 / 用地报批 in which red-line
 * coordinates arrive):
 *
 *   [属性描述]
 *   坐标系=2000国家大地坐标系
 *   几度分带=3
 *   投影类型=高斯克吕格
 *   计量单位=米
 *   带号=38
 *   转换参数=,,,,,,
 *   [地块坐标]
 *   5,0.6512,DK001,某地块,面,F49G001001,工业用地,1001,@
 *   J1,1,2544569.040,38530756.859
 *   …
 *
 * A record header is `界址点数,地块面积(公顷),地块编号,地块名称,记录图形属性(点/线/面),图幅号,地块用途,地类编码,@`
 * (extra fields kept as 字段9, 字段10, …); each point line is `点号,圈号,X,Y` with X the northing and Y the
 * easting (zone number possibly prefixed). Rings are grouped by 圈号 (1 = outer, 2… = holes, assembled by
 * containment). Full-width commas are accepted; the file may be UTF-8 or GBK (detected). A malformed line or
 * record becomes a problem naming the line and the 地块编号; the file is refused only when it has no
 * `[地块坐标]` section.
 */
import type { Position } from 'geojson';
import {
  detectFromGuotuHeader,
  type GuotuHeader,
  headerSevenParameters,
} from '../../domain/crs/detect-txt-header.ts';
import { assembleRings } from '../../domain/ring-assembly.ts';
import { UnreadableFileError } from './import-errors.ts';
import type { AttributeValue, ReadBudget, RecordProblem, SourceData, SourceRecord } from './source-types.ts';
import { decodeUnlabelledText } from './text-encoding.ts';

/** Attribute names of a record header, in order (the format's own names). */
export const GUOTU_RECORD_FIELDS = [
  '界址点数',
  '地块面积',
  '地块编号',
  '地块名称',
  '记录图形属性',
  '图幅号',
  '地块用途',
  '地类编码',
];

interface Parcel {
  record: number;
  line: number;
  header: string[];
  rings: Map<string, Position[]>;
  points: number;
  problems: RecordProblem[];
}

const split = (line: string) => line.split(/[,，]/).map((s) => s.trim());

const isRecordHeader = (f: string[]) =>
  f[f.length - 1] === '@' || (f.length >= 5 && /^\d+$/.test(f[0] ?? '') && /^[点线面]$/.test(f[4] ?? ''));

function attributesOf(header: string[]): Record<string, AttributeValue> {
  const values = header[header.length - 1] === '@' ? header.slice(0, -1) : header;
  const out: Record<string, AttributeValue> = {};
  values.forEach((v, i) => {
    const name = GUOTU_RECORD_FIELDS[i] ?? `字段${i + 1}`;
    const numeric = i < 2 && v !== '' && Number.isFinite(Number(v));
    out[name] = v === '' ? null : numeric ? Number(v) : v;
  });
  for (const name of GUOTU_RECORD_FIELDS) out[name] ??= null;
  return out;
}

const label = (p: Parcel) => p.header[2] || `#${p.record}`;

function recordProblem(p: Parcel, code: string, zh: string, en: string): RecordProblem {
  return {
    record: p.record,
    code,
    message: `地块 ${label(p)}（第 ${p.line} 行）：${zh}。 Parcel ${label(p)} (line ${p.line}): ${en}.`,
  };
}

function finish(p: Parcel): { record: SourceRecord; problems: RecordProblem[] } {
  const problems = [...p.problems];
  const attributes = attributesOf(p.header);
  const declared = attributes.界址点数;
  if (typeof declared === 'number' && declared !== p.points) {
    problems.push(
      recordProblem(
        p,
        'point_count_mismatch',
        `界址点数为 ${declared}，实有 ${p.points} 个点`,
        `界址点数 says ${declared}, ${p.points} points follow`,
      ),
    );
  }
  if (p.problems.some((q) => q.code === 'bad_point_line')) {
    return { record: { record: p.record, geometry: null, attributes }, problems };
  }
  const kind = attributes.记录图形属性;
  if (kind !== null && kind !== '面') {
    problems.push(
      recordProblem(
        p,
        'not_polygon',
        `记录图形属性为“${kind}”，不是面`,
        `记录图形属性 is "${kind}", not 面 (polygon)`,
      ),
    );
    return { record: { record: p.record, geometry: null, attributes }, problems };
  }
  const short = [...p.rings].filter(([, ring]) => ring.length < 3).map(([n]) => n);
  if (short.length > 0 || p.rings.size === 0) {
    problems.push(
      recordProblem(
        p,
        'too_few_points',
        `圈 ${short.join('、') || '—'} 少于 3 个点`,
        `ring(s) ${short.join(', ') || '—'} have fewer than 3 points`,
      ),
    );
    return { record: { record: p.record, geometry: null, attributes }, problems };
  }
  return {
    record: { record: p.record, geometry: assembleRings([...p.rings.values()]), attributes },
    problems,
  };
}

function readHeader(lines: string[], end: number): GuotuHeader {
  const header: Record<string, string> = {};
  for (const line of lines.slice(0, end)) {
    const m = /^([^=＝]+)[=＝](.*)$/.exec(line.trim());
    if (m) header[m[1]!.trim()] = m[2]!.trim();
  }
  return header;
}

const orphanLine = (line: number): RecordProblem => ({
  record: null,
  code: 'bad_line',
  message: `第 ${line} 行不属于任何地块。 Line ${line} belongs to no parcel.`,
});

/** Reads the whole file. */
export function readGuotuTxt(bytes: Uint8Array, fileName: string, budget: ReadBudget): SourceData {
  const { text, encoding } = decodeUnlabelledText(bytes);
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const start = lines.findIndex((l) => l.trim() === '[地块坐标]');
  if (start < 0)
    throw new UnreadableFileError(
      fileName,
      '没有 [地块坐标] 节',
      'no [地块坐标] section: not a 国土 TXT file',
    );
  const header = readHeader(lines, start);
  const problems: RecordProblem[] = [];
  const parcels: Parcel[] = [];
  const eastings: number[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '') continue;
    const f = split(raw);
    if (isRecordHeader(f)) {
      budget.feature();
      parcels.push({
        record: parcels.length + 1,
        line: i + 1,
        header: f,
        rings: new Map(),
        points: 0,
        problems: [],
      });
      continue;
    }
    const current = parcels[parcels.length - 1];
    const x = Number(f[2]);
    const y = Number(f[3]);
    if (f.length < 4 || f[2] === '' || f[3] === '' || !Number.isFinite(x) || !Number.isFinite(y)) {
      if (current) {
        // The unreadable line is still one of the record's points: count it, and drop the record's geometry.
        current.points++;
        current.problems.push(
          recordProblem(
            current,
            'bad_point_line',
            `第 ${i + 1} 行无法读取：“${raw.slice(0, 80)}”`,
            `line ${i + 1} cannot be read: "${raw.slice(0, 80)}"`,
          ),
        );
      } else problems.push(orphanLine(i + 1));
      continue;
    }
    if (!current) {
      problems.push({
        record: null,
        code: 'bad_line',
        message: `第 ${i + 1} 行不属于任何地块。 Line ${i + 1} belongs to no parcel.`,
      });
      continue;
    }
    budget.vertices(1);
    const ringKey = f[1] || '1';
    const ring = current.rings.get(ringKey) ?? [];
    ring.push([y, x]);
    current.rings.set(ringKey, ring);
    current.points++;
    if (eastings.length < 1000) eastings.push(y);
  }
  const records: SourceRecord[] = [];
  for (const p of parcels) {
    const done = finish(p);
    records.push(done.record);
    problems.push(...done.problems);
  }
  const seven = headerSevenParameters(header);
  return {
    format: 'guotu_txt',
    fields: [...GUOTU_RECORD_FIELDS],
    records,
    problems,
    declaredCrs: detectFromGuotuHeader(header, eastings),
    ...(seven ? { sevenParameters: seven } : {}),
    encoding,
  };
}
